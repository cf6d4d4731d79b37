"""A store for the API tests: synthetic bulk plus one article we wrote, with known offsets."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwatch.analysis.synthetic import create_store, generate, insert_rows

TEXT = ("Chilean navy ships escorted a Peruvian fishing fleet out of disputed waters on Sunday. "
        "\"This was a routine patrol,\" the Chilean defence minister told reporters in Santiago.")


def _handmade(con) -> None:
    sent_end = TEXT.index("Sunday.") + len("Sunday.")
    trig = TEXT.index("escorted")
    q_start = TEXT.index("This was")
    q_end = q_start + len("This was a routine patrol")
    record = {"id": "hand-e1", "evidence": [{"sentence": TEXT[:sent_end], "start": 0, "end": sent_end,
                                              "trigger": "escorted", "trigger_start": trig, "trigger_end": trig + 8}],
              "location": None, "quotes": ["hand-q1"]}
    insert_rows(con, "articles", [{"id": "hand-a1", "content_hash": "hand", "title": "Navy escort at sea",
                                   "text": TEXT, "published": dt.date(2025, 6, 2), "source": "Test Desk",
                                   "ingested_at": dt.datetime(2025, 6, 2)}])
    insert_rows(con, "events", [{"id": "hand-e1", "article_id": "hand-a1", "event_type": "COERCE", "quad": 4,
                                 "goldstein": -7.0, "asserted": True, "actor_name": "Chilean navy",
                                 "actor_country": "CHL", "actor_code": "CHLMIL", "recipient_name": "Peruvian fishing fleet",
                                 "recipient_country": "PER", "recipient_code": "PERBUS", "date": dt.date(2025, 6, 1),
                                 "trigger": "escorted", "sentence": TEXT[:sent_end], "record": json.dumps(record)}])
    insert_rows(con, "quotes", [{"id": "hand-q1", "article_id": "hand-a1", "text": TEXT[q_start:q_end],
                                 "start": q_start, "end": q_end, "speaker_name": "Chilean defence minister",
                                 "speaker_country": "CHL", "kind": "direct"}])


@pytest.fixture(scope="session")
def hand_text():
    """The text of the hand-written article hand-a1."""
    return TEXT


@pytest.fixture(scope="session")
def api_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "store.duckdb"
    generate(path, events=800, seed=11)
    con = create_store(path)  # reopen for writing (the schema is IF NOT EXISTS)
    _handmade(con)
    con.close()
    return path


@pytest.fixture(scope="session")
def client(api_store):
    from fastapi.testclient import TestClient

    from eventwatch.httpapi import create_app

    with TestClient(create_app(api_store)) as c:
        yield c
