from __future__ import annotations

from pathlib import Path

import pytest

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "eventwatch" / "store" / "schema.sql"


@pytest.fixture()
def store_file(tmp_path):
    import duckdb

    path = tmp_path / "q.duckdb"
    con = duckdb.connect(str(path))
    con.execute(SCHEMA.read_text(encoding="utf-8"))
    rows = [("q1", "a1", "The dam will hold.", 0, 18, "Ines Duarte", "PRT", None, "Duarte", "said", None,
             "direct", ["e1"]),
            ("q2", "a1", "unacceptable", 40, 52, "Tomas Novak", "CZE", None, "Novak", "called", "CT24",
             "partial", []),
            ("q3", "a2", "We are ready.", 5, 18, "Ines Duarte", "PRT", None, "she", "added", None, "direct", [])]
    con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return str(path)


def test_quotes_by_speaker_filters_and_orders(store_file):
    from eventwatch.cli._quotes import quotes_by_speaker

    assert [r["text"] for r in quotes_by_speaker(store_file)] == [
        "The dam will hold.", "We are ready.", "unacceptable"]
    assert [r["speaker_name"] for r in quotes_by_speaker(store_file, "NOVAK")] == ["Tomas Novak"]


def test_cli_lists_quotes_grouped_by_speaker(store_file, capsys):
    from eventwatch.cli import main

    assert main(["quotes", "--db", store_file, "--speaker", "duarte"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Ines Duarte"
    assert "The dam will hold." in out and "Novak" not in out


def test_cli_reports_a_missing_store(tmp_path, capsys):
    from eventwatch.cli import main

    assert main(["quotes", "--db", str(tmp_path / "none.duckdb")]) != 0
    assert "no store" in capsys.readouterr().err
