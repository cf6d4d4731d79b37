"""TIMEX3 values seen from a fixed reference date (Wednesday 2024-03-13)."""
import datetime as dt

import pytest

from eventwatch.when.grammar import find_expressions
from eventwatch.when.normalise import normalise

REF = dt.date(2024, 3, 13)  # a Wednesday


def value(text, direction=0, ref=REF):
    (match,) = find_expressions(text)
    norm = normalise(match, ref, direction)
    return None if norm is None else norm.value


@pytest.mark.parametrize("text, expected", [
    ("June 13, 2005", "2005-06-13"),
    ("13 June 2005", "2005-06-13"),
    ("7/8/07", "2007-07-08"),
    ("August 2019", "2019-08"),
    ("1987", "1987"),
    ("the 1990s", "199"),
    ("'82", "1982"),
    ("2014-2015", "2014/2015"),
    ("the third quarter of 2023", "2023-Q3"),
    ("the first half of 2022", "2022-H1"),
    ("summer 2019", "2019-SU"),
    ("Christmas Eve 2020", "2020-12-24"),
])
def test_explicit_values(text, expected):
    assert value(text) == expected


@pytest.mark.parametrize("text, direction, expected", [
    ("Feb 2", -1, "2024-02-02"),        # already past this year
    ("November 20", -1, "2023-11-20"),  # past tense: last November
    ("November 20", 1, "2024-11-20"),   # future tense: this coming November
    ("November 20", 0, "2023-11-20"),   # no tense: news prefers the past
    ("April 2", 0, "2024-04-02"),       # ... unless it is only weeks ahead
    ("in December", -1, "2023-12"),
    ("in March", 0, "2024-03"),
    ("last April", 0, "2023-04"),
])
def test_partial_dates_take_their_year_from_the_reference(text, direction, expected):
    assert value(text, direction) == expected


@pytest.mark.parametrize("text, direction, expected", [
    ("Wednesday", -1, "2024-03-13"),  # the story's own weekday is the story's day
    ("Monday", -1, "2024-03-11"),
    ("Monday", 1, "2024-03-18"),
    ("Friday", 0, "2024-03-08"),
    ("Friday", 1, "2024-03-15"),
    ("next Wednesday", 0, "2024-03-20"),
    ("last Wednesday", 0, "2024-03-06"),
    ("Tuesday morning", -1, "2024-03-12TMO"),
])
def test_weekdays_follow_the_tense(text, direction, expected):
    assert value(text, direction) == expected


@pytest.mark.parametrize("text, expected", [
    ("today", "2024-03-13"), ("yesterday", "2024-03-12"), ("tomorrow", "2024-03-14"),
    ("this week", "2024-W11"), ("last week", "2024-W10"), ("this weekend", "2024-W11-WE"),
    ("last month", "2024-02"), ("next month", "2024-04"), ("this year", "2024"), ("last year", "2023"),
    ("the end of next year", "2025"), ("the previous year", "2023"),
    ("three days ago", "2024-03-10"), ("two years ago", "2022"), ("six months ago", "2023-09"),
    ("last quarter", "2023-Q4"), ("the fourth quarter", "2023-Q4"), ("last summer", "2023-SU"),
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recently", "PAST_REF"),
    ("the future", "FUTURE_REF"), ("the past two years", "P2Y"), ("nine days", "P9D"),
    ("every month", "P1M"), ("annually", "P1Y"),
])
def test_relative_expressions(text, expected):
    assert value(text) == expected


def test_holidays_and_their_eves():
    assert value("Orthodox Christmas", -1, dt.date(2023, 1, 9)) == "2023-01-07"
    assert value("on the eve of the Orthodox Christmas", -1, dt.date(2023, 1, 9)) == "2023-01-06"
    assert value("Christmas", -1, dt.date(2023, 1, 9)) == "2022-12-25"
    assert value("Easter 2024") == "2024-03-31"


def test_types_and_granularities():
    (m,) = find_expressions("the past two years")
    norm = normalise(m, REF, 0)
    assert (norm.type, norm.granularity) == ("DURATION", "duration")
    (m,) = find_expressions("in recent years")
    assert normalise(m, REF, 0).granularity == "reference"


def test_impossible_dates_are_dropped():
    assert value("February 30, 2021") is None
