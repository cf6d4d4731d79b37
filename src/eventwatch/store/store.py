"""The DuckDB store: open (and migrate), bulk-write Arrow tables, read back.

Writes are idempotent: an article already stored (same id or same content hash) is
skipped together with everything derived from it, so re-ingesting changes nothing and an
interrupted run can simply be started again.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..model import Analysis, Failure
from .migrations import migrate
from .rows import SCHEMAS, analyses_to_tables, failures_to_table

__all__ = ["Store", "open_store"]


# child tables first: each insert skips rows of articles that are already stored
_WRITE_ORDER = ("events", "mentions", "actors", "places", "times", "quotes", "articles")
_KEYS = {"articles": "id", "events": "id", "quotes": "id"}


def _cols(name: str) -> str:
    return ", ".join(f'"{f.name}"' for f in SCHEMAS[name])


class Store:
    """One DuckDB file (or ``":memory:"``). Use as a context manager, or call ``close``."""

    def __init__(self, path: str | Path = "eventwatch.duckdb", *, read_only: bool = False):
        import duckdb

        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self.exec("SET enable_progress_bar = false")  # the library stays silent
        if not read_only:
            migrate(self.con)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # --- writing ---

    def write_analyses(self, analyses: Iterable[Analysis], *, origins: dict[str, str] | None = None,
                       coder: str | None = None, minhashes: dict[str, bytes] | None = None,
                       near_dups: dict[str, str] | None = None) -> int:
        """Store analyses (skipping known articles); returns the number of new articles."""
        tables = analyses_to_tables(analyses, origins=origins, coder=coder, minhashes=minhashes,
                                    near_dups=near_dups)
        return self.write_tables(tables)

    def write_tables(self, tables: dict[str, pa.Table]) -> int:
        """Insert Arrow tables in one transaction; rows of already-stored articles are skipped."""
        articles = tables.get("articles")
        if articles is None or not articles.num_rows:
            return 0
        self.exec("BEGIN TRANSACTION")
        try:
            self.con.register("_articles_in", articles.select(["id"]))
            new = self.con.sql("SELECT DISTINCT id FROM _articles_in "
                               "WHERE id NOT IN (SELECT id FROM articles)").to_arrow_table()
            self.con.unregister("_articles_in")
            self.con.register("_new", new)
            for name in _WRITE_ORDER:
                if name in tables and tables[name].num_rows:
                    self._insert(name, tables[name])
            self.exec("COMMIT")
        except Exception as exc:
            self._rollback()
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        finally:
            self._unregister("_new")
        return new.num_rows

    def _rollback(self) -> None:
        # After an I/O error (full disk) DuckDB has already aborted the transaction and a
        # ROLLBACK would raise again, hiding the real cause behind a second error.
        try:
            self.exec("ROLLBACK")
        except duckdb.Error:
            pass

    def _unregister(self, view: str) -> None:
        try:
            self.con.unregister(view)
        except duckdb.Error:
            pass

    def _insert(self, name: str, table: pa.Table) -> None:
        """Rows of new articles only; keyed tables also drop ids already stored or repeated."""
        self.con.register("_incoming", table)
        try:
            owner = "id" if name == "articles" else "article_id"
            where = f"{owner} IN (SELECT id FROM _new)"
            key, distinct = _KEYS.get(name), ""
            if key and self._needs_key_check(name, key):
                distinct = f"DISTINCT ON ({key}) "
                where += f" AND {key} NOT IN (SELECT {key} FROM {name})"
            cols = _cols(name)
            self.exec(f"INSERT INTO {name} ({cols}) SELECT {distinct}{cols} FROM _incoming WHERE {where}")
        finally:
            self.con.unregister("_incoming")

    def _needs_key_check(self, name: str, key: str) -> bool:
        # cheap checks on the key column alone; the slow de-duplicating insert is rarely needed
        repeated = self.exec(f"SELECT count(*) - count(DISTINCT {key}) FROM _incoming")[0][0]
        clash = self.exec(f"SELECT count(*) FROM _incoming WHERE {key} IN (SELECT {key} FROM {name})")[0][0]
        return bool(repeated or clash)

    def write_failures(self, failures: Iterable[Failure], hashes: dict[str, str] | None = None) -> int:
        """Record failures; the same (article, origin, reason) is stored once."""
        table = failures_to_table(failures, hashes)
        if not table.num_rows:
            return 0
        before = self.count("failures")
        self.con.register("_incoming", table)
        try:
            cols = _cols("failures")
            self.exec(
                f"INSERT INTO failures ({cols}) SELECT DISTINCT ON (article_id, origin, reason) {cols} "
                "FROM _incoming i WHERE NOT EXISTS (SELECT 1 FROM failures f WHERE "
                "f.article_id IS NOT DISTINCT FROM i.article_id AND f.origin IS NOT DISTINCT FROM i.origin "
                "AND f.reason = i.reason)")
        finally:
            self.con.unregister("_incoming")
        return self.count("failures") - before

    # --- reading ---

    def count(self, table: str) -> int:
        if table not in SCHEMAS and table != "canonical_events":
            raise StoreError(f"unknown table {table!r}")
        return self.exec(f"SELECT count(*) FROM {table}")[0][0]

    def known(self, ids: Iterable[str], hashes: Iterable[str]) -> tuple[set[str], set[str]]:
        """Which of these article ids and content hashes are already stored."""
        ids_t = pa.table({"v": pa.array(list(ids), pa.string())})
        hashes_t = pa.table({"v": pa.array(list(hashes), pa.string())})
        self.con.register("_ids", ids_t)
        self.con.register("_hashes", hashes_t)
        try:
            got_ids = self.exec("SELECT id FROM articles WHERE id IN (SELECT v FROM _ids)")
            got_h = self.exec("SELECT content_hash FROM articles WHERE content_hash IN (SELECT v FROM _hashes)")
        finally:
            self.con.unregister("_ids")
            self.con.unregister("_hashes")
        return {r[0] for r in got_ids}, {r[0] for r in got_h}

    def table(self, sql: str, params: list | None = None) -> pa.Table:
        """Any read-only query as an Arrow table."""
        return self.con.sql(sql, params=params or None).to_arrow_table()

    def exec(self, sql: str, params: list | None = None) -> list[tuple]:
        """Run one statement to completion (DuckDB 2 refuses new work while a result is unread)."""
        return self.con.execute(sql, params or []).fetchall()

    def rows(self, sql: str, params: list | None = None) -> list[tuple]:
        return self.exec(sql, params)


def open_store(path: str | Path = "eventwatch.duckdb", *, read_only: bool = False) -> Store:
    return Store(path, read_only=read_only)
