"""Read-only access to a store: open DuckDB read-only, run parameterised SQL, get dicts.

The analysis code reads the store through this module only, so it never writes and never
builds SQL from user input (values always travel as parameters).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Sequence

import duckdb

from ..errors import StoreError

__all__ = ["NotFound", "open_readonly", "rows", "scalar"]


class NotFound(StoreError):
    """The record asked for is not in the store (the HTTP API answers 404)."""


def open_readonly(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection; raises StoreError when the file is missing or locked."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"no store at {path}")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:  # e.g. another process holds the write lock
        raise StoreError(f"cannot open {path} read-only: {exc}") from exc


def _plain(value: Any) -> Any:
    """Dates and timestamps as ISO strings (callers serialise rows to JSON)."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """All rows of a parameterised query as dicts with JSON-ready values."""
    try:
        result = con.execute(sql, list(params))
        names = [d[0] for d in result.description]
        return [{n: _plain(v) for n, v in zip(names, row)} for row in result.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"store query failed: {exc}") from exc


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    found = rows(con, sql, params)
    return next(iter(found[0].values())) if found else None
