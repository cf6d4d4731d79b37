"""The public Python API; the CLI and the HTTP API are thin layers over it."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterable, Iterator

from .model import Analysis, Article, Event, Failure
from .pipeline import Pipeline
from .settings import Settings

__all__ = ["analyze", "analyze_many", "code", "get_pipeline", "make_article"]


@lru_cache(maxsize=8)
def get_pipeline(settings: Settings | None = None) -> Pipeline:
    return Pipeline.from_settings(settings or Settings())


def make_article(text: str, *, id: str | None = None, title: str | None = None, url: str | None = None,
                 published: dt.date | str | None = None, source: str | None = None) -> Article:
    """An Article with a deterministic id (content hash) when none is given."""
    from .ingest.ids import article_id

    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    return Article(id or article_id(text), text, title, url, published, source)


def analyze(article: Article | str, settings: Settings | None = None, **meta) -> Analysis:
    if isinstance(article, str):
        article = make_article(article, **meta)
    return get_pipeline(settings).analyze(article)


def analyze_many(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[Analysis | Failure]:
    return get_pipeline(settings).run(articles)


def code(article: Article | str, settings: Settings | None = None, **meta) -> tuple[Event, ...]:
    return analyze(article, settings, **meta).events
