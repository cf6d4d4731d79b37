import json

import pytest

from eventwatch.cli import main
from eventwatch.ingest.driver import ingest
from eventwatch.store import Store, event_records

from keyword_stage import STAGES


def _ingest(paths, db, settings, **kw):
    with Store(db) as store:
        report = ingest(paths, store, settings, **kw)
        return report, sorted(event_records(store), key=lambda r: r["id"])


def test_ingest_codes_stores_and_is_idempotent(corpus, tmp_path, keyword_settings):
    db = tmp_path / "s.duckdb"
    report, events = _ingest([corpus], db, keyword_settings)
    assert (report.stored, report.skipped, report.failed) == (3, 0, 0)
    assert {e["actor"][0]["text"] for e in events} == {"France", "Norway", "Ecuador"}
    again, events2 = _ingest([corpus], db, keyword_settings)
    assert (again.stored, again.skipped) == (0, 3) and events2 == events


def test_bad_files_are_recorded_and_the_batch_goes_on(corpus, tmp_path, keyword_settings):
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    seen = []
    db = tmp_path / "s.duckdb"
    report, _ = _ingest([corpus], db, keyword_settings, on_failure=seen.append)
    assert report.stored == 3 and report.failed == 2
    assert sorted(f.reason for f in seen) == ["binary", "empty"]
    with Store(db) as store:
        assert sorted(r[0] for r in store.rows("SELECT reason FROM failures")) == ["binary", "empty"]


def test_interrupted_run_resumes(corpus, tmp_path, keyword_settings):
    db = tmp_path / "s.duckdb"
    _ingest([corpus / "lyon.txt"], db, keyword_settings)  # a first run that stopped after one file
    report, events = _ingest([corpus], db, keyword_settings)
    assert (report.stored, report.skipped) == (2, 1) and len(events) == 3


def test_two_processes_give_the_same_records(corpus, tmp_path, keyword_settings):
    import keyword_stage

    _, one = _ingest([corpus], tmp_path / "a.duckdb", keyword_settings)
    _, two = _ingest([corpus], tmp_path / "b.duckdb", keyword_settings.with_(processes=2, batch_size=1),
                     worker_setup=keyword_stage.ensure_registered)
    assert one and two == one


def _cli(*args):
    return main(["--set", "stages=" + ",".join(STAGES), "--set", "today=2026-11-28", *map(str, args)])


def test_cli_exit_codes(corpus, tmp_path, keyword_settings, capsys):
    db = tmp_path / "c.duckdb"
    assert _cli("ingest", corpus, "--db", db, "--no-progress") == 0
    (corpus / "bad.txt").write_bytes(b"\x00\x00")
    assert _cli("ingest", corpus, "--db", db, "--no-progress") == 3
    err = capsys.readouterr().err
    line = next(json.loads(x) for x in err.splitlines() if x.startswith("{"))
    assert line["reason"] == "binary" and line["id"].endswith("bad.txt")
    only_bad = tmp_path / "only"
    only_bad.mkdir()
    (only_bad / "x.txt").write_text("", encoding="utf-8")
    assert _cli("ingest", only_bad, "--db", db, "--no-progress") == 1
    assert _cli("ingest", tmp_path / "missing", "--db", db) == 2


def test_cli_events_and_failures(corpus, tmp_path, keyword_settings, capsys):
    db = tmp_path / "c.duckdb"
    (corpus / "bad.txt").write_bytes(b"\x00\x00")
    _cli("ingest", corpus, "--db", db, "--no-progress")
    capsys.readouterr()
    assert _cli("events", "--db", db) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(records) == 3 and all(r["event_type"] == "ACCUSE" for r in records)
    assert _cli("events", "--db", db, "--format", "csv") == 0
    csv_lines = capsys.readouterr().out.splitlines()
    assert csv_lines[0].startswith('"id","article_id"') and len(csv_lines) == 4
    assert _cli("failures", "--db", db, "--format", "jsonl") == 0
    assert json.loads(capsys.readouterr().out)["reason"] == "binary"
    assert _cli("events", "--db", tmp_path / "nothing.duckdb") == 1


def test_demo_is_safe_to_rerun(corpus, tmp_path, keyword_settings, capsys):
    db = tmp_path / "d.duckdb"
    assert _cli("demo", "--db", db, "--path", corpus) == 0
    first = capsys.readouterr().out
    assert "Events by type" in first and "ACCUSE" in first and "Top dyads" in first
    assert _cli("demo", "--db", db, "--path", corpus) == 0
    second = capsys.readouterr().out
    assert "0 new article(s), 3 already stored" in second
    with Store(db) as store:
        assert store.count("articles") == 3 and store.count("events") == 3


def test_cli_csv_mapping_and_gzip_jsonl(tmp_path, keyword_settings, capsys):
    import gzip

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.csv").write_text("body,day\n\"Chile accused Peru of ignoring the fishing accord.\",2024-05-02\n",
                                  encoding="utf-8")
    (folder / "b.jsonl.gz").write_bytes(gzip.compress(
        b'{"id": "g1", "text": "Kenya accused Uganda of moving the border markers."}\n'))
    db = tmp_path / "m.duckdb"
    assert _cli("ingest", folder, "--db", db, "--map", "text=body,published=day", "--no-progress") == 0
    with Store(db) as store:
        rows = dict(store.rows("SELECT id, CAST(published AS VARCHAR) FROM articles"))
        assert rows["g1"] is None and "2024-05-02" in rows.values()
        assert store.count("events") == 2
    assert _cli("ingest", folder, "--db", db, "--map", "nonsense") == 2


def test_same_id_with_new_text_is_a_recorded_conflict(tmp_path, keyword_settings):
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text('{"id": "r1", "text": "Chile accused Peru of ignoring the fishing accord."}\n', encoding="utf-8")
    second.write_text('{"id": "r1", "text": "Chile accused Peru of ignoring the new accord."}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    _ingest([first], db, keyword_settings)
    report, _ = _ingest([second], db, keyword_settings)
    assert (report.stored, report.failed) == (0, 1)
    with Store(db) as store:
        assert store.rows("SELECT reason FROM failures") == [("duplicate-id",)]
        assert "fishing" in store.rows("SELECT text FROM articles WHERE id = 'r1'")[0][0]
