"""places.gazetteer.v1: find place mentions and resolve them with the article's context."""
from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from ..model import Analysis, Place
from ..settings import Settings
from .lookup import Gazetteer, gazetteer
from .names import normalize
from .regions import region_phrase
from .resolve import Context, resolve
from .spot import Span, spot

__all__ = ["PlacesStage", "find_places"]

SPELLING_SIMILARITY = 88  # rapidfuzz ratio for "Magnitigorsk" ~ "Magnitogorsk" in one article
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
    regions = frozenset((gaz.alpha2(p.country), _admin1_code(gaz, p)) for p in first if p.resolution == "admin1")
    resolved = [resolve(s.text, s.start, s.end, gaz,
                        Context(countries=countries, regions=regions, kosovo_code=kosovo_code,
                                **_hint(text, spans, first, i, gaz)))
                for i, s in enumerate(spans)]
    places: list[Place] = []
    for place in _one_sense(resolved):
        region = region_phrase(text, place, gaz, kosovo_code)
        if region is not None:
            places.append(region)
        places.append(place)
    return tuple(places)


def _one_sense(places: list[Place]) -> list[Place]:
    """A name keeps one meaning in one article; a misspelling of a name found there takes it too."""
    known: dict[str, Place] = {}
    for p in places:
        if p.resolution != "unknown":
            known.setdefault(normalize(p.text), p)
    out = []
    for p in places:
        if p.resolution == "unknown":
            key = normalize(p.text)
            same = known.get(key) or _similar(key, known)
            if same is not None:
                p = replace(same, text=p.text, start=p.start, end=p.end)
        out.append(p)
    return out


def _similar(key: str, known: dict[str, Place]) -> Place | None:
    if len(key) < 6:
        return None
    best = max(known, key=lambda k: fuzz.ratio(key, k), default=None)
    return known[best] if best is not None and fuzz.ratio(key, best) >= SPELLING_SIMILARITY else None


def _context_countries(first: list[Place], analysis: Analysis, gaz: Gazetteer) -> dict[str, float]:
    """Countries the article is about: named ones, countries of clear cities, actors' countries."""
    weights: dict[str, float] = {}
    for m in analysis.mentions:
        iso2 = gaz.alpha2(m.actor.country) if m.actor else None
        if iso2:
            weights[iso2] = ACTOR_WEIGHT
    for p in first:
        iso2 = gaz.alpha2(p.country)
        if iso2 and p.resolution in ("city", "admin1"):
            # a first-level region is as telling as the country's name ("Dover, England")
            weight = 1.0 if p.resolution == "admin1" else CITY_WEIGHT
            weights[iso2] = max(weights.get(iso2, 0.0), weight)
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
