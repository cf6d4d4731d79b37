"""Basic readers: plain text files and JSONL corpora.

Each reader yields ``Article`` or ``Failure`` records, never raises for one bad
item, and never drops anything silently.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import IO, Iterator

from ..errors import InputError
from ..model import Article, Failure
from .ids import article_id

__all__ = ["check_text", "decode_bytes", "parse_date", "read_jsonl", "read_jsonl_bytes", "read_text", "record_to_article"]


def decode_bytes(data: bytes, origin: str) -> str:
    """UTF-8 text (BOM tolerated) or a clear error for binary / other encodings."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: looks binary (NUL bytes)", reason="binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not valid UTF-8 ({exc.reason} at byte {exc.start})",
                         reason="encoding") from exc


def _encodable(text: str) -> bool:
    """False for strings with lone surrogates (JSON "\\ud800" escapes): the store cannot hold them."""
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def check_text(text: str, origin: str, max_chars: int) -> str:
    """Reject empty and over-long texts with a clear, per-file reason."""
    if not isinstance(text, str):  # e.g. a Parquet text column of numbers or lists
        raise InputError(f"{origin}: the text is a {type(text).__name__}, not a string", reason="malformed")
    if not _encodable(text):
        raise InputError(f"{origin}: text is not valid Unicode (lone surrogate)", reason="encoding")
    if not text.strip():
        raise InputError(f"{origin}: empty (no text)", reason="empty")
    if len(text) > max_chars:
        raise InputError(f"{origin}: {len(text)} characters is over max_chars={max_chars}", reason="too-large")
    return text


def parse_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise InputError(f"bad publication date {value!r}: expected YYYY-MM-DD", reason="malformed") from exc


def read_text(path: str | Path | None, *, stream: IO[bytes] | None = None, published: dt.date | None = None,
              max_bytes: int = 8_000_000) -> Article:
    """One article from a text file (or a byte stream such as stdin)."""
    origin = str(path) if path else "<stdin>"
    try:
        data = stream.read(max_bytes + 1) if stream is not None else Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{origin}: cannot read ({exc.strerror})", reason="unreadable") from exc
    if len(data) > max_bytes:
        raise InputError(f"{origin}: over {max_bytes} bytes", reason="too-large")
    text = decode_bytes(data, origin)
    return Article(article_id(text), text, None, None, published, None)


def record_to_article(record: object, origin: str) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"{origin}: expected a JSON object", reason="malformed")
    if any(isinstance(v, str) and not _encodable(v) for v in record.values()):
        raise InputError(f"{origin}: a field is not valid Unicode (lone surrogate)", reason="encoding")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{origin}: missing or non-string 'text'", reason="malformed")
    rid = record.get("id")
    published = parse_date(record.get("published") or record.get("date"))
    title = record.get("title")
    return Article(str(rid) if rid not in (None, "") else article_id(text), text,
                   title if isinstance(title, str) else None,
                   record.get("url") if isinstance(record.get("url"), str) else None,
                   published, record.get("source") if isinstance(record.get("source"), str) else None)


def read_jsonl(path: str | Path, max_chars: int = 2_000_000) -> Iterator[Article | Failure]:
    origin = str(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Failure(origin, "unreadable", f"{origin}: cannot read ({exc.strerror})", source=origin)
        return
    with handle:
        yield from read_jsonl_bytes(handle, origin, max_chars)


def read_jsonl_bytes(handle: IO[bytes], origin: str, max_chars: int = 2_000_000) -> Iterator[Article | Failure]:
    """One Article per JSON line of ``handle``; a bad line becomes a Failure and the rest goes on."""
    for n, raw in enumerate(handle, 1):
        where = f"{origin}:{n}"
        if not raw.strip():
            continue
        try:
            record = json.loads(decode_bytes(raw, where))
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                check_text(record["text"], where, max_chars)
            yield record_to_article(record, where)
        except json.JSONDecodeError as exc:
            yield Failure(where, "malformed", f"{where}: bad JSON ({exc.msg})", source=origin)
        except InputError as exc:
            yield Failure(where, exc.reason, str(exc), source=origin)
        except (RecursionError, ValueError) as exc:  # nesting too deep, integers too long for Python
            yield Failure(where, "malformed", f"{where}: unreadable JSON ({type(exc).__name__})", source=origin)
