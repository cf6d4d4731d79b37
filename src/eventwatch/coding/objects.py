"""Recipient heads below a trigger: objects, "to/against/with ..." phrases, demanded clauses.

A recipient is an actor, a place or a thing with a named owner (heads.py); a bare thing ("on
alert", "at a dinner") gives way to its "for/of" actor ("a camp for Sudanese refugees") or to
nothing. The actor's own things are not targets ("offered its troops to Lebanon", "mobilized
army reservists"). Used by frames.py.
"""
from __future__ import annotations

from ..model import Parsed, Token
from .heads import actor_like, can_be_argument, owner_of, recipient_like

__all__ = ["TO_DEPS", "child", "complement_subject", "of_object", "own_given", "prep_objects", "role_owned",
           "through_thing", "to_phrases"]

TO_DEPS = ("to", "against", "with", "on", "at", "toward", "towards", "into", "upon", "behind")


def child(parsed: Parsed, i: int, *deps: str) -> Token | None:
    for c in parsed.children(i):
        if c.dep in deps:
            return c
    return None


def prep_objects(parsed: Parsed, i: int, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in parsed.children(i):
        if c.dep in ("prep", "dative") and c.lemma.lower() in preps:
            p = child(parsed, c.i, "pobj")
            if can_be_argument(p):
                out.append(p)
        elif c.dep == "dative" and c.pos in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


def to_phrases(parsed: Parsed, i: int | None) -> list[Token]:
    """Objects of "to/against/with/on/at ..." that can be recipients: "met with Iran", not "on alert"."""
    if i is None:
        return []
    return [t for t in (through_thing(parsed, o) for o in prep_objects(parsed, i, TO_DEPS)) if t is not None]


def of_object(parsed: Parsed, n: int) -> int | None:
    """'a suspension of air links with Serbia': the 'of' noun carries the recipient phrase."""
    of = next((c for c in parsed.children(n) if c.dep == "prep" and c.lemma.lower() == "of"), None)
    obj = child(parsed, of.i, "pobj") if of is not None else None
    return obj.i if obj is not None else None


def through_thing(parsed: Parsed, t: Token) -> Token | None:
    """A recipient head: an actor, place or owned thing as is; a bare thing through its "for/of"
    phrase ("a camp for Congolese refugees" -> refugees, "the town of Cizre"); else None ("remained
    on alert")."""
    if recipient_like(parsed, t):
        return t
    for c in parsed.children(t.i):
        if c.dep == "prep" and c.lemma.lower() in ("for", "of"):
            obj = child(parsed, c.i, "pobj")
            if obj is not None and recipient_like(parsed, obj):  # "the offices of the Kurdish parties"
                return obj
    return None


def role_owned(parsed: Parsed, obj: Token) -> bool:
    """'mobilized army reservists': a unit named by a role noun is the actor's own, not a target."""
    owner = owner_of(parsed, obj) if not actor_like(obj) else None
    return owner is not None and not owner.ent_type and owner.dep == "compound"


_OWN = frozenset({"its", "their", "his", "her", "our"})


def own_given(parsed: Parsed, v: int, obj: Token) -> bool:
    """'offered its troops to Lebanon': the actor's own thing, given to someone named."""
    own = any(c.dep == "poss" and c.text.lower() in _OWN for c in parsed.children(obj.i))
    return own and bool(child(parsed, v, "dative") or prep_objects(parsed, v, ("to",)))


def complement_subject(parsed: Parsed, v: int) -> Token | None:
    """'demanded that the government end curbs', 'urged KFOR to be enlarged' -> the subject. A verb
    with a subjectless infinitive ("threatened to shell X") names its target inside that act."""
    kids = parsed.children(v)
    if any(c.dep == "xcomp" and child(parsed, c.i, "nsubj", "nsubjpass") is None for c in kids):
        return None
    for c in kids:
        if c.dep in ("ccomp", "xcomp", "acl"):  # acl: "its demand that the government release ..."
            s = child(parsed, c.i, "nsubj", "nsubjpass")
            if s is not None and s.pos != "PRON":
                return s
    return None
