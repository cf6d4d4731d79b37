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


def _words_from(parsed: Parsed, i: int, n: int) -> list[int] | None:
    """Indices of the next ``n`` word tokens from ``i`` in one sentence, skipping only glue."""
    out, j, toks = [], i, parsed.tokens
    while len(out) < n and j < len(toks):
        t = toks[j]
        if t.sent != toks[i].sent:
            return None
        if _is_word(t):
            out.append(j)
        elif t.text not in _GLUE:
            return None
        j += 1
    return out if len(out) == n else None


def find_matches(parsed: Parsed, kb: KB) -> list[Match]:
    toks, out, i = parsed.tokens, [], 0
    while i < len(toks):
        if not _is_word(toks[i]):
            i += 1
            continue
        m = _longest(parsed, kb, i)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.last
    return out


def _longest(parsed: Parsed, kb: KB, i: int) -> Match | None:
    toks = parsed.tokens
    best: list[Name] = []
    best_words: list[int] = []
    for name in kb.candidates(fold(toks[i].text)):
        if best and len(name.tokens) < len(best[0].tokens):
            break
        words = _words_from(parsed, i, len(name.tokens))
        if not words or tuple(fold(toks[w].text) for w in words) != name.tokens:
            continue
        if all(_shape_ok(toks[w].text, s) for w, s in zip(words, name.shapes)):
            best.append(name)
            best_words = words
    if not best:
        return None
    return Match(i, best_words[-1] + 1, tuple(best))
