"""The readable summary printed by `eventwatch demo`."""
from __future__ import annotations

import json

__all__ = ["print_summary"]


def _line(text: str = "") -> None:
    print(text)


def _evidence(record: dict) -> str:
    ev = (record.get("evidence") or [{}])[0]
    sentence = " ".join((ev.get("sentence") or "").split())
    return sentence if len(sentence) <= 160 else sentence[:157] + "..."


def _who(actors: list) -> str:
    return " + ".join(a.get("name") or a.get("text") or "?" for a in actors) or "-"


def print_summary(store, report, folder: str, examples: int = 5) -> None:
    from ..store import event_type_counts, summary, top_dyads

    totals = summary(store)
    _line(f"eventwatch demo: {folder} -> {store.path}")
    _line(f"  this run: {report.stored} new article(s), {report.skipped} already stored (not doubled), "
          f"{report.failed} failed")
    _line(f"  store: {totals['articles']} articles, {totals['events']} events, {totals['canonical_events']} "
          f"canonical events, {totals['quotes']} quotes, {totals['failures']} failures")
    _line()
    _line("Events by type:")
    for event_type, n in event_type_counts(store) or [("(none yet)", 0)]:
        _line(f"  {event_type:<12} {n}")
    _line()
    _line("Top dyads (actor -> recipient):")
    for a, b, n in top_dyads(store) or [("(none yet)", "", 0)]:
        _line(f"  {a} -> {b}: {n}")
    _line()
    _line("Some events with their evidence:")
    rows = store.rows("SELECT record FROM events ORDER BY asserted DESC, confidence DESC NULLS LAST, article_id, id LIMIT ?",
                      [examples])
    for (raw,) in rows:
        r = json.loads(raw)
        date = (r.get("date") or {}).get("value") or "undated"
        _line(f"  {r['event_type']} {_who(r['actor'])} -> {_who(r['recipient'])} ({date}, "
              f"confidence {r['confidence']})")
        _line(f"    \"{_evidence(r)}\"")
    if not rows:
        _line("  (no events: the coding stages may not be installed yet)")
