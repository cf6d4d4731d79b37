from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.analysis import dyad_timeline
from eventwatch.analysis.timeline import period_start


def test_period_start_weeks_begin_on_monday_and_months_on_the_first():
    assert period_start(dt.date(2024, 3, 7), "week") == dt.date(2024, 3, 4)
    assert period_start(dt.date(2024, 3, 7), "month") == dt.date(2024, 3, 1)
    assert period_start(dt.date(2024, 3, 7), "day") == dt.date(2024, 3, 7)


@pytest.fixture
def con(open_store, event_row):
    return open_store([
        event_row(1, "2024-03-04", "CONSULT", 1, 1.0),                              # GRC -> ALB
        event_row(2, "2024-03-06", "COERCE", 4, -7.0, actor="ALB", recipient="GRC"),  # ALB -> GRC
        event_row(3, "2024-03-20", "AID", 2, 7.0),
        event_row(4, "2024-03-20", "ACCUSE", 3, -2.0, asserted=False),              # negated: not counted
        event_row(5, "2024-03-05", "ASSAULT", 4, -9.0, actor="TUR", recipient="ALB"),  # other dyad
    ])


def test_weekly_timeline_counts_sums_and_fills_empty_weeks(con):
    t = dyad_timeline(con, "grc", "ALB", freq="week")
    assert [p.start for p in t.periods] == ["2024-03-04", "2024-03-11", "2024-03-18"]
    first, empty, third = t.periods
    assert (first.events, first.a_to_b, first.b_to_a) == (2, 1, 1)
    assert first.by_quad == {1: 1, 4: 1} and first.by_type == {"CONSULT": 1, "COERCE": 1}
    assert first.goldstein_sum == pytest.approx(-6.0)
    assert first.plover_sum == pytest.approx(2.5 - 7.0)
    assert empty.events == 0
    assert third.events == 1 and third.goldstein_sum == pytest.approx(7.0)
    assert t.events == 3
    assert t.cci == pytest.approx((2 - 1) / 3, abs=1e-4)


def test_directed_timeline_keeps_only_a_to_b(con):
    t = dyad_timeline(con, "GRC", "ALB", freq="month", directed=True)
    assert t.events == 2 and t.periods[0].b_to_a == 0


def test_asserted_none_counts_negated_events_too(con):
    assert dyad_timeline(con, "GRC", "ALB", freq="month", asserted=None).events == 4


def test_date_bounds_and_bad_frequency(con):
    t = dyad_timeline(con, "GRC", "ALB", freq="day", date_from=dt.date(2024, 3, 6), date_to=dt.date(2024, 3, 6))
    assert [p.start for p in t.periods] == ["2024-03-06"]
    with pytest.raises(ValueError):
        dyad_timeline(con, "GRC", "ALB", freq="year")


def test_party_matches_actor_code_prefix(con):
    # "ALBGOV" is matched by the CAMEO code, not only by the country
    assert dyad_timeline(con, "GRCGOV", "ALBGOV", freq="month").events == 3


def test_as_dict_is_json_ready(con):
    d = dyad_timeline(con, "GRC", "ALB").as_dict()
    assert d["periods"][0]["by_quad"] == {"1": 1, "4": 1}
    assert d["events"] == 3 and d["freq"] == "week"


def test_dyads_match_codes_not_names(con):
    # actor_name is "GRC government": a dyad is about codes, so a name finds nothing
    assert dyad_timeline(con, "government", "ALB", freq="month").events == 0
