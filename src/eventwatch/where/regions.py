"""Directional region phrases news uses: "the north of Kosovo", "northern Kosovo", "eastern Ukraine".

A phrase is built around a place already resolved to a country or first-level region. If our
index knows the region by name ("North Kosovo") it gets that entry's centre; otherwise it is a
region of that country with no coordinates (never the country's centroid).
"""
from __future__ import annotations

import re

from ..model import Place
from .lookup import Gazetteer
from .resolve import to_place

__all__ = ["region_phrase"]

_DIRS = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west|central"
# "... the north of " / "... the northern part of " right before the place
_OF_FORM = re.compile(rf"(?:\bthe\s+)((?:{_DIRS})(?:ern)?)\s+(?:(?:part|parts|region|regions)\s+)?of\s+(?:the\s+)?$",
                      re.IGNORECASE)
# "northern " / "north-eastern " right before the place (lower case: "North Korea" is a name)
_ADJ_FORM = re.compile(rf"\b((?:{_DIRS})ern|central)\s+$")
_LOOKBEHIND = 40


def region_phrase(text: str, place: Place, gaz: Gazetteer, kosovo_code: str) -> Place | None:
    """The region phrase ending at ``place``, or None."""
    if place.resolution not in ("country", "admin1"):
        return None
    before = text[max(0, place.start - _LOOKBEHIND):place.start]
    m = _OF_FORM.search(before) or _ADJ_FORM.search(before)
    if m is None:
        return None
    start = place.start - len(before) + m.start()
    direction = _direction(m.group(1))
    name = f"{direction} {place.name}"
    phrase = text[start:place.end]
    known = [c for c in gaz.candidates(name) + gaz.candidates(phrase) if c.kind == "region"]
    if known:
        return to_place(known[0], phrase, start, place.end, gaz, kosovo_code)
    return Place(text=phrase, start=start, end=place.end, name=name, country=place.country,
                 admin1=place.admin1 if place.resolution == "admin1" else None,
                 resolution="region", feature="RGN")


def _direction(word: str) -> str:
    word = word.lower().replace("-", "")
    if word.endswith("ern"):
        word = word[:-3]
    return word.capitalize()
