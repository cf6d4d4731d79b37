"""Words that only look like times give no value: precision matters as much as recall."""
import datetime as dt

import pytest

from eventwatch.model import Analysis, Article
from eventwatch.when.grammar import find_expressions
from eventwatch.when.normalise import normalise
from eventwatch.when.times import TimesStage

REF = dt.date(2024, 3, 13)


def valued(text):
    """Spans the grammar finds AND gives a value (no parse)."""
    out = []
    for m in find_expressions(text):
        norm = normalise(m, REF, 0)
        if norm is not None and norm.value:
            out.append(m.text)
    return out


@pytest.mark.parametrize("text", [
    "May the best team win, said the coach in Lisbon.",           # "May" as a modal verb
    "Protesters will march to the parliament in Nairobi.",        # "march" as a verb
    "The March on Rome is taught in every school in Italy.",      # "March" as a noun in a name
    "Dec Mahon and Jan Nowak visited Warsaw.",                    # abbreviations as first names
    "The reporter spoke to April Ryan about the vote.",           # a month as a first name
    "He came second in Monza; a second vote follows.",            # "second" as an ordinal
    "The minister will present the budget to the present cabinet.",  # "present" as a verb and adjective
    "The Sun and the Sat-Nav firm reported losses.",              # weekday abbreviations as words
    "The Arab Spring began in Tunisia.",                          # a season inside a name
    "The Summer Olympics open in Paris.",                         # a season before a name
    "The Fall of Saigon shaped Vietnam, and prices may fall.",    # "fall"
    "Ukraine's Independence Day parade in Kyiv was cancelled.",   # not a fixed date worldwide
    "Chinese New Year celebrations filled Singapore.",            # not January 1
    "It was called Black Monday by traders in London.",           # a named day
    "The second half of the match in Madrid was dull.",           # halves of a game, not of a year
    "The match in Leeds ended 3:2.",                              # a score is not a clock time
])
def test_no_value_for_words_that_are_not_times(text):
    assert valued(text) == []


def test_months_after_a_cue_word_are_still_times():
    assert valued("In March Russia cut gas; by June the price had doubled.") == ["March", "June"]
    assert valued("Exports to Jan Mayen rose in Jan. 2021.") == ["Jan. 2021"]


def test_years_after_a_name_are_still_years():
    assert valued("Apple showed the phone at WWDC 2007 in San Francisco.") == ["2007"]


def test_parsed_text_keeps_numbers_that_count_things(parse_text):
    text = "The union in Lodz said 1999 workers joined the strike in 2019."
    analysis = TimesStage(today=dt.date(2026, 11, 28))(
        Analysis(Article("s1", text, published=REF), parse_text(text)))
    assert [(t.text, t.value) for t in analysis.times if t.value] == [("2019", "2019")]


def test_a_month_after_a_possessive_name_is_a_time():
    assert valued("Toyota's March sales in Nagoya fell.") == ["March"]


def test_fall_is_a_season_only_after_a_time_word():
    assert valued("The fall in oil prices hurt Norway; the fall was steep.") == []
    assert valued("Shares in Oslo fell last fall and will recover in the fall.") == ["last fall", "the fall"]
