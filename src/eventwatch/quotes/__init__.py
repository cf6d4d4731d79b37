"""Quotes stage (quotes.rules.v1): quotes with speakers, cues and venues, linked to events.

It runs last: it reads the parse, the actors' mentions (when present) and the
coded events, fills ``analysis.quotes`` and adds quote ids to ``Event.quotes``.
See docs/quotes.md for what counts as a quote.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Analysis
from ..settings import Settings
from .extract import extract_quotes, quote_id
from .link import attach_to_events, link_events, link_headlines

__all__ = ["QuoteStage", "make_stage", "quote_id"]


@dataclass(frozen=True)
class QuoteStage:
    name: str = "quotes.rules.v1"
    requires: tuple[str, ...] = ("parsed", "mentions", "events")
    produces: tuple[str, ...] = ("quotes", "events")

    def __call__(self, analysis: Analysis) -> Analysis:
        quotes = link_headlines(link_events(extract_quotes(analysis), analysis.events))
        events = attach_to_events(quotes, analysis.events)
        return replace(analysis, quotes=tuple(quotes), events=events)


def make_stage(settings: Settings) -> QuoteStage:
    return QuoteStage()
