"""Time: find and normalise time expressions (times.rules.v1), then date events (anchor.rules.v1).

Modules: lexicon (names, holidays), grammar (find spans), plausible (drop parts of
names), normalise + relative (TIMEX3 values), anaphora (expressions that refer back),
calendar (date arithmetic), tense (clause tense from the parse), reference (the
article's "now"), times (stage 1), govern + narrative + anchor (stage 2), meantime +
evaluate (scoring on MEANTIME). See docs/time.md.
"""
from __future__ import annotations

from ..settings import Settings
from .anchor import AnchorStage
from .times import TimesStage

__all__ = ["AnchorStage", "TimesStage", "make_anchor_stage", "make_times_stage"]


def make_times_stage(settings: Settings) -> TimesStage:
    return TimesStage(today=settings.today_date() if settings.today else None)


def make_anchor_stage(settings: Settings) -> AnchorStage:
    return AnchorStage()
