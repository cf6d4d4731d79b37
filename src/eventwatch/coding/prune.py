"""Precision: drop candidates that are no event of their own in the sentence.

Three kinds, each a place where a sentence names a happening without reporting it:
- an event noun nested in another trigger's phrase ("gave Ivory Coast 5 million dollars of aid",
  "signed a treaty of friendship and cooperation"): the outer trigger is the event;
- an event word with neither actor nor recipient, hanging as background on a sentence that
  reports an actor's act ("agreed to a ceasefire after two days of fighting", "following the
  invasions of Dagestan", "the resolution approving their mandate");
- a participle used as an adjective ("alleged war crimes", "the proposed changes", "the banned
  movement"): it names a thing;
- the purpose of another act ("telephoned X to discuss ...", "used tear gas to disperse ..."):
  the purpose is not a second event, and it was never asserted.

Actor-less events otherwise stay (an actor-less "a clash broke out" still locates and dates a
happening, and may merge with a later mention that names the sides) but with low confidence:
see ``ACTORLESS_CAP``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Parsed

if TYPE_CHECKING:
    from .build import Candidate

__all__ = ["ACTORLESS_CAP", "prune"]

# Confidence ceiling for an event with neither actor nor recipient: below any event that names
# a side, and below the usual downstream threshold of 0.5.
ACTORLESS_CAP = 0.3
_OBJ = ("dobj", "obj", "dative", "attr", "oprd")


def _inside(parsed: Parsed, i: int, root: int) -> bool:
    lo, hi = parsed.subtree(root)
    return lo <= i < hi and i != root


def _nested(parsed: Parsed, c: "Candidate", others: list["Candidate"]) -> bool:
    """The noun sits in the object of a verb trigger or in the phrase of a nominal trigger."""
    i = c.trigger.head
    for o in others:
        if o.trigger.kind == "noun" or o.trigger.noun is not None and o.trigger.kind != "flip":
            anchor = o.trigger.noun if o.trigger.noun is not None else o.trigger.head
            if _inside(parsed, i, anchor):
                return True
        if o.trigger.kind != "noun":
            objs = [k.i for k in parsed.children(o.trigger.head) if k.dep in _OBJ]
            if any(i == j or _inside(parsed, i, j) for j in objs):
                return True
    return False


def _purpose(parsed: Parsed, c: "Candidate", heads: set[int]) -> bool:
    """A hypothetical "to ..." clause hanging on another trigger's verb."""
    t = parsed.tokens[c.trigger.head]
    if c.trigger.kind == "noun" or c.event.asserted or t.dep not in ("advcl", "xcomp"):
        return False
    to = any(k.dep == "aux" and k.tag == "TO" for k in parsed.children(t.i))
    return to and t.head in heads


def prune(parsed: Parsed, cands: list["Candidate"]) -> list["Candidate"]:
    anchored = any(c.event.actor_text for c in cands if c.trigger.kind != "noun")
    heads = {c.trigger.head for c in cands if c.event.asserted and c.trigger.kind != "noun"}
    out = []
    for c in cands:
        others = [o for o in cands if o is not c]
        noun = c.trigger.kind == "noun"
        if noun and not c.event.actor_text and _nested(parsed, c, others):
            continue
        if not c.event.actor_text and not c.event.recipient_text and anchored and c.trigger.kind in ("noun", "verb"):
            continue
        if _purpose(parsed, c, heads):
            continue
        if c.trigger.kind == "verb" and parsed.tokens[c.trigger.head].dep == "amod":
            continue  # a participle naming a thing: "alleged crimes", "the banned party", "a UN-brokered deal"
        out.append(c)
    return out
