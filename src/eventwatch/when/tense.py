"""Read tense and clause structure off the parse (plain ``Parsed`` records, no spaCy).

``direction_at`` tells the normaliser which way a partial date or a weekday
points: -1 past ("met on Friday"), +1 future ("will meet on Friday", "is due to
fly in June"), 0 unknown. ``is_pluperfect`` marks "had sent" (before the story).
"""
from __future__ import annotations

from ..model import Parsed, Token

__all__ = ["clause_verb", "direction_at", "direction_of_verb", "is_pluperfect"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# verbs whose complement happens later than the report ("expected to land in May")
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "intend", "aim", "hope", "want", "prepare",
                 "propose", "promise", "vow", "pledge", "threaten", "agree", "decide", "seek", "likely"}
_MODALS = {"should", "must", "may", "might"}  # obligation and possibility point ahead
_VERBAL = {"VERB", "AUX"}


def clause_verb(parsed: Parsed, i: int) -> Token | None:
    """The verb that heads the clause token ``i`` sits in (itself, if a verb)."""
    seen = set()
    tok = parsed.tokens[i]
    while tok.i not in seen:
        seen.add(tok.i)
        if tok.pos in _VERBAL and tok.dep not in ("aux", "auxpass"):
            return tok
        if tok.head == tok.i:
            return tok if tok.pos in _VERBAL else None
        tok = parsed.tokens[tok.head]
    return None


def _aux(parsed: Parsed, verb: Token) -> list[Token]:
    return [c for c in parsed.children(verb.i) if c.dep in ("aux", "auxpass")]


def direction_of_verb(parsed: Parsed, verb: Token) -> int:
    aux = _aux(parsed, verb)
    lemmas = {a.lemma.lower() for a in aux} | {a.text.lower() for a in aux}
    if any(a.lemma == "have" for a in aux) and lemmas & _MODALS:
        return -1  # "should have finished"
    if lemmas & (_FUTURE_AUX | _MODALS):
        return 1
    if verb.tag == "VBN" and verb.lemma.lower() in _FUTURE_HEADS and any(a.dep == "auxpass" for a in aux):
        return 1  # "is scheduled for June", "has been set for Friday" (but "had agreed on Sunday" is past)
    if verb.lemma == "go" and verb.tag == "VBG" and any(c.tag == "VB" for c in parsed.children(verb.i)):
        return 1  # "is going to announce"
    head = parsed.tokens[verb.head]
    if verb.dep == "xcomp" and head.lemma.lower() in _FUTURE_HEADS and head.i != verb.i and head.tag != "VBD":
        return 1
    if verb.tag == "VBD" or any(a.tag == "VBD" for a in aux):
        return -1
    if verb.tag == "VBN" and any(a.lemma == "have" for a in aux):
        return -1  # present perfect: done by now
    if verb.dep == "xcomp" and head.i != verb.i and head.tag == "VBD":
        return -1  # "refused to send", "began to fall"
    return 0


def direction_at(parsed: Parsed | None, char: int) -> int:
    """Tense direction of the clause around character offset ``char`` (0 when unknown)."""
    if parsed is None:
        return 0
    i = parsed.token_at(char)
    if i is None:
        return 0
    verb = clause_verb(parsed, i)
    direction = direction_of_verb(parsed, verb) if verb is not None else 0
    if direction == 0 or (direction < 0 and verb is not None and verb.tag != "VBD"):
        before = parsed.tokens[i - 1].text.lower() if i else ""
        if before in ("until", "till", "through"):
            return 1  # "closed until Friday": up to a later day
    return direction


def is_pluperfect(parsed: Parsed, verb: Token) -> bool:
    """'had sent', 'had been told': an event before the reported one."""
    if verb.tag != "VBN":
        return False
    return any(a.lemma == "have" and a.tag == "VBD" for a in _aux(parsed, verb))
