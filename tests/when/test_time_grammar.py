"""The grammar finds time spans, and leaves ordinary words alone."""
from eventwatch.when.grammar import find_expressions


def spans(text):
    return [(m.kind, m.text) for m in find_expressions(text)]


def test_dates_of_many_shapes_are_found():
    text = ("The ministry in Tirana said on March 3, 2021 that talks held 14 February 2020, "
            "in May 2019 and on 2018-07-01 had failed.")
    assert spans(text) == [("mdy", "March 3, 2021"), ("dmy", "14 February 2020"), ("my", "May 2019"),
                           ("iso", "2018-07-01")]


def test_partial_dates_keep_their_weekday():
    assert spans("Ukraine's army, on Feb 24, Friday, repelled the attack.") == [("md", "Feb 24, Friday")]
    assert spans("On Friday, Feb 24 the talks ended.") == [("md", "Friday, Feb 24")]


def test_ordinary_words_that_look_like_dates_are_not_times():
    text = "Protesters may march on the square and sat in the sun; the mayor said we do not know."
    assert spans(text) == []


def test_may_needs_a_preposition_before_it():
    assert spans("The vote was held in May and May be repeated.") == [("month", "May")]


def test_relative_and_reference_expressions():
    text = ("Last week the envoy said talks could resume next month, two years ago they stalled, "
            "and the deal is now closer than in recent years.")
    kinds = spans(text)
    assert ("unit_rel", "Last week") in kinds and ("unit_rel", "next month") in kinds
    assert ("ago", "two years ago") in kinds
    assert ("reference", "now") in kinds and ("reference", "in recent years") in kinds


def test_ranges_durations_and_holidays():
    text = "After the 2014-2015 crisis and the past three years of calm, on the eve of Orthodox Christmas, troops left."
    assert spans(text) == [("year_range", "2014-2015"), ("span_rel", "the past three years"),
                           ("holiday", "the eve of Orthodox Christmas")]


def test_a_weekday_does_not_reach_across_a_line_break():
    found = spans("Markets to stay shut until Monday\nOctober 6, 2014\nThe regulator said")
    assert found == [("weekday", "Monday"), ("mdy", "October 6, 2014")]


def test_named_days_are_not_weekdays():
    assert spans("It was called Black Monday by traders.") == []
