"""Roles the text gives a person: titles before the name, appositions after it.

"Serbia's President Aleksandar Vucic", "Kosovar Prime Minister Albin Kurti",
"Irakli Kobakhidze, Georgia's prime minister," and "X, the foreign minister of Y," all give a
country and a sector that override the knowledge base (the text knows the role on its day).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Parsed
from ._draft import Modifier
from .lexicon import TITLE_WORDS, TITLES

__all__ = ["TextRole", "title_after", "title_before"]

_PRE = {"former": "former", "ex": "former", "acting": "acting", "interim": "acting", "then": "then"}
_POSS = {"'s", "’s", "'"}
_ARTICLES = {"the", "a", "an", "its", "their"}


@dataclass(frozen=True)
class TextRole:
    sector: str
    office: str
    modifier: Modifier | None  # the country or IGO the title belongs to
    first: int  # leftmost token the role phrase covers (consumed: no separate mention)
    last: int  # one past the rightmost token it covers
    former: bool = False


def _low(parsed: Parsed, i: int) -> str:
    return parsed.tokens[i].text.lower().rstrip(".")


def _office(words: list[str]) -> str | None:
    """Longest title that ends the word list ("foreign minister" before "minister")."""
    for k in range(len(words)):
        phrase = " ".join(words[k:])
        if phrase in TITLES:
            return phrase
    return None


def title_before(parsed: Parsed, first: int, mods_by_last: dict[int, Modifier]) -> TextRole | None:
    toks, sent = parsed.tokens, parsed.tokens[first].sent
    j, words, former = first - 1, [], False
    while j >= 0 and toks[j].sent == sent:
        low = _low(parsed, j)
        if low in TITLE_WORDS or low == "-":
            if low != "-":
                words.insert(0, low)
            j -= 1
        elif low in _PRE:
            former = former or _PRE[low] == "former"
            j -= 1
        else:
            break
    phrase = _office(words)
    if phrase is None:
        return None
    start = j + 1
    k = j
    if k >= 0 and toks[k].text in _POSS:
        k -= 1
    mod = mods_by_last.get(k + 1) if k >= 0 else None
    if mod is not None:
        start = mod.first
    sector, office = TITLES[phrase]
    return TextRole("ELI" if former else sector, office, mod, start, first, former)


def title_after(parsed: Parsed, last: int, mods_by_first: dict[int, Modifier]) -> TextRole | None:
    """An apposition after a name: ", the foreign minister of Georgia," / ", Georgia's premier,"."""
    toks, n = parsed.tokens, len(parsed.tokens)
    if last >= n or toks[last].text != "," :
        return None
    sent, k, mod, former = toks[last].sent, last + 1, None, False
    while k < n and _low(parsed, k) in _ARTICLES | set(_PRE):
        former = former or _PRE.get(_low(parsed, k)) == "former"
        k += 1
    if k < n and k in mods_by_first:
        mod = mods_by_first[k]
        k = mod.last
        if k < n and toks[k].text in _POSS:
            k += 1
    words = []
    while k < n and toks[k].sent == sent and (_low(parsed, k) in TITLE_WORDS or toks[k].text == "-"):
        if toks[k].text != "-":
            words.append(_low(parsed, k))
        k += 1
    phrase = " ".join(words)
    if phrase not in TITLES:
        return None
    if mod is None and k + 1 < n and _low(parsed, k) == "of":
        j = k + 1 + (_low(parsed, k + 1) == "the")
        if j in mods_by_first:
            mod = mods_by_first[j]
            k = mod.last
    sector, office = TITLES[phrase]
    return TextRole("ELI" if former else sector, office, mod, last, k, former)
