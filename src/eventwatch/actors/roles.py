"""Roles the text gives a person: titles before the name, appositions after it.

"Serbia's President Aleksandar Vucic", "Kosovar Prime Minister Albin Kurti",
"Irakli Kobakhidze, Georgia's prime minister," and "X, the foreign minister of Y," all give a
country and a sector that override the knowledge base (the text knows the role on its day).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Parsed
from ._draft import Modifier
from .lexicon import TITLE_WORDS, TITLES

__all__ = ["TextRole", "country_after", "title_after", "title_before"]

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


def _title_word(parsed: Parsed, i: int) -> bool:
    """A word of a title; "of" only inside "Secretary of State"."""
    low = _low(parsed, i)
    if low == "of":
        return i + 1 < len(parsed.tokens) and _low(parsed, i + 1) == "state"
    return low in TITLE_WORDS


def _office(words: list[str]) -> str | None:
    """Longest title that ends the word list ("foreign minister" before "minister")."""
    for k in range(len(words)):
        phrase = " ".join(words[k:])
        if phrase in TITLES:
            return phrase
    return None


def title_before(parsed: Parsed, first: int, mods_by_last: dict[int, Modifier]) -> TextRole | None:
    return _office_of_before(parsed, first, mods_by_last) or _title_before(parsed, first, mods_by_last)


def _office_of_before(parsed: Parsed, first: int, mods_by_last: dict[int, Modifier]) -> TextRole | None:
    """"President of the United States Barack Obama": office, "of", country, then the name."""
    mod = mods_by_last.get(first)
    if mod is None:
        return None
    k = mod.first - 1
    if k >= 0 and _low(parsed, k) == "the":
        k -= 1
    if k < 1 or _low(parsed, k) != "of":
        return None
    role = _title_before(parsed, k, {})
    if role is None:
        return None
    return TextRole(role.sector, role.office, mod, role.first, first, role.former)


def _title_before(parsed: Parsed, first: int, mods_by_last: dict[int, Modifier]) -> TextRole | None:
    toks, sent = parsed.tokens, parsed.tokens[first].sent
    j, words, former = first - 1, [], False
    while j >= 0 and toks[j].sent == sent:
        low = _low(parsed, j)
        if _title_word(parsed, j) or low == "-":
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
        if start > 0 and _low(parsed, start - 1) in _PRE:
            former = former or _PRE[_low(parsed, start - 1)] == "former"  # "Former Serbian president X"
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
    while k < n and toks[k].sent == sent and (_title_word(parsed, k) or toks[k].text == "-"):
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


def country_after(parsed: Parsed, last: int, mods_by_first: dict[int, Modifier], role: TextRole) -> TextRole:
    """"King Hassan of Morocco", "President X of the Philippines": the country after the name."""
    n = len(parsed.tokens)
    if last + 1 >= n or _low(parsed, last) != "of":
        return role
    j = last + 1 + (_low(parsed, last + 1) == "the")
    mod = mods_by_first.get(j)
    return replace(role, modifier=mod, last=mod.last) if mod is not None else role
