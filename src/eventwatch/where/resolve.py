"""Pick one gazetteer entry for a place name, using the article's context, or say unknown.

Score = prior (what kind of place, how big) + context (the candidate's country is mentioned
in the article or is an actor's country, or the text says "X, <country>"). The best candidate
wins only if it clearly beats every far-away rival: "unknown" beats a wrong pin.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..model import Place
from .lookup import Candidate, Gazetteer

__all__ = ["Context", "resolve", "score"]

MARGIN = 0.75  # how far the winner must lead a rival more than NEAR_KM away
NEAR_KM = 161.0
MIN_SCORE = 2.0  # a lone small town or alternate-name match with no context support is unknown
_RESOLUTION = {"city": "city", "town": "city", "admin1": "admin1", "country": "country",
               "region": "region", "continent": "region"}


@dataclass(frozen=True)
class Context:
    countries: dict[str, float] = field(default_factory=dict)  # ISO alpha-2 -> weight (0..1]
    regions: frozenset[tuple[str, str]] = frozenset()  # (country, admin1 code) named in the article
    hint_country: str | None = None  # from "X, <country>" right after the name
    hint_admin1: str | None = None
    kosovo_code: str = "XKX"


def score(c: Candidate, ctx: Context) -> float:
    if c.kind == "country":
        s = 7.0  # a country's name means the country ("Hong Kong", "Kuwait", "Singapore")
    elif c.kind in ("continent", "region"):
        s = 5.0
    elif c.kind == "admin1":
        s = 4.5  # a province/state outranks towns named after it ("Ontario", "Florida")
    else:
        s = math.log10(c.population + 10) / 1.5 - (0.5 if c.kind == "town" else 0.0)
        s += {"PPLC": 1.5, "PPLA": 0.5}.get(c.feature, 0.0)
    if c.alternate:
        s -= 1.0
    s += 2.0 * ctx.countries.get(c.country or "", 0.0)
    if c.kind != "admin1" and (c.country, c.admin1) in ctx.regions:
        s += 1.5  # "Ontario police ... London": the London inside a region the article names
    if ctx.hint_country and c.country == ctx.hint_country:
        s += 4.0
    if ctx.hint_admin1 and c.admin1 == ctx.hint_admin1 and c.kind != "admin1":
        s += 2.0
    return s


def resolve(text: str, start: int, end: int, gaz: Gazetteer, ctx: Context) -> Place:
    candidates = _prune(gaz.candidates(text))
    if not candidates:
        return Place(text, start, end)
    ranked = sorted(candidates, key=lambda c: score(c, ctx), reverse=True)
    best, best_score = ranked[0], score(ranked[0], ctx)
    rivals = [c for c in ranked[1:] if _distance_km(best, c) > NEAR_KM]
    if best_score < MIN_SCORE or (rivals and best_score - score(rivals[0], ctx) < MARGIN):
        return _unknown(text, start, end, ranked, gaz, ctx)
    return to_place(best, text, start, end, gaz, ctx.kosovo_code)


def to_place(c: Candidate, text: str, start: int, end: int, gaz: Gazetteer, kosovo_code: str) -> Place:
    return Place(text=text, start=start, end=end, name=c.name,
                 country=gaz.alpha3(c.country, kosovo_code),
                 admin1=gaz.admin1_name(c.country, c.admin1) if c.kind in ("city", "town", "admin1") else None,
                 lat=c.lat, lon=c.lon, geonames_id=c.id if c.id > 0 else None,
                 resolution=_RESOLUTION[c.kind], feature=c.feature)


def _prune(candidates: list[Candidate]) -> list[Candidate]:
    """A region named like its seat city ("Pristina", "Mitrovica") means the city in news."""
    cities = {(c.country, c.admin1) for c in candidates if c.kind in ("city", "town")}
    return [c for c in candidates if not (c.kind == "admin1" and (c.country, c.admin1) in cities)]


def _unknown(text: str, start: int, end: int, ranked: list[Candidate], gaz: Gazetteer, ctx: Context) -> Place:
    """No pin; the country is kept only when every candidate agrees on it."""
    countries = {c.country for c in ranked}
    country = gaz.alpha3(countries.pop(), ctx.kosovo_code) if len(countries) == 1 else None
    return Place(text, start, end, name=None, country=country)


def _distance_km(a: Candidate, b: Candidate) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return 0.0 if a.id == b.id else math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
