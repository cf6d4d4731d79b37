"""Engines run the same pipeline stages over many articles: in this process, in local worker
processes, or on a Dask distributed cluster (``eventwatch ingest --engine dask``)."""
from __future__ import annotations

from .local import run_local, strip_parse

__all__ = ["ENGINES", "run_local", "strip_parse"]

ENGINES = ("local", "dask")
