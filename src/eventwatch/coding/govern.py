"""Governors and their complements: what was asked, refused, threatened or promised.

"Serbia asked KFOR to deploy troops", "KFOR refused to send troops", "Yemen rejected a U.S.
request": the outer trigger (REQUEST, REJECT, THREATEN, AGREE) is the event; the inner one is
its content. The content gives the governor its mode (a refused deployment is REJECT, mode
assist) and, when the content is itself a request or offer, its author becomes the REJECT's
recipient. The content is not coded as an event of its own (PLOVER: code the category that
expresses it), so "refused to send troops" never yields a MOBILIZE.
"""
from __future__ import annotations

from ..model import Parsed
from .lexicon import GOVERNORS
from .triggers import Trigger

__all__ = ["complement_mode", "governed_by", "threat_mode"]

# Dependencies a complement may hang on below its governor.
_PATH_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "advcl", "acl", "nsubjpass",
                        "attr", "oprd", "conj", "relcl", "compound", "auxpass", "pcomp", "dative"})
_FIRST_PREPS = frozenset({"for", "to", "on", "of", "upon", "with", "into"})
_FIRST_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "prep", "nsubjpass", "acl", "attr", "oprd",
                         "dative"})


def _path_to(parsed: Parsed, low: int, high: int) -> list[int] | None:
    """Tokens from ``low`` up to (not including) ``high``, or None if ``high`` is no ancestor."""
    path = [low]
    j = low
    for _ in range(15):
        t = parsed.tokens[j]
        if t.head == j:
            return None
        if t.head == high:
            return path
        j = t.head
        path.append(j)
    return None


def _governs(parsed: Parsed, gov: Trigger, comp: Trigger) -> bool:
    anchor = comp.noun if comp.kind == "noun" else comp.head
    if gov.kind == "deontic":  # "... must return the helicopter": everything in the clause
        lo, hi = parsed.subtree(gov.head)
        return comp is not gov and anchor is not None and lo <= anchor < hi and comp.kind != "deontic"
    if anchor is None or anchor == gov.head or anchor in gov.tokens:
        return False
    path = _path_to(parsed, anchor, gov.head)
    if path is None:
        return False
    if any(parsed.tokens[k].dep not in _PATH_DEPS for k in path):
        return False
    first = parsed.tokens[path[-1]]
    if first.dep not in _FIRST_DEPS:
        return False
    return first.dep != "prep" or first.lemma.lower() in _FIRST_PREPS


def governed_by(parsed: Parsed, triggers: list[Trigger]) -> dict[int, int]:
    """Map: index of a complement trigger -> index of its governor (the nearest one)."""
    out: dict[int, int] = {}
    for g, gov in enumerate(triggers):
        if gov.sense.type not in GOVERNORS and gov.kind != "flip":
            continue
        for c, comp in enumerate(triggers):
            if c != g and _governs(parsed, gov, comp):
                prev = out.get(c)
                if prev is None or _depth(parsed, triggers[prev].head) < _depth(parsed, gov.head):
                    out[c] = g
    # a governor that is itself governed keeps its own complements; drop cycles
    return {c: g for c, g in out.items() if out.get(g) != c}


def _depth(parsed: Parsed, i: int) -> int:
    d = 0
    while parsed.tokens[i].head != i and d < 30:
        i = parsed.tokens[i].head
        d += 1
    return d


_ASSIST = frozenset({"AID", "COOPERATE", "MOBILIZE", "SUPPORT"})
_YIELD = frozenset({"RETREAT", "CONCEDE"})


def complement_mode(comp_type: str | None, comp_mode: str | None = None) -> str:
    """REQUEST/REJECT mode from what is asked or refused."""
    if comp_type in ("REQUEST", "REJECT") and comp_mode:
        return comp_mode
    if comp_type in _ASSIST:
        return "assist"
    if comp_type in _YIELD:
        return "yield"
    if comp_type in ("CONSULT", "AGREE"):
        return "meet"
    return "change"


_THREAT = {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence", "MOBILIZE": "violence",
           "PROTEST": "restrict", "RETREAT": "relations", "REJECT": "relations"}
_COERCE_THREAT = {"arrest": "arrest", "deport": "expel", "curfew": "restrict"}


def threat_mode(comp_type: str | None, comp_mode: str | None) -> str | None:
    if comp_type == "SANCTION" and comp_mode == "expel":
        return "expel"
    if comp_type == "COERCE" and comp_mode in _COERCE_THREAT:
        return _COERCE_THREAT[comp_mode]
    return _THREAT.get(comp_type or "")
