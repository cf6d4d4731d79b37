import datetime as dt
import json

import duckdb
import pytest

from eventwatch.model import Failure
from eventwatch.records import event_record
from eventwatch.store import MIGRATIONS, Store, dyad_timeline, event_date, event_records, top_dyads
from eventwatch.store.synthetic import make_analysis, synthetic_analyses

TEXT = "Serbia accused Kosovo of provocations near the border on Sunday, officials in Belgrade said."


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "m.duckdb"
    Store(path).close()
    Store(path).close()
    con = duckdb.connect(str(path))
    versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert versions == [m[0] for m in MIGRATIONS]
    cols = {r[0] for r in con.execute("DESCRIBE articles").fetchall()}
    assert {"content_hash", "near_dup_of", "minhash"} <= cols


def test_write_is_idempotent(store):
    analyses = synthetic_analyses(20, 3)
    assert store.write_analyses(analyses) == 20
    assert store.write_analyses(analyses) == 0
    assert store.count("events") == 60 and store.count("mentions") == 60


def test_flattened_columns_and_mentions(store):
    a = make_analysis(TEXT, [dict(date="2023-01-08", place="Zvecan", sentence=(TEXT, 0), trigger=("accused", 7))],
                      source="Example Wire")
    store.write_analyses([a], origins={a.article.id: "feed.jsonl"}, coder="test")
    row = store.rows("SELECT actor_country, recipient_code, date, place_name, trigger, sentence FROM events")[0]
    assert row == ("SRB", "XKXGOV", dt.date(2023, 1, 8), "Zvecan", "accused", TEXT)
    mention = store.rows("SELECT article_id, trigger_start, trigger_end, source, confidence FROM mentions")[0]
    assert mention == (a.article.id, 7, 14, "Example Wire", 0.8)
    assert store.rows("SELECT origin, coder FROM articles") == [("feed.jsonl", "test")]


def test_record_column_is_the_event_record(store):
    a = make_analysis(TEXT, [dict(), dict(event_type="CONSULT", date=None)])
    store.write_analyses([a])
    got = sorted(event_records(store), key=lambda r: r["id"])
    want = sorted((event_record(e) for e in a.events), key=lambda r: r["id"])
    assert [{k: v for k, v in r.items() if k != "canonical_id"} for r in got] == want


def test_failures_are_stored_once_with_reasons(store):
    f = Failure("x.txt", "binary", "x.txt: looks binary", source="x.txt")
    assert store.write_failures([f, f]) == 1
    assert store.write_failures([f]) == 0
    assert store.rows("SELECT reason, origin FROM failures") == [("binary", "x.txt")]


def test_known_by_id_or_hash(store):
    a = make_analysis(TEXT, [])
    store.write_analyses([a])
    ids, hashes = store.known([a.article.id, "other"], ["nohash"])
    assert ids == {a.article.id} and hashes == set()


def test_dyad_queries(store):
    store.write_analyses([make_analysis(TEXT, [dict(date="2023-01-08"), dict(date="2023-02-03")]),
                          make_analysis(TEXT + " Again.", [dict(date="2023-02-10", actor=("USA", "US"))])])
    assert top_dyads(store)[0] == ("SRB", "XKX", 2)
    timeline = dyad_timeline(store, "SRB", "XKX").to_pylist()
    assert [(r["period"].date(), r["events"]) for r in timeline] == [(dt.date(2023, 1, 1), 1),
                                                                     (dt.date(2023, 2, 1), 1)]


@pytest.mark.parametrize("value,day", [("2023-01-08", dt.date(2023, 1, 8)), ("2023-01", dt.date(2023, 1, 1)),
                                       ("2023", dt.date(2023, 1, 1)), ("2023-W02", dt.date(2023, 1, 1)),
                                       ("PAST_REF", None), (None, None), ("2023-02-30", None)])
def test_event_date(value, day):
    assert event_date(value) == day


def test_read_only_store_cannot_write(tmp_path):
    path = tmp_path / "r.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as s:
        assert s.count("articles") == 0
        with pytest.raises(Exception):
            s.write_analyses(synthetic_analyses(1, 1))


def test_json_is_valid_for_every_event(store):
    store.write_analyses(synthetic_analyses(5, 2))
    for (raw,) in store.rows("SELECT CAST(record AS VARCHAR) FROM events"):
        assert json.loads(raw)["event_type"]
