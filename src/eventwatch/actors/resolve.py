"""Knowledge-base entries -> ``Actor`` records, with roles valid on a given day.

``resolve_at(actor_or_mention, day)`` is the public hook for later stages: it re-resolves a
person's role on another date (an event's date rather than the article's), keeping what the
text said when the knowledge base has nothing for that day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from ..model import Actor, Mention
from .codes import cameo_code, country_out, normalize_country
from .kb import Entry, Term, load

__all__ = ["entry_actor", "finalize", "person_actor", "resolve_at", "term_at"]

_ROLE_ORDER = {"HOS": 0, "HOG": 1, "IGO": 2, "FM": 3, "DEF": 4}
_IGO_BASE = {"UNO": "IGOUNO", "EUR": "IGOEUREEC"}


def term_at(entry: Entry, day: dt.date) -> Term | None:
    active = [t for t in entry.terms if t.active(day) and t.start is not None]
    return min(active, key=lambda t: _ROLE_ORDER.get(t.role, 9)) if active else None


def _igo_person_code(term: Term) -> str:
    if "NATO" in term.title:
        return "IGOWSTNAT"
    return _IGO_BASE.get(term.country, "IGO")


def person_actor(entry: Entry, day: dt.date, confidence: float = 0.9) -> Actor:
    """A known person with the office held on ``day`` (or ELI after it, no role before it)."""
    term = term_at(entry, day)
    base = dict(name=entry.name, kind="person", wikidata=entry.wikidata)
    if term is not None:
        code = _igo_person_code(term) if term.role == "IGO" else cameo_code(term.country, "GOV")
        return Actor(**base, country=term.country, sector="GOV", sectors=("GOV",), code=code,
                     title=term.title, confidence=confidence, source="kb:leaders")
    past = [t for t in entry.terms if t.end is not None and t.end < day]
    if past:
        last = max(past, key=lambda t: t.end)
        return Actor(**base, country=last.country, sector="ELI", sectors=("ELI",),
                     code=cameo_code(last.country, "ELI"), title=f"former {last.title}",
                     confidence=confidence * 0.9, source="kb:leaders")
    first = entry.terms[0] if entry.terms else None
    return Actor(**base, country=first.country if first else None, confidence=0.6, source="kb:leaders")


def plausible_on(entry: Entry, day: dt.date, years: int = 12) -> bool:
    """Is a bare name match with this office holder believable on ``day``?

    A full-name match far from any of the person's terms is more likely a namesake
    ("Ahmed Mohamed" in a 2015 school story is not a 1960s minister).
    """
    span = dt.timedelta(days=365 * years)
    return any((t.start is None or t.start - span <= day) and (t.end is None or day <= t.end + span)
               for t in entry.terms)


def entry_actor(entry: Entry, day: dt.date, confidence: float = 0.9, source: str | None = None) -> Actor:
    if entry.kind == "person":
        return person_actor(entry, day, confidence)
    sector = entry.sector
    if entry.kind == "state":  # a country, or a metonym with its own code ("the Pentagon" -> USAMIL)
        code = entry.code if entry.code and entry.code != entry.country else cameo_code(entry.country, None)
    elif entry.kind == "ethnic":
        code = cameo_code(entry.country, sector) if entry.country else None
    else:
        code = entry.code or cameo_code(entry.country, sector)
    return Actor(name=entry.name, kind=entry.kind, country=entry.country, sector=sector,
                 sectors=(sector,) if sector else (), code=code, wikidata=entry.wikidata,
                 title="religious group" if entry.religious else None, confidence=confidence,
                 source=source or entry.source)


def finalize(actor: Actor | None, min_confidence: float, kosovo_code: str) -> Actor | None:
    """Apply the confidence threshold and the Kosovo output code."""
    if actor is None:
        return None
    if actor.confidence < min_confidence:
        return Actor(name=actor.name, kind="unknown", confidence=actor.confidence, source=actor.source)
    if actor.country == "XKX":
        actor = replace(actor, country=country_out("XKX", kosovo_code))
    return actor


def resolve_at(target: Actor | Mention, day: dt.date, kosovo_code: str = "XKX") -> Actor | None:
    """The actor of ``target`` with its role on ``day`` (for events dated away from the article).

    Persons known to the knowledge base get the office they held on ``day``; a role the text
    gave is kept when the knowledge base has no office for that day. Other actors are returned
    unchanged (states, IGOs and groups do not change role with the date).
    """
    actor = target.actor if isinstance(target, Mention) else target
    if actor is None or actor.kind != "person":
        return actor
    kb = load()
    entry = kb.entries.get("P:" + actor.wikidata) if actor.wikidata else kb.find(actor.name)
    if entry is None or entry.kind != "person":
        return actor
    if term_at(entry, day) is None and actor.source and actor.source.startswith("text"):
        return actor
    fresh = person_actor(entry, day, actor.confidence)
    if fresh.country == "XKX":
        fresh = replace(fresh, country=country_out("XKX", kosovo_code))
    return fresh


def country_entry(code: str | None) -> Entry | None:
    code = normalize_country(code)
    return load().entries.get("C:" + code) if code else None


@lru_cache(maxsize=1)
def _holders() -> dict[tuple[str, str], list[tuple[Term, Entry]]]:
    out: dict[tuple[str, str], list[tuple[Term, Entry]]] = {}
    for e in load().entries.values():
        for t in e.terms:
            out.setdefault((t.country, t.role), []).append((t, e))
    return out


def holder_at(country: str, role: str, day: dt.date) -> Entry | None:
    """Who held an office (HOS, HOG, FM, DEF) of a country on ``day``, per the knowledge base."""
    active = [(t, e) for t, e in _holders().get((country, role), []) if t.start and t.active(day)]
    return max(active, key=lambda te: te[0].start)[1] if active else None
