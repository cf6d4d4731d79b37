"""State bodies the knowledge base does not list, named after their country.

"the U.S. Department of Labor", "Kenya Revenue Authority", "the Greek Ministry of Culture": an
organisation name holding a country (a nested mention) and a word of government gives that
state's government sector; the name is written with the country's KB name so it reads like the
institution's own title ("United States Department of Labor").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Parsed
from ._draft import Draft
from .codes import cameo_code
from .kb import KB, fold
from .resolve import entry_actor

__all__ = ["leading_countries", "national_bodies"]

# title words of a government body -> PLOVER sector
_BODY_WORDS = {"department": "GOV", "ministry": "GOV", "agency": "GOV", "authority": "GOV", "commission": "GOV",
               "office": "GOV", "bureau": "GOV", "council": "GOV", "administration": "GOV", "service": "GOV",
               "army": "MIL", "navy": "MIL", "air force": "MIL", "armed forces": "MIL", "police": "COP",
               "parliament": "LEG", "senate": "LEG", "congress": "LEG", "court": "JUD", "supreme court": "JUD"}
_WORD = re.compile(r"\b(" + "|".join(sorted(_BODY_WORDS, key=len, reverse=True)) + r")\b")


def national_bodies(parsed: Parsed, kb: KB, drafts: list[Draft]) -> None:
    """Give unknown NER organisations with a state nested at their start that state's body actor."""
    states = [d for d in drafts if d.how in ("nested", "kb") and d.actor is not None and d.actor.kind == "state"
              and d.actor.sector == "GOV" and d.actor.country]
    toks = parsed.tokens
    for d in drafts:
        if d.how != "ner" or d.label != "ORG" or d.actor is None or d.actor.kind != "unknown":
            continue
        words = " ".join(t.text for t in toks[d.first:d.last])
        found = _WORD.search(words.lower())
        # the country leads the name ("Bank of Kenya" is not a state body) or owns it ("Peru's Senate")
        inner = next((n for n in states if n.first in (d.first, d.first + 1) and n.last <= d.last), None)
        owner = next((n for n in states if n.last == d.first - 1 and toks[d.first - 1].text in ("'s", "’s")), None)
        if found is None or (inner or owner) is None:
            continue
        country, sector = (inner or owner).actor.country, _BODY_WORDS[found.group(1)]
        state = kb.entries.get("C:" + country)
        if inner is not None:
            surface = " ".join(t.text for t in toks[inner.first:inner.last])
            name = words.replace(surface, state.name, 1) if state is not None else words
        else:
            name = f"{words} of {state.name}" if state is not None else words
        d.actor = replace(d.actor, name=name, kind="state", country=country, sector=sector, sectors=(sector,),
                          code=cameo_code(country, sector), confidence=0.75,
                          source="ner+kb:nested" if inner is not None else "ner+text")


def leading_countries(parsed: Parsed, kb: KB, drafts: list[Draft], day) -> list[Draft]:
    """The country that begins a KB body's name ("US" in "US State Department", "United States"
    in "United States Navy") as a nested mention of its own, like "U.S." in "U.S. President X"."""
    toks, out = parsed.tokens, []
    for d in drafts:
        if d.how != "kb" or d.actor is None or d.actor.kind != "state" or not (d.entry or "").startswith("F:"):
            continue
        words = [fold(toks[i].text) for i in range(d.first, d.last)]
        for k in range(len(words) - 1, 0, -1):
            name = next((n for n in kb.candidates(words[0]) if n.tokens == tuple(words[:k])
                         and n.entry.startswith("C:") and n.how in ("name", "alias")), None)
            if name is not None:
                state = kb.entries[name.entry]
                out.append(Draft(d.first, d.first + k, "GPE", entry_actor(state, day, 0.8, "kb:nested"),
                                 state.id, "nested"))
                break
    return out
