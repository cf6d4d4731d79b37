from __future__ import annotations

import json

import pytest

from eventwatch.analysis import open_readonly
from eventwatch.analysis.synthetic import generate


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("syn") / "s.duckdb"
    counts = generate(path, events=202, seed=3)
    assert counts == {"articles": 51, "events": 202, "quotes": 51}  # 4 events an article, the last has 2
    con = open_readonly(path)
    yield con
    con.close()


def test_evidence_and_quote_offsets_point_at_their_text(store):
    rows = store.execute("SELECT e.record, a.text FROM events e JOIN articles a ON a.id = e.article_id").fetchall()
    for record, text in rows:
        rec = json.loads(record)
        ev = rec["evidence"][0]
        assert text[ev["start"]:ev["end"]] == ev["sentence"]
        assert text[ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"]
        if rec["location"]:
            assert text[rec["location"]["start"]:rec["location"]["end"]] == rec["location"]["name"]
    for q_text, start, end, text in store.execute(
            'SELECT q.text, q.start, q."end", a.text FROM quotes q JOIN articles a ON a.id = q.article_id').fetchall():
        assert text[start:end] == q_text


def test_generation_is_deterministic(tmp_path):
    generate(tmp_path / "a.duckdb", events=40, seed=5)
    generate(tmp_path / "b.duckdb", events=40, seed=5)
    sql = "SELECT id, event_type, date, lat FROM events ORDER BY id"
    a, b = open_readonly(tmp_path / "a.duckdb"), open_readonly(tmp_path / "b.duckdb")
    assert a.execute(sql).fetchall() == b.execute(sql).fetchall()
    a.close(), b.close()
    with pytest.raises(FileExistsError):
        generate(tmp_path / "a.duckdb", events=4)
