"""HTML pages: main text and metadata through trafilatura (no hand-made boilerplate rules)."""
from __future__ import annotations

import datetime as dt

from ..errors import InputError
from ..model import Article
from .ids import article_id
from .readers import check_text

__all__ = ["html_to_article", "html_to_text"]


def _extract(html: str):
    import trafilatura

    return trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                       include_tables=False, include_images=False)


def html_to_text(html: str) -> str | None:
    """Main text of an HTML page or fragment, or None when nothing readable is found."""
    doc = _extract(html)
    return doc.text if doc is not None and doc.text else None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def html_to_article(html: str, origin: str, *, max_chars: int = 2_000_000) -> Article:
    if not html.strip():
        raise InputError(f"{origin}: empty (no text)", reason="empty")
    doc = _extract(html)
    if doc is None or not doc.text:
        raise InputError(f"{origin}: no main text found in the HTML", reason="empty")
    text = check_text(doc.text, origin, max_chars)
    return Article(article_id(text), text, doc.title or None, doc.url or None, _date(doc.date),
                   doc.sitename or doc.hostname or None)
