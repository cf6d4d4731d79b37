"""`eventwatch quotes --db FILE [--speaker NAME]`: stored quotes, listed by speaker."""
from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from ._common import add_db, emit_json

_COLUMNS = ("speaker_name", "speaker_text", "kind", "cue", "venue", "article_id", "start", "end", "text", "event_ids")


def add(sub) -> None:
    p = sub.add_parser("quotes", help="list stored quotes by speaker")
    add_db(p)
    p.add_argument("--speaker", help="only speakers whose name contains this (case-insensitive)")
    p.add_argument("--format", choices=["table", "jsonl"], default="table")
    p.set_defaults(func=_run)


def quotes_by_speaker(db: str, speaker: str | None = None) -> list[dict]:
    """Quotes from the store's ``quotes`` table, ordered by speaker then position (read-only)."""
    if not Path(db).exists():
        raise StoreError(f"no store at {db}")
    import duckdb

    try:
        con = duckdb.connect(db, read_only=True)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {db}: {exc}") from exc
    try:
        where, params = "", []
        if speaker:
            where = "WHERE lower(coalesce(speaker_name, '')) LIKE ? OR lower(coalesce(speaker_text, '')) LIKE ?"
            params = [f"%{speaker.lower()}%"] * 2
        cols = ", ".join(f'"{c}"' for c in _COLUMNS)
        rows = con.execute(f"SELECT {cols} FROM quotes {where} "
                           "ORDER BY coalesce(speaker_name, speaker_text, ''), article_id, start", params).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"cannot read quotes from {db}: {exc}") from exc
    finally:
        con.close()
    return [dict(zip(_COLUMNS, row)) for row in rows]


def _run(args) -> int:
    rows = quotes_by_speaker(args.db, args.speaker)
    if args.format == "jsonl":
        for row in rows:
            emit_json({**row, "event_ids": list(row["event_ids"] or [])})
        return 0
    current = object()
    for row in rows:
        name = row["speaker_name"] or row["speaker_text"] or "(unknown speaker)"
        if name != current:
            print(name)
            current = name
        extra = ", ".join(x for x in (row["cue"], row["venue"] and f"to {row['venue']}", row["kind"]) if x)
        print(f"  \u201c{_short(row['text'])}\u201d  [{extra}; {row['article_id']} {row['start']}-{row['end']}]")
    return 0


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "\u2026"
