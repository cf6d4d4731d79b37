"""Placeholder stage (pass-through) until the real one lands."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis
from ..settings import Settings


@dataclass(frozen=True)
class _Stage:
    name: str = "places.gazetteer.v1"
    requires: tuple[str, ...] = ("parsed",)
    produces: tuple[str, ...] = ("places",)

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis


def make_stage(settings: Settings) -> _Stage:
    return _Stage()


def make_locate_stage(settings: Settings) -> _Stage:
    return _Stage(name="locate.rules.v1", produces=("events",))
