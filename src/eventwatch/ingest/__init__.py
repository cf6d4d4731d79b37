"""Readers for every input format; each yields Articles or Failures."""
from __future__ import annotations

from .ids import article_id, content_hash, stable_id
from .sources import SUPPORTED, count_items, iter_files, iter_sourced, iter_sources
from .tabular import ColumnMapping

__all__ = ["SUPPORTED", "ColumnMapping", "article_id", "content_hash", "count_items", "iter_files",
           "iter_sourced", "iter_sources", "stable_id"]
