"""Golden snapshots of the example articles' analysis records.

Only the stable core of each event is compared (type, actors, recipients, date
value, aux modes). Set EVENTWATCH_REGEN_GOLDEN=1 to (re)write the snapshots.
"""
from __future__ import annotations

import difflib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from expectations import load_article_records

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("EVENTWATCH_REGEN_GOLDEN") == "1"
ARTICLE_IDS = [a["id"] for a in load_article_records()]


def _side(actors: list[dict[str, Any]]) -> str:
    return " + ".join(f"{a.get('name') or a.get('text')} ({a.get('country') or '-'})" for a in actors) or "-"


def event_key(event: dict[str, Any]) -> str:
    """The compared part of an event, as one line."""
    date = (event.get("date") or {}).get("value")
    aux = ",".join(sorted(event.get("aux_modes") or []))
    return (f"{event.get('event_type')} | {_side(event.get('actor') or [])} -> "
            f"{_side(event.get('recipient') or [])} | date={date} | aux=[{aux}]")


def event_keys(record: dict[str, Any]) -> list[str]:
    return sorted(event_key(e) for e in record.get("events") or [])


def diff_keys(golden: list[str], current: list[str]) -> str:
    """'-' lines are in the golden file only, '+' lines only in the current output."""
    if Counter(golden) == Counter(current):
        return ""
    lines = difflib.unified_diff(golden, current, "golden", "current", lineterm="", n=0)
    return "\n".join(line for line in lines if not line.startswith("@@"))


def test_diff_keys_shows_added_and_removed_lines():
    a = ["ACCUSE | Serbia (SRB) -> Kosovo (XKX) | date=2024-05-13 | aux=[]"]
    b = ["ACCUSE | Serbia (SRB) -> Kosovo (XKX) | date=2024-05-14 | aux=[]"]
    assert diff_keys(a, list(a)) == ""
    diff = diff_keys(a, b)
    assert "-ACCUSE | Serbia (SRB) -> Kosovo (XKX) | date=2024-05-13" in diff
    assert "+ACCUSE | Serbia (SRB) -> Kosovo (XKX) | date=2024-05-14" in diff


@pytest.mark.parametrize("article_id", ARTICLE_IDS)
def test_events_match_golden(article_id, example_records):
    record = example_records[article_id]
    assert record is not None, f"the pipeline failed on {article_id}"
    path = GOLDEN / f"{article_id}.json"
    if REGEN:
        path.write_text(json.dumps(record, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip(f"wrote {path.name} (EVENTWATCH_REGEN_GOLDEN=1); review it with git diff")
    if not path.exists():
        pytest.skip(f"no golden file {path.relative_to(GOLDEN.parents[2])}: review the output, then run "
                    "EVENTWATCH_REGEN_GOLDEN=1 pytest tests/integration/test_golden_examples.py")
    golden = json.loads(path.read_text(encoding="utf-8"))
    diff = diff_keys(event_keys(golden), event_keys(record))
    assert not diff, f"{article_id}: events differ from {path.name}\n{diff}"
