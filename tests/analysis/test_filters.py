from __future__ import annotations

import datetime as dt

from eventwatch.analysis import EventFilter
from eventwatch.analysis import browse
from eventwatch.analysis.filters import text_match


def test_empty_filter_matches_everything():
    assert EventFilter().where() == ("TRUE", [])
    assert EventFilter().is_empty() and not EventFilter(quad=(1,)).is_empty()


def test_values_travel_as_parameters_never_as_sql():
    clause, params = EventFilter(actor="x' OR 1=1 --", event_type=("accuse", "reject"), quad=(3,),
                                 date_from=dt.date(2024, 1, 1)).where()
    assert "1=1" not in clause and "x' OR 1=1 --".upper() in params
    assert "event_type IN (?, ?)" in clause and ["ACCUSE", "REJECT", 3] == params[3:6]


def test_like_wildcards_in_user_text_are_escaped_or_matched_literally():
    assert text_match("sentence", "50%_off") == ("contains(lower(sentence), ?)", ["50%_off"])
    assert text_match("sentence", "Tirana") == ("sentence ILIKE ?", ["%Tirana%"])


def test_filters_select_the_right_rows(open_store, event_row):
    con = open_store([
        event_row(1, "2024-03-04", "CONSULT", 1, 1.0, place_name="Tirana", place_country="ALB",
                  sentence="The ministers met in Tirana."),
        event_row(2, "2024-03-06", "COERCE", 4, -7.0, actor="ALB", recipient="GRC", trigger="arrested",
                  sentence="Police arrested 100% of the crew."),
        event_row(3, "2024-04-01", "AID", 2, 7.0, actor="TUR", recipient="SYR", asserted=False),
    ])

    def ids(**kw):
        return [e["id"] for e in browse.events(con, EventFilter(**kw))["items"]]

    assert ids(actor="ALB") == ["t-e2"]
    assert ids(actor="albanian") == []  # names match as substrings of actor_name ("ALB government")
    assert ids(actor="alb gov") == ["t-e2"]
    assert ids(recipient="ALB") == ["t-e1"]
    assert sorted(ids(country="ALB")) == ["t-e1", "t-e2"]
    assert ids(quad=(2,)) == ["t-e3"] and ids(event_type=("coerce",)) == ["t-e2"]
    assert ids(date_from=dt.date(2024, 3, 5), date_to=dt.date(2024, 3, 31)) == ["t-e2"]
    assert ids(place="tira") == ["t-e1"]
    assert ids(text="100%") == ["t-e2"] and ids(text="0%_") == []
    assert ids(asserted=False) == ["t-e3"]
    assert ids(actor="x' OR 1=1 --") == []
