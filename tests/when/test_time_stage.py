"""Stage times.rules.v1 on parsed sentences: tense points dates, numbers are not years."""
import datetime as dt

from eventwatch.model import Analysis, Article
from eventwatch.registry import make_stage
from eventwatch.when.times import TimesStage

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def run(parse_text, text, published=PUBLISHED, stage=None):
    stage = stage or TimesStage(today=dt.date(2026, 11, 28))
    return stage(Analysis(Article("t1", text, published=published), parse_text(text)))


def values(analysis):
    return {t.text: t.value for t in analysis.times}


def test_tense_points_weekdays(parse_text):
    assert values(run(parse_text, "The negotiators will meet again on Friday."))["Friday"] == "2024-03-15"
    assert values(run(parse_text, "The negotiators met again on Friday."))["Friday"] == "2024-03-08"


def test_scheduled_dates_point_ahead(parse_text):
    text = "A court hearing has been scheduled for November 20 in Vilnius."
    assert values(run(parse_text, text))["November 20"] == "2024-11-20"
    assert values(run(parse_text, "The court in Vilnius met on November 20."))["November 20"] == "2023-11-20"


def test_numbers_that_count_things_are_not_years(parse_text):
    found = values(run(parse_text, "The shipyard hired 2000 workers in 2019."))
    assert found.get("2019") == "2019" and found.get("2000") is None


def test_reference_date_is_the_publication_date(parse_text):
    a = run(parse_text, "Parliament in Riga voted on Tuesday.")
    assert (a.reference_date.value, a.reference_date.source) == ("2024-03-13", "explicit")
    assert values(a)["Tuesday"] == "2024-03-12"


def test_registered_stage_uses_the_today_setting(parse_text, settings):
    stage = make_stage("times.rules.v1", settings)
    a = run(parse_text, "The border post, on Mar 3, Friday, reopened.", published=None, stage=stage)
    assert a.reference_date.value == "2023-03-03"  # settings fix today at 2026-11-28
    assert stage.name == "times.rules.v1"


def test_every_time_carries_source_and_reason(parse_text):
    a = run(parse_text, "Since last year, and again yesterday, the army shelled the port.")
    assert a.times and all(t.source and t.reason for t in a.times)
