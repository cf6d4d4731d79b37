"""Helpers shared by the command modules: settings, inputs, failure lines, exit codes."""
from __future__ import annotations

import json
import sys
from typing import Iterable, Iterator

from ..errors import EventwatchError, InputError
from ..model import Analysis, Article, Failure
from ..settings import Settings, load_settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
DEFAULT_DB = "eventwatch.duckdb"

__all__ = ["DEFAULT_DB", "EXIT_FAILED", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "Tally", "UsageError",
           "add_db", "emit_json", "read_inputs", "settings_from"]


class UsageError(EventwatchError):
    pass


def settings_from(args) -> Settings:
    return load_settings(getattr(args, "config", None), getattr(args, "set", []))


def add_db(parser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB store (default: ./{DEFAULT_DB})")


def emit_json(obj, stream=None) -> None:
    (stream or sys.stdout).write(json.dumps(obj, ensure_ascii=False) + "\n")


def read_inputs(path: str | None, jsonl: str | None, pub_date=None) -> Iterator[Article | Failure]:
    """Articles from FILE, '-' (stdin) or --jsonl FILE."""
    from ..ingest.readers import parse_date, read_jsonl, read_text

    if jsonl:
        yield from read_jsonl(jsonl)
        return
    if not path:
        raise UsageError("give a FILE, '-' for standard input, or --jsonl FILE")
    published = parse_date(pub_date) if pub_date else None
    try:
        if path == "-":
            yield read_text(None, stream=sys.stdin.buffer, published=published)
        else:
            yield read_text(path, published=published)
    except InputError as exc:
        yield Failure(path, exc.reason, str(exc), source=path)


class Tally:
    """Counts processed and failed articles; reports failures as JSON lines on stderr."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0

    def see(self, item: Analysis | Failure) -> bool:
        if isinstance(item, Failure):
            self.failed += 1
            emit_json({"id": item.article_id, "reason": item.reason, "message": item.message}, sys.stderr)
            return False
        self.ok += 1
        return True

    def exit_code(self) -> int:
        if self.failed and not self.ok:
            return EXIT_FAILED
        return EXIT_PARTIAL if self.failed else EXIT_OK


def split_failures(items: Iterable[Article | Failure], tally: Tally) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Failure):
            tally.see(item)
        else:
            yield item
