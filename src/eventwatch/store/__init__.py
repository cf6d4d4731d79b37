"""The DuckDB store: schema and recorded migrations, Arrow bulk writes, queries."""
from __future__ import annotations

from .migrations import MIGRATIONS, migrate
from .queries import dyad_timeline, event_records, event_type_counts, failures, summary, top_dyads
from .rows import SCHEMAS, analyses_to_tables, event_date
from .store import Store, open_store

__all__ = ["MIGRATIONS", "SCHEMAS", "Store", "analyses_to_tables", "dyad_timeline", "event_date",
           "event_records", "event_type_counts", "failures", "migrate", "open_store", "summary", "top_dyads"]
