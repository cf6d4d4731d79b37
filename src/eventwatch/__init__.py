"""eventwatch: news articles in, trustworthy political event data out.

The public API (the CLI and the HTTP API are thin layers over it)::

    import eventwatch
    events = eventwatch.code("Serbia's president accused ...", published="2023-01-09")
    analysis = eventwatch.analyze(article)
"""
from __future__ import annotations

from .api import analyze, analyze_many, code, get_pipeline, make_article
from .errors import (ConfigError, EventwatchError, IngestError, InputError, StageError,
                     StoreError)
from .model import (Actor, Analysis, Article, Event, EventDate, Evidence, Failure, Mention, Place,
                    Quote, TimeValue)
from .records import analysis_record, event_record
from .settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = sorted([
    "Actor", "Analysis", "Article", "ConfigError", "Event", "EventDate", "EventwatchError",
    "Evidence", "Failure", "IngestError", "InputError", "Mention", "Place", "Quote", "Settings",
    "StageError", "StoreError", "TimeValue", "analysis_record", "analyze", "analyze_many", "code",
    "event_record", "get_pipeline", "load_settings", "make_article",
])
