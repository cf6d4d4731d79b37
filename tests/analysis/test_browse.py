from __future__ import annotations

import json

import pytest

from eventwatch.analysis import browse
from eventwatch.analysis.db import NotFound
from eventwatch.analysis.filters import EventFilter


@pytest.fixture
def con(open_store, event_row, article_text):
    text = article_text
    sent_start = text.index("The Greek foreign")
    sent_end = text.index("Tirana.") + len("Tirana.")
    trig = text.index("met", sent_start)
    place = text.index("Tirana")
    record = {"id": "t-e1", "evidence": [{"sentence": text[sent_start:sent_end], "start": sent_start,
                                          "end": sent_end, "trigger": "met", "trigger_start": trig,
                                          "trigger_end": trig + 3}],
              "location": {"text": "Tirana", "start": place, "end": place + 6, "name": "Tirana"},
              "quotes": ["t-q1"]}
    q_start = text.index("We expect")
    quotes = [{"id": "t-q1", "article_id": "t-a1", "text": "We expect an apology", "start": q_start,
               "end": q_start + len("We expect an apology"), "speaker_name": "Greek foreign minister",
               "kind": "direct"},
              {"id": "t-q2", "article_id": "t-a1", "text": "unrelated", "start": 0, "end": 8}]
    rows = [event_row(1, "2024-03-05", record=json.dumps(record))]
    rows += [event_row(i, "2024-03-04", "AID", 2, 7.0) for i in range(2, 8)]
    return open_store(rows, quotes=quotes)


def test_event_detail_returns_article_text_and_spans_to_highlight(con, article_text):
    TEXT = article_text  # noqa: N806
    found = browse.event(con, "t-e1")
    assert found["article"]["text"] == TEXT and found["article"]["events"] == 7
    spans = {s["kind"]: TEXT[s["start"]:s["end"]] for s in found["highlights"]}
    assert spans == {"sentence": "The Greek foreign minister met his Albanian counterpart in Tirana.",
                     "trigger": "met", "place": "Tirana", "quote": "We expect an apology"}
    linked = {q["id"]: q["linked"] for q in found["quotes"]}
    assert linked == {"t-q1": True, "t-q2": False}


def test_missing_records_raise_not_found(con):
    with pytest.raises(NotFound):
        browse.event(con, "nope")
    with pytest.raises(NotFound):
        browse.article(con, "nope")


def test_pages_are_bounded_and_ordered(con):
    page = browse.events(con, limit=10_000, offset=-5)
    assert page["limit"] == browse.MAX_LIMIT and page["offset"] == 0 and page["total"] == 7
    assert page["items"][0]["id"] == "t-e1"  # newest first
    second = browse.events(con, EventFilter(quad=(2,)), limit=4, offset=4)
    assert [e["id"] for e in second["items"]] == ["t-e6", "t-e7"]


def test_quotes_articles_actors_and_stats(con):
    assert browse.quotes(con, speaker="greek")["total"] == 1
    assert browse.quotes(con, text="apology")["items"][0]["title"] == "Fishermen held"
    assert browse.articles(con, text="fishermen")["total"] == 1
    assert browse.articles(con, text="no such words")["total"] == 0
    top = browse.actors(con, limit=2)
    assert {a["id"] for a in top} == {"GRCGOV", "ALBGOV"} and top[0]["events"] == 7
    stats = browse.stats(con)
    assert stats["events"] == 7 and stats["first"] == "2024-03-04" and stats["last"] == "2024-03-05"


def test_event_pages_match_a_full_sort_across_date_ties_and_undated_events(open_store, event_row):
    # three events per day on four days, then two undated ones: every page (including pages that
    # end inside a day, and the last pages that reach undated events) is the plain sorted order
    days = ["2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04"]
    rows = [event_row(10 * d + k, day) for d, day in enumerate(days) for k in range(3)]
    rows += [event_row(90 + k, "2025-06-01", date=None) for k in range(2)]
    con = open_store(rows)
    expected = [r[0] for r in con.execute("SELECT id FROM events ORDER BY date DESC NULLS LAST, id").fetchall()]
    assert expected[-2:] == ["t-e90", "t-e91"]
    for limit in (1, 2, 4, 5):
        for offset in range(0, 15):
            page = browse.events(con, limit=limit, offset=offset)
            assert page["total"] == 14
            assert [e["id"] for e in page["items"]] == expected[offset:offset + limit], (limit, offset)
