"""The normalised value of one time expression, and small helpers the rules share."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import NUMBERS

__all__ = ["Norm", "number", "step", "words"]


@dataclass(frozen=True, slots=True)
class Norm:
    value: str | None
    granularity: str
    type: str = "DATE"
    source: str = "explicit"
    reason: str = ""


def words(s: str) -> str:
    return " ".join(s.lower().split())


def number(raw: str) -> int | None:
    raw = words(raw)
    return int(raw) if raw.isdigit() else NUMBERS.get(raw)


def step(rel: str) -> int:
    """-1 for last/past/previous, +1 for next/coming/following, 0 for this/current."""
    rel = words(rel).removeprefix("the ")
    rel = "past" if rel == "this past" else rel
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
