"""Recipient fallbacks when the clause names no object or "to/against" phrase.

- protests and threats aim at whoever they are "against" or held out to: "to protest against
  Sweden's decision" -> Sweden; "unless Israel rescinded ..." -> Israel;
- "from" (withdraw from Chad, confiscated from armed groups, demanded support from X);
- "of" after an attack-like noun ("invasion of South Lebanon");
- a place: "in the West Bank", "in the town of Cizre".
Act nouns give way to their author ("Sweden's decision", "President Assad's failure").
"""
from __future__ import annotations

from ..model import Parsed, Token
from .heads import actor_like, can_be_argument

__all__ = ["fallback_recipient"]

_PLACES = frozenset({"GPE", "LOC"})


def _kids(parsed: Parsed, i: int, dep: str) -> list[Token]:
    return [c for c in parsed.children(i) if c.dep == dep]


def _pobj(parsed: Parsed, prep: Token) -> Token | None:
    return next(iter(_kids(parsed, prep.i, "pobj")), None)


def _author(parsed: Parsed, t: Token) -> Token:
    """'Sweden's decision' -> Sweden; 'the United States' military policies' -> United States;
    'violations by the security forces' -> forces; 'the resignation of President X' -> X."""
    if actor_like(t):
        return t
    poss = [p for p in _kids(parsed, t.i, "poss") if p.pos != "PRON"]
    if poss:
        return poss[0]
    for lemma in ("by", "of"):
        for prep in _kids(parsed, t.i, "prep"):
            obj = _pobj(parsed, prep) if prep.lemma.lower() == lemma else None
            if obj is not None and actor_like(obj):
                return obj
    return t


def _place(parsed: Parsed, t: Token) -> Token | None:
    if t.ent_type in _PLACES:
        return t
    for prep in _kids(parsed, t.i, "prep"):  # "the town of Cizre"
        obj = _pobj(parsed, prep)
        if prep.lemma.lower() == "of" and obj is not None and obj.ent_type in _PLACES:
            return obj
    return None


_CLOSED = frozenset({"relcl", "ccomp", "parataxis", "appos", "acl", "csubj"})


def _walk(parsed: Parsed, head: int, skip: set[int]) -> list[Token]:
    """Tokens of the event's own clause and its purpose/condition clauses, in text order; the
    subject, relative clauses and reported content are not entered."""
    out, stack = [], [c for c in parsed.children(head) if c.i not in skip and not c.dep.startswith("nsubj")
                      and c.dep not in _CLOSED]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in parsed.children(t.i) if c.i not in skip and c.dep not in _CLOSED)
    return sorted(out, key=lambda t: t.i)


def fallback_recipient(parsed: Parsed, head: int, noun: int | None, event_type: str,
                       actors: tuple[int, ...]) -> int | None:
    below = _walk(parsed, head, set(actors))
    h = parsed.tokens[head]
    if h.pos == "NOUN" and h.dep == "nsubj" and noun in (None, head):  # "the deployment ... arrived in Bosnia"
        below += _walk(parsed, h.head, set(actors) | {head})
    found = (_against(parsed, below, event_type) or _from(parsed, below) or _of(parsed, noun, event_type)
             or _between(parsed, below))
    if found is None:
        found = next((p for t in below if t.dep == "pobj" and parsed.tokens[t.head].lemma.lower() == "in"
                      and (p := _place(parsed, t)) is not None), None)
    return found.i if found is not None and found.i not in actors else None


def _against(parsed: Parsed, below: list[Token], event_type: str) -> Token | None:
    for t in below:
        preps = ("against", "at") if event_type == "PROTEST" else ("against",)
        if t.dep == "prep" and t.lemma.lower() in preps and (obj := _pobj(parsed, t)) is not None:
            return _author(parsed, obj)
        if t.lemma.lower() in _AIMED and t.pos == "VERB" and (event_type == "PROTEST" or t.lemma.lower() == "protest"):
            obj = next(iter(_kids(parsed, t.i, "dobj")), None)
            if obj is not None and actor_like(_author(parsed, obj)):
                return _author(parsed, obj)
        if event_type == "THREATEN" and t.dep == "advcl":
            marks = {m.lemma.lower() for m in _kids(parsed, t.i, "mark")}
            subj = next(iter(_kids(parsed, t.i, "nsubj")), None)
            if marks & {"if", "unless"} and subj is not None and subj.pos != "PRON":
                return subj  # "unless Israel rescinded ...": the threat is held out to Israel
    return None


# Verbs of a protest's purpose whose object names its target: "to demand the resignation of X".
_AIMED = frozenset({"protest", "demand", "denounce", "oppose", "condemn"})


def _between(parsed: Parsed, below: list[Token]) -> Token | None:
    """"mediation between the Emirates and Saudi Arabia": both sides (conjuncts) are recipients."""
    for t in below:
        if t.dep == "prep" and t.lemma.lower() in ("between", "among") and (obj := _pobj(parsed, t)) is not None:
            obj = _author(parsed, obj)  # "among Serbia's feuding republics" -> Serbia
            if actor_like(obj) or obj.ent_type in _PLACES:
                return obj
    return None


def _from(parsed: Parsed, below: list[Token]) -> Token | None:
    for t in below:
        if t.dep == "prep" and t.lemma.lower() == "from" and can_be_argument(obj := _pobj(parsed, t)):
            if actor_like(obj) or obj.ent_type in _PLACES:
                return obj
    return None


_ATTACK_NOUNS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _of(parsed: Parsed, noun: int | None, event_type: str) -> Token | None:
    if noun is None or event_type not in _ATTACK_NOUNS:
        return None
    for prep in _kids(parsed, noun, "prep"):
        obj = _pobj(parsed, prep)
        if prep.lemma.lower() == "of" and obj is not None and (actor_like(obj) or obj.ent_type in _PLACES):
            return obj
    return None
