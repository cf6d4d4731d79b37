"""The country an article's context gives a title or role noun that names none itself.

"Prime Minister X" or "the police" take the state named last (same or previous two sentences),
else the article's main state (named at least twice, more often than any other).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Actor, Parsed
from ._draft import Draft
from .codes import cameo_code
from .kb import KB
from .lexicon import TITLE_WORDS
from .people import _the

__all__ = ["context_country", "main_country", "reading_country", "with_context_country"]


def reading_country(parsed: Parsed, readings, i: int) -> str | None:
    """For a title without a country ("Prime Minister X"): the state named last (two sentences)
    before it, else the article's main state."""
    states = [(m.first, e.country) for m, e, use in readings if e.kind == "state" and e.country and use != "people"]
    sent = parsed.tokens[i].sent
    recent = [c for f, c in states if f < i and sent - parsed.tokens[f].sent <= 2]
    if recent:
        return recent[-1]
    later = [c for m, e, use in readings if e.kind == "state" and e.country and use != "people"
             and m.first > i and parsed.tokens[m.first].sent == sent and not _titles_someone(parsed, m.last)
             for c in [e.country]]
    if later:  # "Judge X opened an inquiry into Chilean officials": the sentence's own state
        return later[0]
    counts: dict[str, int] = {}
    for _, c in states:
        counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


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


def context_country(parsed: Parsed, drafts: list[Draft], i: int) -> str | None:
    """The state last named before token ``i`` (same or previous two sentences)."""
    sent = parsed.tokens[i].sent
    for d in sorted((d for d in drafts if d.last <= i), key=lambda d: -d.first):
        if sent - parsed.tokens[d.first].sent > 2:
            break
        if d.actor is not None and d.actor.kind == "state" and d.actor.country:
            return d.actor.country
    return main_country(drafts)


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
