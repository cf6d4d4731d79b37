"""A tiny hand-made store: events we write ourselves, with exact expected numbers."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwatch.analysis.synthetic import create_store, insert_rows

TEXT = ("Albanian police arrested two Greek fishermen near Durres on Monday. "
        "The Greek foreign minister met his Albanian counterpart in Tirana. "
        "\"We expect an apology,\" the Greek foreign minister said.")


def _event_row(n: int, day: str, etype: str = "CONSULT", quad: int = 1, goldstein: float = 1.0,
              actor: str = "GRC", recipient: str = "ALB", asserted: bool = True, **extra) -> dict:
    row = {"id": f"t-e{n}", "article_id": "t-a1", "event_type": etype, "quad": quad, "goldstein": goldstein,
           "asserted": asserted, "actor_country": actor, "actor_code": actor + "GOV", "actor_name": f"{actor} government",
           "recipient_country": recipient, "recipient_code": recipient + "GOV",
           "recipient_name": f"{recipient} government", "date": dt.date.fromisoformat(day),
           "sentence": "made-up sentence", "trigger": "met", "record": json.dumps({"id": f"t-e{n}"})}
    row.update(extra)
    return row


@pytest.fixture
def article_text():
    """The text of article t-a1 (offsets in tests point into it)."""
    return TEXT


@pytest.fixture(name="event_row")
def event_row_fixture():
    """``event_row(n, day, type, quad, goldstein, actor=, recipient=, asserted=, **columns)``."""
    return _event_row


@pytest.fixture
def make_store(tmp_path):
    """``make_store(events, articles=..., quotes=...)`` -> path of a closed store."""
    def make(events: list[dict], articles: list[dict] | None = None, quotes: list[dict] | None = None):
        path = tmp_path / "store.duckdb"
        con = create_store(path)
        insert_rows(con, "articles", articles if articles is not None else [
            {"id": "t-a1", "content_hash": "h1", "title": "Fishermen held", "text": TEXT,
             "published": dt.date(2024, 3, 4), "ingested_at": dt.datetime(2024, 3, 5)}])
        insert_rows(con, "events", events)
        insert_rows(con, "quotes", quotes or [])
        con.close()
        return path
    return make


@pytest.fixture
def open_store(make_store):
    """``open_store(events, ...)`` -> a read-only connection (closed after the test)."""
    from eventwatch.analysis import open_readonly

    opened = []

    def open_(events, **kw):
        con = open_readonly(make_store(events, **kw))
        opened.append(con)
        return con
    yield open_
    for con in opened:
        con.close()
