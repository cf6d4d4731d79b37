"""The country an article's context gives a title or role noun that names none itself.

"the police" takes the one state the same or previous sentence names, else the article's main
state (named at least twice, more often than any other). A named person never takes a country
from the context: their own title, the knowledge base, or nothing.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Actor, Parsed
from ._draft import Draft
from .codes import cameo_code
from .kb import KB
from .lexicon import TITLE_WORDS
from .people import _the

__all__ = ["context_country", "main_country", "nested_state", "person_context_country", "with_context_country"]


def nested_state(parsed: Parsed, kb: KB, inside, role) -> str | None:
    """A state named inside another name within a person's title or apposition ("then speaker
    of the US House of Representatives" -> USA); two different states give nothing."""
    end = _of_phrase_end(parsed, role.last)
    found = {kb.entries[n.entry].country for m in inside if role.first <= m.first and m.last <= end
             for n in m.names if n.how in ("name", "alias") and kb.entries[n.entry].kind == "state"}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _of_phrase_end(parsed: Parsed, k: int) -> int:
    """The end of an "of" phrase starting at token ``k`` (up to a comma or the sentence end)."""
    toks = parsed.tokens
    if k >= len(toks) or toks[k].text.lower() != "of":
        return k
    sent = toks[k].sent
    while k < len(toks) and toks[k].sent == sent and toks[k].text not in (",", ";", "(", ".") :
        k += 1
    return k


def person_context_country(parsed: Parsed, readings, i: int) -> str | None:
    """For a named person whose title gives no country ("General X seized power"): the one state
    named (by name or capital, not by a demonym on another noun) in the previous sentence or
    anywhere in the person's own sentence, unless it belongs to another person's title; two
    states there, or none, give nothing: never the article-wide majority."""
    own = {e.country for m, e, use in readings if e.kind == "state" and e.country and _pre_modifies(parsed, m, i)}
    if len(own) == 1:
        return own.pop()
    sent = parsed.tokens[i].sent
    found = {e.country for m, e, use in readings
             if use in ("mention", "modifier") and any(n.how != "demonym" for n in m.names)
             and e.kind == "state" and e.country and m.first != i
             and 0 <= sent - parsed.tokens[m.first].sent <= (1 if m.last <= i else 0)
             and not _titles_someone(parsed, m.last)}
    return found.pop() if len(found) == 1 else None


def _pre_modifies(parsed: Parsed, m, i: int) -> bool:
    """"Nigerian junior foreign minister X": a demonym in the name's own noun phrase (only
    adjectives and nouns between them) qualifies the person."""
    return m.last <= i and all(t.pos in ("ADJ", "NOUN", "PROPN") for t in parsed.tokens[m.last:i])


def _titles_someone(parsed: Parsed, after: int) -> bool:
    """"South African leader F.W. de Klerk": the country belongs to another person's title."""
    toks = parsed.tokens
    j = after + (after < len(toks) and toks[after].text in ("'s", "’s"))
    return j < len(toks) and toks[j].text.lower().rstrip(".") in TITLE_WORDS


def with_context_country(kb: KB, actor: Actor, country: str | None, how: str = "context") -> Actor:
    if country is None:
        return actor
    state = kb.entries.get("C:" + country)
    national = actor.title and actor.title.split()[-1] in ("President", "Minister", "Chancellor", "King", "Queen",
                                                           "Emir", "Secretary", "Spokesperson")
    title = f"{actor.title} of {_the(state.name)}" if state and national and " of " not in actor.title else actor.title
    return replace(actor, country=country, code=cameo_code(country, actor.sector), title=title,
                   confidence=min(actor.confidence, 0.8), source=f"{actor.source}+{how}")


def context_country(parsed: Parsed, drafts: list[Draft], i: int, head: int | None = None) -> str | None:
    """The state a bare role noun at token ``i`` belongs to, when the context says so clearly.

    The states named in the same and the previous sentence before ``i`` must be one state, or
    one named more often than all others together; several states named nearby with none
    dominant give nothing (a wrong country is worse than none). Demonym adjectives do not
    count: "Sudanese" in "Sudanese refugees" qualifies refugees, not the next sentence's
    "gunmen". With no state named nearby, the article's main state fills in. Before all that,
    "the army" repeats the last role noun with the same head whose own text named its state
    ("Sudan's army ... the army": SDN, however many states were named in between).
    """
    sent = parsed.tokens[i].sent
    if head is not None and (earlier := _same_noun_before(parsed, drafts, i, head)) is not None:
        return earlier
    counts: dict[str, int] = {}
    for d in drafts:
        if d.last > i or sent - parsed.tokens[d.first].sent > 1 or not _names_state(d):
            continue
        counts[d.actor.country] = counts.get(d.actor.country, 0) + 1
    if counts:
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        return ranked[0][0] if ranked[0][1] > sum(n for _, n in ranked[1:]) else None
    return main_country(drafts)


def _same_noun_before(parsed: Parsed, drafts: list[Draft], i: int, head: int) -> str | None:
    lemma = parsed.tokens[head].lemma.lower()
    for d in sorted((d for d in drafts if d.last <= i and getattr(d, "head", -1) >= 0), key=lambda d: -d.first):
        if parsed.tokens[d.head].lemma.lower() == lemma:
            a = d.actor  # an earlier bare "the army" proves nothing: look further back
            if a is not None and a.country and (a.source or "").startswith("text") and a.kind == "state":
                return a.country
    return None


def _names_state(d: Draft) -> bool:
    a = d.actor
    return a is not None and a.kind == "state" and bool(a.country) and a.source != "kb:demonym"


def main_country(drafts: list[Draft]) -> str | None:
    """The article's main state: named at least twice and more often than any other."""
    counts: dict[str, int] = {}
    for d in drafts:  # states named, and office holders of a state
        a = d.actor
        if a is not None and a.country and len(a.country) == 3 and a.country not in ("IGO", "UNO", "EUR", "WST") \
                and (a.kind == "state" and d.how == "kb" or a.kind == "person" and a.sector == "GOV"):
            counts[a.country] = counts.get(a.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None
