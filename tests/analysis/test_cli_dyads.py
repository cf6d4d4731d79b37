from __future__ import annotations

import json

from eventwatch.cli import main


def test_dyads_prints_a_readable_timeline(make_store, event_row, capsys):
    path = make_store([event_row(1, "2024-03-04", "CONSULT", 1, 1.0),
                       event_row(2, "2024-03-06", "COERCE", 4, -7.0, actor="ALB", recipient="GRC"),
                       event_row(3, "2024-04-20", "AID", 2, 7.0)])
    assert main(["dyads", "GRC", "ALB", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("GRC ↔ ALB: 3 events, by month;")
    assert "2024-03-01" in out and "2024-04-01" in out and "COERCE 1" in out


def test_dyads_json_and_errors(make_store, event_row, capsys, tmp_path):
    path = make_store([event_row(1, "2024-03-04")])
    assert main(["dyads", "GRC", "ALB", "--db", str(path), "--json", "--freq", "week"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["events"] == 1 and data["alerts"] == [] and data["freq"] == "week"
    assert main(["dyads", "GRC", "ALB", "--db", str(tmp_path / "missing.duckdb")]) == 1
    assert main(["dyads", "GRC", "ALB", "--db", str(path), "--from", "March"]) == 2
    assert "no store at" in capsys.readouterr().err
