"""Where it was said: "told Pink TV", "in an interview with Die Welt", "said on Twitter".

The venue is the outlet's name (an entity inside the object when there is one),
mapped to its canonical name by the actors' outlet list when it knows it, else
kept as written.
"""
from __future__ import annotations

from ..model import Parsed

__all__ = ["find_venue"]

_OBJECT_DEPS = ("dobj", "dative", "iobj")
_OUTLET_LABELS = ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC")
# generic words after an outlet's name: "Pink TV channel" -> "Pink TV"
_GENERIC = {"channel", "newspaper", "broadcaster", "daily", "weekly", "magazine", "agency", "station",
            "network", "outlet", "radio", "television", "website", "paper"}
_SETTING_NOUNS = {"interview", "broadcast", "programme", "program", "show", "podcast", "op-ed", "column", "article"}


def find_venue(parsed: Parsed, text: str, cue: int) -> str | None:
    """The venue's name: the outlet's canonical name when the actors' outlet list knows it."""
    raw = _raw_venue(parsed, text, cue)
    return _canonical(raw) if raw else None


def _canonical(raw: str) -> str:
    try:
        from ..actors import outlet
    except ImportError:  # the actors package is optional for quotes
        return raw
    found = outlet(raw)
    return found.name if found is not None else raw


def _raw_venue(parsed: Parsed, text: str, cue: int) -> str | None:
    tok = parsed.tokens[cue]
    if tok.text.lower() == "according":
        return None
    if tok.lemma.lower() == "tell":
        for child in parsed.children(cue):
            if child.dep in _OBJECT_DEPS:
                return _name_in(parsed, text, child.i)
    for child in parsed.children(cue):
        if child.dep == "prep" and child.text.lower() in ("in", "on", "to"):
            venue = _venue_of_prep(parsed, text, child.i)
            if venue:
                return venue
    return None


def _venue_of_prep(parsed: Parsed, text: str, prep: int) -> str | None:
    for obj in parsed.children(prep):
        if obj.dep != "pobj":
            continue
        if obj.lemma.lower() in _SETTING_NOUNS:  # "in an interview with/on/to X"
            for sub in parsed.children(obj.i):
                if sub.dep == "prep" and sub.text.lower() in ("with", "on", "to", "for"):
                    for inner in parsed.children(sub.i):
                        if inner.dep == "pobj":
                            return _name_in(parsed, text, inner.i)
            return None
        if parsed.tokens[prep].text.lower() in ("on", "to"):
            ent = _entity_covering(parsed, obj.i)
            return ent
    return None


def _entity_covering(parsed: Parsed, i: int) -> str | None:
    for ent in parsed.entities:
        if ent.first <= i < ent.last and ent.label in _OUTLET_LABELS:
            return ent.text
    return None


def _name_in(parsed: Parsed, text: str, head: int) -> str | None:
    """An outlet entity inside the object phrase, else its proper-noun phrase; an audience
    ("told reporters", "told the crowd") is no venue."""
    first, last = parsed.subtree(head)
    inside = [e for e in parsed.entities if e.first >= first and e.last <= last and e.label in _OUTLET_LABELS]
    if inside:  # "Serbian Pink TV channel": the outlet, not the nationality
        return min(inside, key=lambda e: (_OUTLET_LABELS.index(e.label), e.start)).text
    first = min([c.i for c in parsed.children(head) if c.i < head and c.dep == "compound"] + [head])
    while first < head and parsed.tokens[first].ent_type in ("NORP", "GPE"):
        first += 1  # "Serbian Pink TV": the nationality is not part of the outlet's name
    last = head + 1
    if not any(t.pos == "PROPN" for t in parsed.tokens[first:last]):
        return None
    if last - first > 1 and parsed.tokens[head].lemma.lower() in _GENERIC:
        last -= 1
    return text[parsed.tokens[first].start:parsed.tokens[last - 1].end]
