"""Read-side queries used by the CLI, the exports and the benchmarks."""
from __future__ import annotations

import json
from typing import Iterator

import pyarrow as pa

from .store import Store

__all__ = ["dyad_timeline", "event_records", "event_type_counts", "failures", "summary", "top_dyads"]

_DYAD = "coalesce(actor_country, actor_name, '?')", "coalesce(recipient_country, recipient_name, '?')"


def event_records(store: Store, *, batch_rows: int = 10_000) -> Iterator[dict]:
    """Every stored event record (the README "Event record"), ordered by article then id."""
    reader = store.con.sql(
        "SELECT record, canonical_id FROM events ORDER BY article_id, id").to_arrow_reader(batch_rows)
    for batch in reader:
        for record, canonical in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist()):
            row = json.loads(record)
            row["canonical_id"] = canonical
            yield row


def event_type_counts(store: Store) -> list[tuple[str, int]]:
    return store.rows("SELECT event_type, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1")


def top_dyads(store: Store, limit: int = 5) -> list[tuple[str, str, int]]:
    a, b = _DYAD
    return store.rows(f"SELECT {a} AS a, {b} AS b, count(*) AS n FROM events "
                      f"WHERE actor_name IS NOT NULL OR actor_country IS NOT NULL "
                      f"GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [limit])


def dyad_timeline(store: Store, actor: str, recipient: str, unit: str = "month") -> pa.Table:
    """Events per period between two countries (actor -> recipient): count and mean Goldstein."""
    if unit not in ("day", "week", "month", "year"):
        raise ValueError(f"unit must be day, week, month or year, not {unit!r}")
    return store.table(
        f"SELECT date_trunc('{unit}', date) AS period, count(*) AS events, avg(goldstein) AS goldstein "
        "FROM events WHERE actor_country = ? AND recipient_country = ? AND date IS NOT NULL "
        "GROUP BY 1 ORDER BY 1", [actor, recipient])


def failures(store: Store) -> list[tuple]:
    return store.rows("SELECT article_id, origin, reason, message, stage, failed_at FROM failures "
                      "ORDER BY failed_at, origin, article_id")


def summary(store: Store) -> dict:
    return {name: store.count(name) for name in
            ("articles", "events", "canonical_events", "mentions", "actors", "places", "quotes", "failures")}
