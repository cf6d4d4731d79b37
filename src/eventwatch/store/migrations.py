"""Schema migrations, applied in order and recorded in ``schema_migrations``.

Version 1 is ``schema.sql``. Later versions only ADD columns or tables: the HTTP API and
other readers rely on the names of version 1 staying stable.
"""
from __future__ import annotations

import datetime as dt
from importlib import resources

__all__ = ["MIGRATIONS", "migrate"]


def _schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


# (version, name, SQL); never edit a released entry, append a new one
MIGRATIONS: tuple[tuple[int, str, str | None], ...] = (
    (1, "initial schema (schema.sql)", None),
    (2, "article minhash signatures, source names and event extras", """
        ALTER TABLE articles ADD COLUMN IF NOT EXISTS minhash BLOB;
        ALTER TABLE articles ADD COLUMN IF NOT EXISTS content_chars INTEGER;
        ALTER TABLE canonical_events ADD COLUMN IF NOT EXISTS place_name VARCHAR;
        ALTER TABLE canonical_events ADD COLUMN IF NOT EXISTS place_country VARCHAR;
        ALTER TABLE canonical_events ADD COLUMN IF NOT EXISTS lat DOUBLE;
        ALTER TABLE canonical_events ADD COLUMN IF NOT EXISTS lon DOUBLE;
        ALTER TABLE canonical_events ADD COLUMN IF NOT EXISTS first_article_id VARCHAR;
        ALTER TABLE canonical_events ADD COLUMN IF NOT EXISTS source_url VARCHAR;
        ALTER TABLE failures ADD COLUMN IF NOT EXISTS content_hash VARCHAR;
    """),
)


def _applied(con) -> set[int]:
    return {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}


def migrate(con) -> list[int]:
    """Bring the database to the latest version; returns the versions applied now."""
    con.execute(_schema_sql()).fetchall()  # every statement is CREATE ... IF NOT EXISTS
    done = _applied(con)
    applied = []
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION").fetchall()
        if sql:
            con.execute(sql).fetchall()
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [version, name, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)]).fetchall()
        con.execute("COMMIT").fetchall()
        applied.append(version)
    return applied
