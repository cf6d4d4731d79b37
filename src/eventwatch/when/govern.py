"""Which time expression governs an event's trigger, read off the dependency parse.

A time expression hangs off a word (its governor): the verb of "met on Friday",
the noun of "the 1998-1999 war". It governs a trigger when the governor is on
the trigger's clause chain: the trigger itself, and what it climbs to through
xcomp ("refused to send"), conj, a relative clause's noun ("the war in which
NATO bombed"), or a nominal trigger's verb ("sent a request"). A time inside
another clause (a ccomp "said that ... in 2008", a relative clause) does not.
"""
from __future__ import annotations

from ..model import Parsed, TimeValue

__all__ = ["chain_of", "governor", "governs", "in_sentence_scope", "span_tokens"]

_CLIMB = {"xcomp", "conj", "aux", "auxpass", "acomp", "prt", "oprd"}
_NOUN_TO_VERB = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "dative"}
_CLOSED_CLAUSES = {"ccomp", "relcl", "acl", "csubj", "parataxis"}


def span_tokens(parsed: Parsed, start: int, end: int) -> list[int]:
    first = parsed.token_at(start)
    last = parsed.token_at(max(start, end - 1))
    if first is None or last is None:
        return []
    return list(range(first, last + 1))


def governor(parsed: Parsed, time: TimeValue) -> int | None:
    """The word outside the time expression that it modifies (prepositions skipped)."""
    inside = set(span_tokens(parsed, time.start, time.end))
    if not inside:
        return None
    root = next((i for i in inside if parsed.tokens[i].head not in inside or parsed.tokens[i].head == i), None)
    if root is None:
        return None
    tok = parsed.tokens[root]
    seen = set(inside)
    while tok.head != tok.i and tok.head not in seen:
        tok = parsed.tokens[tok.head]
        seen.add(tok.i)
        if tok.pos != "ADP":
            return tok.i
    return None if tok.i in inside else tok.i


def chain_of(parsed: Parsed, trigger: int) -> list[int]:
    """The trigger and the words whose time is its time (see the module docstring)."""
    chain = [trigger]
    tok = parsed.tokens[trigger]
    while tok.head != tok.i:
        head = parsed.tokens[tok.head]
        if tok.dep in _CLIMB:
            pass
        elif tok.dep in ("relcl", "acl") and head.pos in ("NOUN", "PROPN"):
            chain.append(head.i)  # "the war in which NATO bombed": the war's time
            break
        elif tok.dep in _NOUN_TO_VERB and tok.pos in ("NOUN", "PROPN") and len(chain) == 1:
            pass  # a nominal trigger takes its verb's time
        else:
            break
        chain.append(head.i)
        tok = head
    return chain


def governs(parsed: Parsed, time: TimeValue, trigger: int) -> bool:
    g = governor(parsed, time)
    return g is not None and g in chain_of(parsed, trigger)


def in_sentence_scope(parsed: Parsed, time: TimeValue, trigger: int) -> bool:
    """A time in the trigger's sentence that is not shut in another clause."""
    g = governor(parsed, time)
    if g is None or parsed.tokens[g].sent != parsed.tokens[trigger].sent:
        return False
    ancestors = set(_ancestors(parsed, trigger))
    tok = parsed.tokens[g]
    while tok.head != tok.i and tok.i not in ancestors:
        if tok.dep in _CLOSED_CLAUSES:
            return False
        tok = parsed.tokens[tok.head]
    return True


def _ancestors(parsed: Parsed, i: int) -> list[int]:
    out = [i]
    tok = parsed.tokens[i]
    while tok.head != tok.i:
        tok = parsed.tokens[tok.head]
        out.append(tok.i)
    return out
