"""Expressions that refer back are read from the time mentioned before them (TimeML anchoring)."""
import datetime as dt

from eventwatch.when.grammar import find_expressions
from eventwatch.when.times import times_in

REF = dt.date(2024, 3, 13)  # a Wednesday


def values(text, ref=REF):
    return [(t.text, t.value) for t in times_in(text, find_expressions(text), ref, None)]


def test_the_following_day_counts_from_the_date_mentioned():
    text = "The minister in Tbilisi resigned on March 3. The following day, parliament met."
    assert values(text) == [("March 3", "2024-03-03"), ("The following day", "2024-03-04")]


def test_the_same_day_and_that_day_repeat_it():
    text = "Troops left Bamako on February 20, 2023. The same day, the embassy closed; that day ended badly."
    assert values(text)[1:] == [("The same day", "2023-02-20"), ("that day", "2023-02-20")]


def test_without_an_earlier_date_they_count_from_the_reference_date():
    assert values("The next day, troops left Juba.") == [("The next day", "2024-03-14")]


def test_the_previous_year_is_a_year_even_after_a_month():
    text = "Car sales in Detroit fell last month from the previous year."
    assert values(text) == [("last month", "2024-02"), ("the previous year", "2023")]


def test_the_year_before_refers_back():
    text = "The ferry line lost money in 2019 and more than the year before."
    assert values(text) == [("2019", "2019"), ("the year before", "2018")]


def test_earlier_and_later_count_from_the_time_in_discussion_but_ago_from_now():
    text = "The army withdrew from Goma on May 5, 2021. Three days later the rebels returned, two years ago."
    assert values(text) == [("May 5, 2021", "2021-05-05"), ("Three days later", "2021-05-08"),
                            ("two years ago", "2022")]


def test_a_year_earlier_keeps_a_quarter():
    text = "Profit at the bank in Zurich rose in the third quarter of 2023 from a year earlier."
    assert values(text)[-1] == ("a year earlier", "2022-Q3")


def test_the_same_month_a_year_ago():
    text = "Sales in Osaka fell 30% in January, compared to the same month a year ago."
    assert values(text) == [("January", "2024-01"), ("the same month a year ago", "2023-01")]


def test_late_in_the_day_is_the_day_in_discussion():
    text = "Shares in Toronto fell on Monday. They rebounded late in the day after the news."
    assert values(text) == [("Monday", "2024-03-11"), ("late in the day", "2024-03-11")]


def test_a_day_before_an_event_is_not_a_date():
    # "before the vote" anchors to an event, which the grammar cannot date
    assert values("Three days before the vote in Lusaka, the count was ready.") == [("Three days", "P3D")]


def test_that_time_is_the_time_mentioned_but_the_same_time_is_not_a_date():
    text = "The price must be agreed by April 10. If it is not agreed by that time, Rome will set it."
    assert values(text) == [("April 10", "2024-04-10"), ("that time", "2024-04-10")]
    assert values("At the same time, the bank in Oslo raised rates.") == []


def test_on_the_nth_is_a_day_of_the_month_in_discussion():
    text = "The strike in Lodz began on February 4 and ended on the 12th."
    assert values(text) == [("February 4", "2024-02-04"), ("the 12th", "2024-02-12")]
    assert values("The golfer from Perth led on the 12th hole.") == []


def test_a_year_earlier_in_a_later_paragraph_counts_from_the_reference_date():
    text = "Grain left Odesa by sea from July 2022.\n\nTurkey, which brokered the deal a year earlier, protested."
    assert values(text)[-1] == ("a year earlier", "2023")
