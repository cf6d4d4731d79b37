"""The founding example: its dates come out as EXPECTED.md says (reads ../shared, never copies it)."""
import pytest

from eventwatch.ingest.readers import read_text


@pytest.fixture(scope="module")
def seed(pipeline, shared):
    return pipeline.analyze(read_text(str(shared("seed", "kosovo-kfor-2023-01.txt"))))


@pytest.mark.shared
def test_reference_date_is_inferred_from_the_weekday(seed):
    ref = seed.reference_date
    assert (ref.value, ref.source) == ("2023-01-08", "weekday-inferred")
    assert "2017" in ref.reason and "2008" in ref.reason


@pytest.mark.shared
def test_time_values(seed):
    values = {t.value for t in seed.times}
    assert {"2023-01-08", "2023-01-06", "2008", "1998/1999"} <= values


@pytest.mark.shared
def test_background_events_are_not_dated_to_the_story(seed):
    for event in seed.events:
        if "historical" in event.aux_modes and event.date and event.date.value:
            assert not event.date.value.startswith("2023"), event
    dated = [e for e in seed.events if e.date and e.date.value]
    assert dated and all(e.date.source for e in seed.events)
