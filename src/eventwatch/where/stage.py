"""places.gazetteer.v1: find place mentions and resolve them with the article's context."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..model import Analysis, Place
from ..settings import Settings
from .lookup import Gazetteer, gazetteer
from .regions import region_phrase
from .resolve import Context, resolve
from .spot import Span, spot

__all__ = ["PlacesStage", "find_places"]

ACTOR_WEIGHT = 0.5  # an actor's country is weaker context than a country named as a place
CITY_WEIGHT = 0.5  # the country of a city resolved without context


@dataclass(frozen=True)
class PlacesStage:
    kosovo_code: str = "XKX"
    name: str = "places.gazetteer.v1"
    requires: tuple[str, ...] = ("parsed",)
    produces: tuple[str, ...] = ("places",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.parsed is None:
            return analysis
        return replace(analysis, places=find_places(analysis, gazetteer(), self.kosovo_code))


def find_places(analysis: Analysis, gaz: Gazetteer, kosovo_code: str = "XKX") -> tuple[Place, ...]:
    text = analysis.article.text
    spans = spot(text, analysis.parsed, gaz)
    first = [resolve(s.text, s.start, s.end, gaz, Context(kosovo_code=kosovo_code)) for s in spans]
    countries = _context_countries(first, analysis, gaz)
    places: list[Place] = []
    for i, span in enumerate(spans):
        ctx = Context(countries=countries, kosovo_code=kosovo_code, **_hint(text, spans, first, i, gaz))
        place = resolve(span.text, span.start, span.end, gaz, ctx)
        region = region_phrase(text, place, gaz, kosovo_code)
        if region is not None:
            places.append(region)
        places.append(place)
    return tuple(places)


def _context_countries(first: list[Place], analysis: Analysis, gaz: Gazetteer) -> dict[str, float]:
    """Countries the article is about: named ones, countries of clear cities, actors' countries."""
    weights: dict[str, float] = {}
    for m in analysis.mentions:
        iso2 = gaz.alpha2(m.actor.country) if m.actor else None
        if iso2:
            weights[iso2] = ACTOR_WEIGHT
    cities = Counter(gaz.alpha2(p.country) for p in first if p.resolution in ("city", "admin1"))
    for iso2 in cities:
        if iso2:
            weights[iso2] = max(weights.get(iso2, 0.0), CITY_WEIGHT)
    for p in first:
        iso2 = gaz.alpha2(p.country)
        if p.resolution == "country" and iso2:
            weights[iso2] = 1.0
    for title_place in _title_countries(analysis, gaz):
        weights[title_place] = 1.0
    return weights


def _title_countries(analysis: Analysis, gaz: Gazetteer) -> set[str]:
    """Country names in the title (no parse of it: a plain word scan is enough here)."""
    title = analysis.article.title or ""
    words = title.replace(",", " ").replace(":", " ").split()
    found = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            for c in gaz.candidates(" ".join(words[i:i + n])):
                if c.kind == "country" and not c.alternate and words[i][:1].isupper():
                    found.add(c.country)
    return found


def _hint(text: str, spans: list[Span], first: list[Place], i: int, gaz: Gazetteer) -> dict:
    """'Mitrovica, Kosovo' / 'Springfield, Illinois': the name after the comma narrows it down."""
    nxt = i + 1
    if nxt >= len(spans) or text[spans[i].end:spans[nxt].start] != ", ":
        return {}
    after = first[nxt]
    if after.resolution == "country":
        return {"hint_country": gaz.alpha2(after.country)}
    if after.resolution == "admin1":
        code = _admin1_code(gaz, after)
        return {"hint_country": gaz.alpha2(after.country), "hint_admin1": code}
    return {}


def _admin1_code(gaz: Gazetteer, place: Place) -> str | None:
    for c in gaz.candidates(place.name or ""):
        if c.id == place.geonames_id:
            return c.admin1
    return None


def make_stage(settings: Settings) -> PlacesStage:
    return PlacesStage(kosovo_code=settings.kosovo_code)
