"""Actor resolution (stage ``actors.kb.v1``): who each mention is, on the day that matters.

Public API:
    make_stage(settings)            the pipeline stage (fills ``Analysis.mentions``)
    find_mentions(parsed, text, day, min_confidence, kosovo_code)
    resolve_at(actor_or_mention, day, kosovo_code="XKX")   re-resolve a person's role on a date
    kb.load(), kb.outlet(name)      the shipped knowledge base and the news-outlet lookup
See docs/actors.md.
"""
from __future__ import annotations

from . import kb
from .kb import outlet
from .mentions import find_mentions
from .resolve import resolve_at
from .stage import ActorStage, make_stage, reference_day

__all__ = ["ActorStage", "find_mentions", "kb", "make_stage", "outlet", "reference_day", "resolve_at"]
