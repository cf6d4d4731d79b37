"""Nominal actors: role nouns with their country ("Serbian police" -> SRB COP, "the government").

The head noun gives the sector; a country or IGO among its modifiers (adjective, compound,
possessive, "of"-phrase) gives the country, and is absorbed into the mention (no separate
"Serbian" mention). Conjuncts share a country ("Serbian troops and police").
"""
from __future__ import annotations

from ..model import Parsed, Token
from ._draft import Draft, Modifier
from .lexicon import ROLE_NOUNS

__all__ = ["Nominal", "find_nominals"]

# nouns too vague to be an actor without a country, IGO or role compound in front of them
_WEAK = frozenset({"state", "force", "forces", "mission", "party", "union", "company", "business", "media",
                   "church", "leader", "leadership", "personnel", "officer", "guard", "general", "commander",
                   "administration", "presidency", "assembly", "court", "deputy", "worker", "student",
                   "teacher", "doctor", "farmer", "citizen", "resident", "crowd", "spy",
                   "intelligence", "minister", "president", "premier", "envoy", "ambassador", "spokesman",
                   "spokeswoman", "spokesperson", "criminal", "gang", "businessman", "priest", "cleric",
                   "journalist", "reporter", "villager", "migrant", "union", "marine", "chief"})
_MOD_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
_PLURAL_MASS = {"police", "military", "army", "government", "authorities", "opposition", "media", "clergy"}


class Nominal(Draft):
    """A Draft for a role noun, with what the stage needs to build its actor."""

    sector: str = ""
    modifier: Modifier | None = None
    head: int = -1
    proper: bool = False  # "the Air Force", "Kosovo Police": an institution's own name


def _key(t: Token) -> str:
    return t.lemma.lower() if t.lemma.lower() in ROLE_NOUNS else t.text.lower()


def _sector(parsed: Parsed, i: int) -> tuple[str | None, int]:
    """Sector of the noun phrase headed by token ``i`` and the leftmost role word it used."""
    toks = parsed.tokens
    if i > 0 and toks[i - 1].head == i:
        pair = f"{toks[i - 1].text.lower()} {toks[i].text.lower()}"
        if pair in ROLE_NOUNS:
            return ROLE_NOUNS[pair], i - 1
    key = _key(toks[i])
    if key not in ROLE_NOUNS:
        return None, i  # "troop deployment" is an act, not an actor
    for c in parsed.children(i):
        if c.i == i - 1 and c.dep == "compound" and _key(c) in ROLE_NOUNS:
            return ROLE_NOUNS[_key(c)], c.i  # "police forces": the modifier is the better sector
    return ROLE_NOUNS[key], i


def _modifier(parsed: Parsed, i: int, mods_at: dict[int, Modifier]) -> Modifier | None:
    """The country/IGO qualifying a role noun: "Serbian", "Serbia's", "of Serbia", "in Belgrade"."""
    kids = parsed.children(i)
    for c in kids:
        if c.dep in _MOD_DEPS and c.i < i and c.i in mods_at:
            return mods_at[c.i]
    for c in kids:
        if c.dep == "prep" and c.text.lower() in ("of", "in"):
            for g in parsed.children(c.i):
                if g.dep == "pobj" and g.i in mods_at:
                    return mods_at[g.i]
    return None


def find_nominals(parsed: Parsed, taken: set[int], mods_at: dict[int, Modifier]) -> list[Nominal]:
    """Role-noun mentions not already covered by a name; ``mods_at`` maps tokens to KB modifiers."""
    out: dict[int, Nominal] = {}
    for t in parsed.tokens:
        if t.i in taken or t.pos not in ("NOUN", "PROPN") or t.dep == "compound":
            continue
        sector, left = _sector(parsed, t.i)
        if sector is None:
            continue
        mod = _modifier(parsed, t.i, mods_at)
        name_start = mod.last if mod is not None and mod.last <= t.i else left
        if t.pos == "PROPN" and not _generic_name(parsed, name_start, t.i):
            continue  # "Metropolitan Police", "American Civil Liberties Union": names we do not know
        own = mod is not None
        if mod is None and t.dep == "conj" and t.head in out:
            mod = out[t.head].modifier  # "Serbian troops and police": the country is shared
        if mod is None and left == t.i and _key(t) in _WEAK and not _the_office(parsed, t):
            continue
        first = min(left, mod.first) if own and mod.last <= t.i else left
        first = _extend_left(parsed, first, t.i)
        if any(i in taken for i in range(first, left)):
            first = left  # "President X's administration": never swallow another mention
        last = mod.last if own and _of_before(parsed, mod.first) else t.i + 1  # "the government of Serbia"
        n = Nominal(first, last, "NOMINAL", how="nominal",
                    plural=t.tag in ("NNS", "NNPS") or _key(t) in _PLURAL_MASS)
        n.sector, n.modifier, n.head = sector, mod, t.i
        n.proper = t.pos == "PROPN"
        out[t.i] = n
    return list(out.values())


def _extend_left(parsed: Parsed, first: int, head: int) -> int:
    """Include adjectives between the start and the head ("Serbian military personnel")."""
    toks = parsed.tokens
    while first > 0 and toks[first - 1].head in range(first, head + 1) and toks[first - 1].dep in ("amod", "compound") \
            and toks[first - 1].pos in ("ADJ", "NOUN", "PROPN") and toks[first - 1].sent == toks[head].sent:
        first -= 1
    return first


def _generic_name(parsed: Parsed, left: int, head: int) -> bool:
    """"the Air Force", "the Senate", "the Defense Ministry": capitalised, but only role words."""
    from .lexicon import TITLE_WORDS

    words = [t.text.lower() for t in parsed.tokens[left:head + 1]]
    return " ".join(words) in ROLE_NOUNS or all(w in ROLE_NOUNS or w in TITLE_WORDS for w in words)


def _of_before(parsed: Parsed, i: int) -> bool:
    words = [t.text.lower() for t in parsed.tokens[max(0, i - 2):i]]
    return words[-1:] == ["of"] or words == ["of", "the"]


def _the_office(parsed: Parsed, t: Token) -> bool:
    """"The President said": an office with "the" names the country's holder."""
    kids = parsed.children(t.i)
    # lower case too ("the president said"), but not "the president of the club"
    return (t.pos in ("PROPN", "NOUN") and _key(t) in ("president", "premier", "chancellor")
            and any(c.dep == "det" and c.text.lower() == "the" for c in kids)
            and not any(c.dep == "prep" and c.text.lower() == "of" for c in kids))
