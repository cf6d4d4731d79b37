"""The article's "now": publication date, or inferred from the text, with the reason."""
import datetime as dt

from eventwatch.model import Article
from eventwatch.when import calendar as cal
from eventwatch.when.grammar import find_expressions
from eventwatch.when.reference import reference_date

TODAY = dt.date(2026, 11, 28)


def ref_of(text, published=None, today=TODAY):
    return reference_date(Article("a1", text, published=published), find_expressions(text), today)


def test_publication_date_wins():
    ref = ref_of("Ministers met on Friday, Mar 3.", published=dt.date(2017, 3, 4))
    assert (ref.value, ref.source) == ("2017-03-04", "explicit")


def test_month_day_with_weekday_fixes_the_year():
    # March 3 is a Friday in 2023, 2017 and 2006: the latest not after today is 2023
    ref = ref_of("The border post in Tallinn, on Mar 3, Friday, reopened to trucks.")
    assert (ref.value, ref.source) == ("2023-03-03", "weekday-inferred")
    assert "2023" in ref.reason and "2017" in ref.reason


def test_the_weekday_year_is_the_latest_not_after_today():
    ref = ref_of("On Friday, Mar 3, the border reopened.", today=dt.date(2023, 3, 2))
    assert ref.value == "2017-03-03"


def test_years_named_in_the_text_bound_the_inference():
    # "not before 2024" rules out every year with March 3 on a Friday up to today
    ref = ref_of("On Friday, Mar 3, the border that closed in 2024 reopened.", today=dt.date(2026, 1, 1))
    assert ref.source != "weekday-inferred"


def test_a_dateline_gives_the_date():
    ref = ref_of("Harbour strike ends\nSeptember 9, 2014\nDock workers in Gdansk returned on Monday.")
    assert (ref.value, ref.source) == ("2014-09-09", "context")


def test_nothing_to_go_on_means_today_unresolved():
    ref = ref_of("Dock workers returned to work after the strike.")
    assert (ref.value, ref.source) == (TODAY.isoformat(), "unresolved")


def test_interval_ends():
    assert cal.interval_end("2008") == dt.date(2008, 12, 31)
    assert cal.interval_end("1998/1999") == dt.date(1999, 12, 31)
    assert cal.interval_end("2022-12") == dt.date(2022, 12, 31)
    assert cal.interval_end("2023-Q1") == dt.date(2023, 3, 31)
    assert cal.interval_end("2023-W02") == dt.date(2023, 1, 15)
    assert cal.interval_end("199") == dt.date(1999, 12, 31)
    assert cal.interval_end("PAST_REF") is None and cal.interval_end("P3D") is None
