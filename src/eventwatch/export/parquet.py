"""Parquet: every store table as one file in a folder (Kosovo codes mapped in country/code columns)."""
from __future__ import annotations

from pathlib import Path

from ..store import Store
from .kosovo import sql_code, sql_country

__all__ = ["PARQUET_TABLES", "write_parquet"]

PARQUET_TABLES = ("articles", "events", "canonical_events", "mentions", "actors", "places", "times", "quotes",
                  "failures")
_COUNTRY_COLS = {"actor_country", "recipient_country", "place_country", "country", "speaker_country"}
_CODE_COLS = {"actor_code", "recipient_code", "code", "speaker_code"}


def _select(store: Store, table: str, kosovo: str) -> str:
    cols = [r[0] for r in store.rows(f"DESCRIBE {table}")]
    parts = []
    for c in cols:
        q = f'"{c}"'
        if c in _COUNTRY_COLS:
            parts.append(f"{sql_country(q, kosovo)} AS {q}")
        elif c in _CODE_COLS:
            parts.append(f"{sql_code(q, kosovo)} AS {q}")
        else:
            parts.append(q)
    return f"SELECT {', '.join(parts)} FROM {table}"


def write_parquet(store: Store, folder: str | Path, kosovo: str) -> int:
    """Returns the number of event rows written (all tables are written)."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for table in PARQUET_TABLES:
        target = str(out / f"{table}.parquet").replace("'", "''")
        store.exec(f"COPY ({_select(store, table, kosovo)}) TO '{target}' (FORMAT parquet)")
    return store.count("events")
