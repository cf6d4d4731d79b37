"""The ``actors.kb.v1`` stage: fills ``Analysis.mentions`` (see docs/actors.md)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..model import Analysis
from ..settings import Settings
from .kb import load
from .mentions import find_mentions

__all__ = ["ActorStage", "make_stage", "reference_day"]


def reference_day(analysis: Analysis, today: dt.date) -> dt.date:
    """The day roles are resolved for: the times stage's reference date, else publication, else today."""
    ref = analysis.reference_date
    if ref is not None and ref.value:
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", ref.value)
        if m:
            year, month, day = int(m[1]), int(m[2] or 7), int(m[3] or (15 if m[2] else 1))
            try:
                return dt.date(year, month, day)
            except ValueError:
                pass
    return analysis.article.published or today


@dataclass(frozen=True)
class ActorStage:
    min_confidence: float = 0.5
    kosovo_code: str = "XKX"
    today: dt.date | None = None
    name: str = "actors.kb.v1"
    requires: tuple[str, ...] = ("parsed",)
    produces: tuple[str, ...] = ("mentions",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.parsed is None:
            return analysis
        day = reference_day(analysis, self.today or dt.date.today())
        mentions = find_mentions(analysis.parsed, analysis.article.text, day, self.min_confidence, self.kosovo_code)
        return replace(analysis, mentions=mentions)


def make_stage(settings: Settings) -> ActorStage:
    load()  # build the knowledge base once, before the first article
    return ActorStage(float(settings.actor_min_confidence), settings.kosovo_code.upper(), settings.today_date())
