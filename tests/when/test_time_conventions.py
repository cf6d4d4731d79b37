"""TIMEX3 (TimeML) conventions, one general rule each, on sentences of our own.

The reference date is Wednesday 2024-03-13 unless a test says otherwise.
"""
import datetime as dt

import pytest

from eventwatch.when.grammar import find_expressions
from eventwatch.when.normalise import normalise

REF = dt.date(2024, 3, 13)  # a Wednesday


def found(text, direction=0, ref=REF):
    """(span, value, type) of every expression in ``text``."""
    out = []
    for m in find_expressions(text):
        norm = normalise(m, ref, direction)
        if norm is not None:
            out.append((m.text, norm.value, norm.type))
    return out


def value_of(text, span, direction=0, ref=REF):
    hits = [v for s, v, _ in found(text, direction, ref) if s == span]
    assert hits, f"{span!r} not found in {found(text, direction, ref)}"
    return hits[0]


@pytest.mark.parametrize("text, span, expected", [
    # the reference week, month, year and their neighbours
    ("Talks in Baku resumed this week.", "this week", "2024-W11"),
    ("The Senate in Manila met earlier this month.", "earlier this month", "2024-03"),
    ("Exports from Chile fell last year.", "last year", "2023"),
    ("Output in Gdansk will recover early next year.", "early next year", "2025"),
    ("Rent in Lagos is due at the end of the month.", "the end of the month", "2024-03"),
    ("The fund will close by the end of 2025.", "the end of 2025", "2025"),
    ("Growth in Peru slowed in mid-2008.", "mid-2008", "2008"),
    ("The refinery in Gela closed in June last year.", "June last year", "2023-06"),
    ("The refinery in Gela reopens in May next year.", "May next year", "2025-05"),
    # quarters, halves, fiscal years (read as the calendar year they are named by)
    ("Sales in Seoul rose in the current quarter.", "the current quarter", "2024-Q1"),
    ("Profit fell in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3"),
    ("Revenue in H2 2021 was flat.", "H2 2021", "2021-H2"),
    ("Revenue for fiscal year 2022 was flat.", "fiscal year 2022", "2022"),
    ("The 2023 fiscal year closed with a loss.", "2023 fiscal year", "2023"),
    # seasons, decades, centuries
    ("Kenya will hold the vote this summer.", "this summer", "2024-SU"),
    ("Lithuania joined NATO after the 1990s.", "the 1990s", "199"),
    ("Farmers in Mali remember the nineties.", "the nineties", "199"),
    ("The 20th century saw two wars in the Balkans.", "The 20th century", "19"),
    ("Ottoman rule ended in the nineteenth century.", "the nineteenth century", "18"),
    # references to no calendar date
    ("In recent years, Ghana has grown.", "In recent years", "PAST_REF"),
    ("At present the border with Benin is closed.", "At present", "PRESENT_REF"),
    ("Trade with Togo is currently frozen.", "currently", "PRESENT_REF"),
    ("Prices have risen from 1995 to the present.", "the present", "PRESENT_REF"),
    ("Ukraine expects aid in the coming weeks.", "in the coming weeks", "FUTURE_REF"),
    # deictic days and parts of days (TIMEX3 TIME for parts of days)
    ("The port of Durres reopened today.", "today", "2024-03-13"),
    ("The strike in Lyon ended yesterday.", "yesterday", "2024-03-12"),
    ("Two ministers resigned tonight.", "tonight", "2024-03-13TNI"),
    ("Police in Oslo made arrests yesterday morning.", "yesterday morning", "2024-03-12TMO"),
    ("Rebels attacked the town on Tuesday night.", "Tuesday night", "2024-03-12TNI"),
    ("The summit ended at 16:00 GMT.", "16:00 GMT", "2024-03-13T16:00Z"),
    ("The vote in Quito is at 10 p.m. tonight.", "10 p.m. tonight", "2024-03-13T22:00"),
    # "ago" counts from the reference date, at the unit's granularity (weeks as days)
    ("Estonia expelled the envoy two weeks ago.", "two weeks ago", "2024-02-28"),
    ("Kosovo held elections three months ago.", "three months ago", "2023-12"),
])
def test_timeml_values(text, span, expected):
    assert value_of(text, span) == expected


@pytest.mark.parametrize("text, span", [
    ("Over the past year, prices in Ankara doubled.", "the past year"),
    ("Exports fell 3% in the past decade, the agency in Lima said.", "the past decade"),
    ("Over the next year the bank in Accra will hire staff.", "the next year"),
])
def test_the_past_year_is_a_stretch_of_time_not_a_date(text, span):
    hits = [(v, t) for s, v, t in found(text) if s == span]
    assert hits and hits[0][1] == "DURATION"
    assert hits[0][0] in ("P1Y", "P10Y")


def test_last_year_without_the_is_a_date():
    assert found("Last year the mine in Katanga closed.") == [("Last year", "2023", "DATE")]


def test_numeric_dates_are_month_first_unless_that_cannot_be():
    assert value_of("The accord was signed on 08/13/2007 in Geneva.", "08/13/2007") == "2007-08-13"
    assert value_of("The accord was signed on 13/08/2007 in Geneva.", "13/08/2007") == "2007-08-13"
    assert value_of("The accord was signed on 7/8/2007 in Geneva.", "7/8/2007") == "2007-07-08"  # US order
    assert value_of("Der Vertrag wurde am 13.08.2007 unterzeichnet.", "13.08.2007") == "2007-08-13"


def test_this_weekday_is_in_the_reference_week():
    assert value_of("The vote in Accra is this Friday.", "this Friday") == "2024-03-15"
    assert value_of("This Monday the envoy reached Dakar.", "This Monday", -1) == "2024-03-11"
    assert value_of("They met this past Sunday in Riga.", "this past Sunday") == "2024-03-10"


def test_seasons_follow_the_tense():
    assert value_of("Prices in Porto rose in the autumn.", "the autumn", -1) == "2023-FA"
    assert value_of("The plant will reopen in the spring.", "the spring", 1, dt.date(2024, 10, 2)) == "2025-SP"
    assert value_of("Sales in Izmir rose this spring.", "this spring", -1, dt.date(2024, 10, 2)) == "2024-SP"


def test_nth_week_of_a_month():
    text = "Car sales in Turin rebounded in the last week of March."
    assert value_of(text, "the last week of March") == "2024-W13"  # March 25-31
    assert value_of("Trading halted in the first week of April 2008.", "the first week of April 2008") == "2008-W14"


def test_a_run_of_days_ends_on_the_reference_day():
    assert value_of("The truce in Gaza held for a second straight day.", "a second straight day") == "2024-03-13"
    assert value_of("Shares in Mumbai fell for the third consecutive week.", "the third consecutive week") == "2024-W11"


def test_every_weekday_is_a_set():
    assert ("every Monday", "XXXX-WXX-1", "SET") in found("The market in Fez opens every Monday.")


def test_a_past_agreement_points_back_a_scheduled_one_ahead(parse_text):
    from eventwatch.model import Analysis, Article
    from eventwatch.when.times import TimesStage

    def when(text):
        analysis = TimesStage(today=dt.date(2026, 11, 28))(Analysis(Article("c1", text, published=REF),
                                                                    parse_text(text)))
        return {t.text: t.value for t in analysis.times}

    assert when("The ministers in Brussels had agreed on Sunday to cut tariffs.")["Sunday"] == "2024-03-10"
    assert when("The summit in Brussels has been scheduled for Sunday.")["Sunday"] == "2024-03-17"


def test_the_first_months_of_a_year_are_a_quarter_or_a_half():
    assert value_of("The carmaker in Turin lost money in the first three months of the year.",
                    "the first three months of the year") == "2024-Q1"
    assert value_of("Exports from Chile rose in the first six months of 2008.",
                    "the first six months of 2008") == "2008-H1"
