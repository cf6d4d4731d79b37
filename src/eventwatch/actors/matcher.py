"""Find knowledge-base names in a parsed article: one dict lookup per token, longest match wins.

Case matters where it tells names from words: an indexed acronym ("UN", "AU") only matches
upper-case text, a capitalised name only capitalised text ("Turkey", not "turkey").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Parsed, Token
from .kb import KB, Name, case_shape, fold

__all__ = ["Match", "find_matches"]

# tokens a multi-word name may span without breaking ("Co-operation", "People's")
_GLUE = frozenset({"-", "'", "’", "'s", "’s", "s"})


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # token range [first, last)
    last: int
    names: tuple[Name, ...]  # every reading of the same words (a demonym and an ethnonym ...)


def _is_word(t: Token) -> bool:
    return any(c.isalnum() for c in t.text) and fold(t.text) not in ("'s", "s")


def _shape_ok(text: str, shape: str) -> bool:
    if shape == "U":
        return case_shape(text) == "U"
    if shape == "C":
        return text[:1].isupper() or text[:1].isdigit()
    return True


def find_matches(parsed: Parsed, kb: KB) -> list[Match]:
    toks = parsed.tokens
    words = [t.i for t in toks if _is_word(t)]
    folded = [fold(toks[i].text) for i in words]
    run = _runs(parsed, words)
    out, p = [], 0
    while p < len(words):
        m = _longest(kb, toks, words, folded, run, p)
        if m is None:
            p += 1
            continue
        out.append(m)
        p += len(m.names[0].tokens)
    return out


def _runs(parsed: Parsed, words: list[int]) -> list[int]:
    """For each word, how many words from it on can belong to one name (same sentence, only glue between)."""
    toks, run = parsed.tokens, [1] * len(words)
    for p in range(len(words) - 2, -1, -1):
        a, b = words[p], words[p + 1]
        joined = toks[a].sent == toks[b].sent and all(toks[j].text in _GLUE for j in range(a + 1, b))
        run[p] = run[p + 1] + 1 if joined else 1
    return run


def _longest(kb: KB, toks, words: list[int], folded: list[str], run: list[int], p: int) -> Match | None:
    best: list[Name] = []
    for name in kb.candidates(folded[p]):
        n = len(name.tokens)
        if best and n < len(best[0].tokens):
            break
        if n > run[p] or tuple(folded[p:p + n]) != name.tokens:
            continue
        if all(_shape_ok(toks[words[p + k]].text, s) for k, s in enumerate(name.shapes)):
            best.append(name)
    if not best:
        return None
    return Match(words[p], words[p + len(best[0].tokens) - 1] + 1, tuple(best))
