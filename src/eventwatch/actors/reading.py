"""How a knowledge-base match reads in its sentence: a mention, a modifier, a people, or nothing.

"Serbian police" (a demonym qualifying a role noun), "Serb boys" (the people), "Moscow warned"
(a capital standing for its government), "Bank of America" (part of another name: no mention).
"""
from __future__ import annotations

import datetime as dt

from ..model import Parsed
from .kb import KB, Entry
from .lexicon import HYPHEN_MODIFIERS, PEOPLE_NOUNS, POLITICAL_VERBS, ROLE_NOUNS, TITLE_WORDS
from .matcher import Match
from .resolve import term_at

__all__ = ["best_person", "hyphen_led", "hyphenated", "part_of_other_name", "reading", "role_of"]

_KIND_RANK = {"state": 0, "igo": 1, "group": 2, "ethnic": 3, "person": 4}
_METONYM_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


def hyphen_led(parsed: Parsed, m: Match) -> bool:
    toks = parsed.tokens
    return m.last + 1 < len(toks) and toks[m.last].text == "-" and toks[m.last + 1].text.lower() in HYPHEN_MODIFIERS


def hyphenated(parsed: Parsed, inside: list[Match]) -> set[int]:
    return {i for m in inside if hyphen_led(parsed, m) for i in range(m.first, m.last)}


def part_of_other_name(parsed: Parsed, m: Match) -> bool:
    """"NATO-led", "New Mexico", "Belgrade Security Conference": not a mention of the match."""
    toks = parsed.tokens
    if hyphen_led(parsed, m):
        return True
    ent = next((e for e in parsed.entities if e.first <= m.first and m.last <= e.last), None)
    if ent is None or (ent.first, ent.last) == (m.first, m.last):
        return False
    if all(n.how == "demonym" for n in m.names) and (ent.label == "NORP" or toks[m.first].pos == "ADJ"
                                                      and toks[m.first].dep == "amod" and ent.label == "PERSON"):
        return False  # "Bosnian Serbs" (sometimes tagged PERSON): the demonym qualifies the people
    if any(role_of(t) for t in toks[ent.first:ent.last] if not m.first <= t.i < m.last):
        return False  # "the U.S. Air Force": a country's body, the country stays a mention
    if ent.label in ("ORG", "FAC", "EVENT", "PRODUCT", "LAW"):
        beside = _same_name(toks, ent, m)  # "Bank of America"
    else:
        beside = [toks[i] for i in (m.first - 1, m.last) if ent.first <= i < ent.last]
    return any(t.pos == "PROPN" and t.text[:1].isupper() and t.text.lower() not in TITLE_WORDS
               and role_of(t) is None for t in beside)


def _same_name(toks, ent, m: Match) -> list:
    """Entity tokens joined to the match without punctuation in between (brackets end a name)."""
    out = []
    for step, start in ((-1, m.first - 1), (1, m.last)):
        i = start
        while ent.first <= i < ent.last and toks[i].pos != "PUNCT":
            out.append(toks[i])
            i += step
    return out


def role_of(t) -> str | None:
    return ROLE_NOUNS.get(t.lemma.lower()) or ROLE_NOUNS.get(t.text.lower())


def reading(parsed: Parsed, kb: KB, m: Match, day: dt.date):
    """(match, entry, use): use is mention, modifier (qualifies a noun only), people or None."""
    head = parsed.tokens[m.last - 1]
    hows: dict[str, set[str]] = {}
    for n in m.names:
        hows.setdefault(n.entry, set()).add(n.how)
    entries = [(kb.entries[e], h) for e, h in hows.items()]
    people = [e for e, _ in entries if e.kind == "person"]
    if people:
        return m, best_person(people, day), "mention"
    adjectival = head.dep in ("amod", "compound", "nmod") or head.pos == "ADJ"
    noun_head = parsed.tokens[head.head] if adjectival else None
    named = sorted(((e, "capital" if h <= {"capital", "demonym"} else "name") for e, h in entries
                    if h - {"demonym"}), key=lambda eh: (eh[1] == "capital", _KIND_RANK.get(eh[0].kind, 9)))
    demonym = next((e for e, h in entries if "demonym" in h), None)
    if adjectival and noun_head is not None and noun_head.lemma.lower() in PEOPLE_NOUNS:
        ethnic = next((e for e, _ in named if e.kind == "ethnic"), None) or demonym
        return m, ethnic or named[0][0], "people"
    if named and named[0][1] == "capital":
        metonym = _metonym(parsed, head, m.last)
        return m, named[0][0], "mention" if metonym else "modifier"
    if adjectival and demonym is not None and (not named or head.pos == "ADJ" or named[0][0].kind == "ethnic"):
        return m, demonym, "modifier"
    if named:
        entry = named[0][0]
        if adjectival and entry.kind == "ethnic":
            return m, entry, "modifier"
        return m, entry, "mention"
    return (m, demonym, "modifier") if demonym is not None else None


def _metonym(parsed: Parsed, head, after: int) -> bool:
    """"Belgrade rejected ...", "Moscow's envoy": a capital standing for its government."""
    toks = parsed.tokens
    if after < len(toks) and toks[after].text in ("'s", "’s"):
        owned = toks[head.head]
        return role_of(owned) is not None or owned.text.lower() in TITLE_WORDS
    return head.dep in _METONYM_DEPS and toks[head.head].lemma.lower() in POLITICAL_VERBS


def best_person(people: list[Entry], day: dt.date) -> Entry:
    active = [p for p in people if term_at(p, day) is not None]
    pool = active or people
    return max(pool, key=lambda p: max((t.start or dt.date.min) for t in p.terms) if p.terms else dt.date.min)
