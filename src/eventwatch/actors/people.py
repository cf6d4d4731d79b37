"""Actors for people and role nouns: text roles first, then the knowledge base on the day."""
from __future__ import annotations

import datetime as dt

from ..model import Actor
from .codes import cameo_code
from .kb import KB, Entry, fold
from .nominals import Nominal
from .resolve import entry_actor, holder_at, person_actor, term_at
from .roles import TextRole

__all__ = ["leader_country", "leftover_actor", "nominal_actor", "office_country", "person_with_role", "unknown_person"]

_STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
# singular role nouns that name one office holder ("the Serbian president")
_OFFICE_ROLE = {"president": "HOS", "prime minister": "HOG", "premier": "HOG", "chancellor": "HOG",
                "foreign minister": "FM", "defence minister": "DEF", "defense minister": "DEF"}


def _owner(kb: KB, role: TextRole | Nominal) -> Entry | None:
    mod = role.modifier
    return kb.entries.get(mod.entry) if mod is not None else None


def person_with_role(kb: KB, entry: Entry | None, name: str, role: TextRole, day: dt.date) -> Actor:
    """A named person whose title the text gives; the text's country and sector win."""
    owner = _owner(kb, role)
    known = person_actor(entry, day) if entry is not None else None
    if owner is not None and owner.kind == "igo":
        country, base, where = owner.country, owner.code, owner.name
    elif owner is not None and owner.country:
        state = owner if owner.kind == "group" else kb.entries.get("C:" + owner.country, owner)
        country, base, where = owner.country, None, state.name
    else:
        country, base, where = (known.country if known else None), None, None
    if known is not None and known.title and known.country == country and role.office.lower() in known.title.lower():
        title = known.title  # the KB's wording of the same office ("President of the United States")
    elif where:
        title = f"{role.office} of {_the(where)}"
    else:
        title = role.office
    if role.former:
        title = f"former {title}"
    sector = role.sector
    if owner is not None and owner.kind == "group" and owner.sector and not role.former:
        sector = owner.sector  # "Hamas leader X": the group's sector, not a government's
    return Actor(name=entry.name if entry else name, kind="person", country=country, sector=sector,
                 sectors=(sector,), code=cameo_code(country, sector, base),
                 wikidata=entry.wikidata if entry else None, title=title, confidence=0.95,
                 source="text+kb:leaders" if entry else "text")


def unknown_person(kb: KB, name: str, day: dt.date) -> tuple[Actor, str]:
    """A PERSON the knowledge base does not know by full name: try a unique surname in office."""
    words = name.split()
    ids = set(kb.surnames.get(fold(words[-1]), [])) if words else set()
    active = {i for i in ids if term_at(kb.entries[i], day) is not None}
    if len(active) == 1 and len(ids) <= 3 and (len(words) == 1 or fold(kb.entries[next(iter(active))].name).endswith(fold(name))):
        return person_actor(kb.entries[active.pop()], day, 0.7), "surname"
    return Actor(name=name, kind="person", confidence=0.6, source="ner"), "ner"


def office_country(kb: KB, name: str, office: str) -> str | None:
    """The one country whose KB holders of ``office`` carry this surname ("President Reagan" -> USA).

    Any date: the text's title already says the person holds or held the office; a surname
    shared by holders of several countries gives nothing."""
    words = name.split()
    if not words:
        return None
    office = office.lower().removeprefix("former ")
    countries = {t.country for i in kb.surnames.get(fold(words[-1]), ()) for t in kb.entries[i].terms
                 if office in t.title.lower() and fold(kb.entries[i].name).endswith(fold(name))}
    return countries.pop() if len(countries) == 1 else None


def leader_country(kb: KB, name: str) -> str | None:
    """Country of the heads of state/government with this surname, if only one ("Bush administration")."""
    words = name.split()
    holders: dict[str, int] = {}
    for i in kb.surnames.get(fold(words[-1]), ()) if words else ():
        for c in {t.country for t in kb.entries[i].terms if t.role in ("HOS", "HOG")}:
            holders[c] = holders.get(c, 0) + 1
    ranked = sorted(holders.items(), key=lambda kv: -kv[1])
    # the country most of the namesakes led, if they outnumber all others together
    return ranked[0][0] if ranked and ranked[0][1] > sum(n for _, n in ranked[1:]) else None


def nominal_actor(kb: KB, n: Nominal, noun: str, day: dt.date, context_country: str | None,
                  surface: str = "") -> Actor:
    """Actor of a role noun from its modifier (country or IGO), else from the article context."""
    owner = _owner(kb, n)
    if owner is not None and owner.kind == "igo" and owner.sector == n.sector:
        return entry_actor(owner, day, 0.85, "text+kb:igos")  # "the KFOR force", "NATO's mission"
    if owner is not None and owner.kind == "igo":
        return Actor(name=f"{owner.name} {noun}", kind="igo", country=owner.country, sector=n.sector,
                     sectors=(n.sector,), code=cameo_code(None, n.sector, owner.code), confidence=0.85,
                     source="text+kb:igos")
    country = owner.country if owner is not None else None
    confidence, source = (0.85, "text") if country else (0.6, "context")
    if owner is not None and owner.kind in ("ethnic", "group") and n.sector in _STATE_SECTORS:
        confidence = 0.7  # "Serb police" names an ethnicity, the state is a guess
    if country is None and n.sector in _STATE_SECTORS:
        country = context_country
        confidence = 0.6 if country else 0.4
    elif country is None and context_country:
        country = context_country  # "rebels", "refugees" in an article about one state: that state's
        confidence = 0.6
    office = _OFFICE_ROLE.get(noun.lower())
    if office and not n.plural and country:
        holder = holder_at(country, office, day)
        if holder is not None:
            return entry_actor(holder, day, confidence * 0.9, "kb:leaders(title)")
    state = kb.entries.get("C:" + country) if country else None
    where = state.name if state else country
    kind = "person" if office and not n.plural else "state" if n.sector in _STATE_SECTORS and country else "group"
    name = f"{noun[:1].upper()}{noun[1:]} of {_the(where)}" if where else noun
    if n.proper and surface and noun not in ("government", "administration", "cabinet"):
        # an institution's own name: "Kosovo Police", "United States Air Force"
        name = surface if owner is not None or not where else f"{where} {surface}"
    if country is None and n.sector not in _STATE_SECTORS:
        confidence = 0.6
    return Actor(name=name, kind=kind, country=country, sector=n.sector, sectors=(n.sector,),
                 code=cameo_code(country, n.sector) if country else n.sector, confidence=confidence,
                 title=name if kind == "person" else None, source=source)


def leftover_actor(kb: KB, label: str, words: str, tag: str) -> Actor | None:
    """Actor of an NER span no name, title or role noun explained (None for places)."""
    if label == "ORG":
        outlet = kb.outlet(words)
        if outlet is not None:
            return Actor(name=outlet.name, kind="group", country=outlet.country, sector="JRN", sectors=("JRN",),
                         code=cameo_code(outlet.country, "JRN"), confidence=0.8, source="kb:outlets")
        return Actor(name=words, kind="unknown", confidence=0.3, source="ner")
    if label == "NORP" and tag in ("NNS", "NNPS") and words.endswith("s"):
        key = fold(words[:-1])
        for n in kb.candidates(key):
            if n.tokens == (key,) and n.how == "demonym":
                e = kb.entries[n.entry]
                return Actor(name=words, kind="ethnic", country=e.country, sector="CVL", sectors=("CVL",),
                             code=cameo_code(e.country, "CVL"), confidence=0.75, source="kb:demonym")
    return None


def _the(country: str) -> str:
    """"the United States", "the Netherlands", "the Czech Republic"; plain "Serbia"."""
    plural = country.endswith("s") and not country.endswith(("ss", "us"))
    return f"the {country}" if country.startswith("United ") or "Republic" in country or plural else country
