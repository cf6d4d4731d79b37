"""Placeholder stages (pass-through) until the real ones land."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis
from ..settings import Settings


@dataclass(frozen=True)
class _Stage:
    name: str
    requires: tuple[str, ...] = ("parsed",)
    produces: tuple[str, ...] = ()

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis


def make_times_stage(settings: Settings) -> _Stage:
    return _Stage("times.rules.v1")


def make_anchor_stage(settings: Settings) -> _Stage:
    return _Stage("anchor.rules.v1")
