"""Every input path -> Articles or Failures: files, folders, gzip, by file type.

``iter_sources`` is the one entry point; it never raises for a bad file or record: each
problem becomes a ``Failure`` with a reason, and the rest goes on.
"""
from __future__ import annotations

import gzip
import io
import logging
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..model import Article, Failure
from .feeds import read_feed_bytes
from .html import html_to_article
from .ids import article_id
from .readers import check_text, decode_bytes, read_jsonl_bytes
from .tabular import ColumnMapping, read_csv_text, read_parquet_rows

__all__ = ["SUPPORTED", "count_items", "iter_files", "iter_sourced", "iter_sources"]

log = logging.getLogger(__name__)

SUPPORTED = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".csv", ".rss", ".atom", ".xml", ".parquet")
Item = Article | Failure


def _kind(path: Path) -> str:
    """File type from the name, looking through a .gz suffix."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files to read: named files as given, folders walked in sorted order."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if any(part.startswith(".") for part in child.relative_to(path).parts):
                continue
            if _kind(child) in SUPPORTED:
                yield child
            else:
                log.warning("skipping %s: not a supported type (%s)", child, ", ".join(SUPPORTED))


def _read(path: Path, max_bytes: int) -> bytes:
    """File bytes (gunzipped when .gz), refusing anything over ``max_bytes``."""
    origin = str(path)
    try:
        with open(path, "rb") as raw:
            stream = gzip.GzipFile(fileobj=raw) if path.suffix.lower() == ".gz" else raw
            data = stream.read(max_bytes + 1)
    except OSError as exc:  # also gzip.BadGzipFile
        raise InputError(f"{origin}: cannot read ({exc.strerror or exc})", reason="unreadable") from exc
    except (EOFError, zlib.error) as exc:
        raise InputError(f"{origin}: broken gzip data ({exc})", reason="malformed") from exc
    if len(data) > max_bytes:
        raise InputError(f"{origin}: over {max_bytes} bytes", reason="too-large")
    return data


def _read_file(path: Path, mapping: ColumnMapping, max_chars: int) -> Iterator[Item]:
    origin, kind = str(path), _kind(path)
    if kind not in SUPPORTED:
        raise InputError(f"{origin}: unsupported file type {kind or '(none)'!r}; supported: "
                         f"{', '.join(SUPPORTED)} (optionally .gz)", reason="unsupported")
    # JSONL/CSV hold many articles: the size cap is per record, so allow larger files
    many = kind in (".jsonl", ".ndjson", ".csv", ".rss", ".atom", ".xml", ".parquet")
    data = _read(path, max_chars * (4 if not many else 400))
    if kind in (".rss", ".atom", ".xml"):
        yield from read_feed_bytes(data, origin, max_chars)
    elif kind in (".jsonl", ".ndjson"):
        yield from read_jsonl_bytes(io.BytesIO(data), origin, max_chars)
    elif kind == ".parquet":
        yield from read_parquet_rows(data, origin, mapping, max_chars)
    elif kind == ".csv":
        yield from read_csv_text(decode_bytes(data, origin), origin, mapping, max_chars)
    elif kind in (".html", ".htm"):
        yield html_to_article(decode_bytes(data, origin), origin, max_chars=max_chars)
    else:
        text = check_text(decode_bytes(data, origin), origin, max_chars)
        yield Article(article_id(text), text)


def iter_sourced(paths: Iterable[str | Path], mapping: ColumnMapping | None = None,
                 max_chars: int = 2_000_000) -> Iterator[tuple[str, Item]]:
    """(origin file, Article or Failure) for every article in ``paths``."""
    mapping = mapping or ColumnMapping()
    for path in iter_files(paths):
        origin = str(path)
        try:
            for item in _read_file(path, mapping, max_chars):
                yield origin, item
        except InputError as exc:
            yield origin, Failure(origin, exc.reason, str(exc), source=origin)


def iter_sources(paths: Iterable[str | Path], mapping: ColumnMapping | None = None,
                 max_chars: int = 2_000_000) -> Iterator[Item]:
    """Articles or Failures from files and folders (.txt .html .jsonl .csv .parquet .rss/.atom, .gz)."""
    for _, item in iter_sourced(paths, mapping, max_chars):
        yield item


def count_items(paths: Iterable[str | Path]) -> int:
    """A cheap estimate of the number of articles (for a progress bar): lines of JSONL/CSV, 1 per file."""
    total = 0
    for path in iter_files(paths):
        if _kind(path) in (".jsonl", ".ndjson", ".csv") and path.suffix.lower() != ".gz":
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
