"""Exports: PLOVER JSONL, POLECAT-style TSV, GDELT-style event and mention tables, Parquet."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings
from ..store import Store
from .gdelt import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, write_gdelt_events, write_gdelt_mentions
from .kosovo import FORMAT_DEFAULTS
from .parquet import write_parquet
from .plover import plover_records, write_plover
from .polecat import POLECAT_COLUMNS, write_polecat

__all__ = ["FORMATS", "GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "POLECAT_COLUMNS", "export",
           "kosovo_code_for", "plover_records"]

FORMATS = {"plover": write_plover, "polecat": write_polecat, "gdelt-events": write_gdelt_events,
           "gdelt-mentions": write_gdelt_mentions}


def kosovo_code_for(fmt: str, settings: Settings | None = None, override: str | None = None) -> str:
    return override or FORMAT_DEFAULTS.get(fmt) or (settings or Settings()).kosovo_code


@contextmanager
def _output(path: str | Path | None):
    if path is None or str(path) == "-":
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            yield handle


def export(store: Store, fmt: str, output: str | Path | None = None, *, settings: Settings | None = None,
           kosovo_code: str | None = None) -> int:
    """Write ``fmt`` to ``output`` (a file, a folder for parquet, None for stdout); returns rows."""
    kosovo = kosovo_code_for(fmt, settings, kosovo_code)
    if fmt == "parquet":
        if output is None:
            raise ConfigError("parquet export needs an output folder")
        return write_parquet(store, output, kosovo)
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; one of {', '.join([*FORMATS, 'parquet'])}")
    with _output(output) as out:
        return FORMATS[fmt](store, out, kosovo)
