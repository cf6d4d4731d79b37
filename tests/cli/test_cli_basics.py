"""The CLI's contract: exit codes, failures on stderr as JSON lines, settings listing."""
from __future__ import annotations

import json

from eventwatch.cli import main


def test_settings_lists_overrides(capsys):
    assert main(["--set", "batch_size=8", "settings", "--json"]) == 0
    rows = {r["name"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["batch_size"]["value"] == 8 and rows["batch_size"]["default"] != 8


def test_bad_usage_exits_2(capsys):
    assert main(["code"]) == 2
    assert main(["--set", "nope=1", "settings"]) == 2


def test_code_reports_each_failure_and_exit_3(tmp_path, capsys):
    good = tmp_path / "ok.jsonl"
    good.write_text(json.dumps({"id": "g1", "text": "Chile's president met Peru's foreign minister in Lima."}) + "\n"
                    + json.dumps({"id": "b1", "text": ""}) + "\n" + "{not json\n", encoding="utf-8")
    assert main(["code", "--jsonl", str(good)]) == 3
    err = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert {e["reason"] for e in err} == {"empty", "malformed"}


def test_all_failed_exits_1(tmp_path, capsys):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert main(["code", str(binary)]) == 1
    assert json.loads(capsys.readouterr().err)["reason"] == "binary"
