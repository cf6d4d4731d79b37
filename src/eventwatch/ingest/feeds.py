"""RSS and Atom files (feedparser): one Article per entry, text from the entry's HTML."""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from ..errors import InputError
from ..model import Article, Failure
from .html import html_to_text
from .ids import article_id
from .readers import check_text

__all__ = ["read_feed_bytes"]


def _entry_html(entry) -> str:
    for item in entry.get("content") or ():
        if item.get("value"):
            return item["value"]
    return entry.get("summary") or entry.get("description") or ""


def _entry_date(entry) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None


def _entry_text(html: str) -> str:
    # short summaries are often below trafilatura's size threshold: fall back to the plain text
    text = html_to_text(f"<html><body><article>{html}</article></body></html>") if "<" in html else None
    if text:
        return text
    import lxml.html

    return lxml.html.fromstring(html).text_content() if "<" in html else html


def read_feed_bytes(data: bytes, origin: str, max_chars: int) -> Iterator[Article | Failure]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield Failure(origin, "malformed", f"{origin}: not a readable RSS/Atom feed ({feed.bozo_exception})",
                      source=origin)
        return
    source = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        where = f"{origin}#{n}"
        try:
            text = check_text(_entry_text(_entry_html(entry)), where, max_chars)
            # content-hash ids (not feed GUIDs): the same text is the same article in every format
            yield Article(article_id(text), text, entry.get("title"), entry.get("link"),
                          _entry_date(entry), source)
        except InputError as exc:
            yield Failure(where, exc.reason, str(exc), source=origin)
