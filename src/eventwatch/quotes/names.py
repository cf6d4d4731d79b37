"""Names in the parse: the name heading a subject, full names from surnames, titles.

Works on the plain parse records only (entities, dependency arcs); the spaCy small
model's entity errors are the reason for the fallbacks (a name run into an
organisation's, a person the tagger missed).
"""
from __future__ import annotations

import unicodedata

from rapidfuzz.distance import Levenshtein

from ..model import EntitySpan, Parsed

__all__ = ["full_name", "known_person", "name_span", "noun_phrase", "same_surname", "strip_possessive",
           "titled_person"]

_GROUP_LABELS = ("ORG", "GPE", "NORP")
_NAME_LABELS = ("PERSON",) + _GROUP_LABELS
_PHRASE_DEPS = ("compound", "amod", "poss", "nmod", "nummod")


def name_span(parsed: Parsed, text: str, head: int) -> tuple[int, int, str | None]:
    """Chars of the name heading a subject, and its entity label (None for a common noun)."""
    appos = _appositive_person(parsed, head)
    if appos is not None:  # "The Institute's director, Dr. Jane Roe, said": the person, not the office
        return appos.start, strip_possessive(text, appos.start, appos.end), appos.label
    for ent in parsed.entities:
        if ent.first <= head < ent.last and ent.label in _NAME_LABELS:
            return ent.start, strip_possessive(text, ent.start, ent.end), ent.label
    person = _name_beside(parsed, head, ("PERSON",), ("appos", "compound", "flat"))
    if person is not None:  # "the Vice President, Mike Pence, said"
        return person.start, strip_possessive(text, person.start, person.end), person.label
    trailing = _trailing_name(parsed, head)
    if trailing is not None:
        return trailing[0], trailing[1], "PERSON"
    if parsed.tokens[head].pos == "PROPN":  # a name the tagger missed or mislabelled
        start, end = noun_phrase(parsed, head)
        return start, end, "PROPN"
    loose = _loose_apposition(parsed, head)
    if loose is not None:  # "the mayor, Dee Margo," read without its apposition
        return loose.start, loose.end, loose.label
    group = _name_beside(parsed, head, _GROUP_LABELS, ("appos",))
    if group is not None:  # "one of these groups, the SDF, said"
        return group.start, strip_possessive(text, group.start, group.end), group.label
    start, end = noun_phrase(parsed, head)
    return start, end, None


def _appositive_person(parsed: Parsed, head: int) -> EntitySpan | None:
    """A PERSON in apposition at the end of the subject phrase."""
    first, last = parsed.subtree(head)
    while last > first and parsed.tokens[last - 1].pos == "PUNCT":
        last -= 1
    for ent in parsed.entities:
        if ent.label == "PERSON" and ent.last == last and ent.first > first \
                and parsed.tokens[ent.last - 1].dep == "appos" and not (ent.first <= head < ent.last):
            return ent
    return None


def _loose_apposition(parsed: Parsed, head: int) -> EntitySpan | None:
    """", PERSON," right after a common noun: an apposition the parser did not attach."""
    toks = parsed.tokens
    nxt = parsed.subtree(head)[1]
    if toks[head].pos != "NOUN" or nxt >= len(toks) or toks[nxt].text != ",":
        return None
    for ent in parsed.entities:
        if ent.first == nxt + 1 and ent.label == "PERSON" and ent.last < len(toks) and toks[ent.last].text == ",":
            return ent
    return None


def _name_beside(parsed: Parsed, head: int, labels: tuple[str, ...], deps: tuple[str, ...]) -> EntitySpan | None:
    """A name joined to the subject's head by ``deps`` (apposition ...), not through a preposition."""
    first, last = parsed.subtree(head)
    for ent in parsed.entities:
        if ent.label not in labels or not (first <= ent.first and ent.last <= last):
            continue
        j, steps = ent.last - 1, 0
        while j != head and steps < 4 and parsed.tokens[j].dep in deps:
            j, steps = parsed.tokens[j].head, steps + 1
        if j == head:
            return ent
    return None


def _trailing_name(parsed: Parsed, head: int) -> tuple[int, int] | None:
    """"First Minister of Scotland Nicola Sturgeon said": a title phrase that ends in a name.

    The subject's last person entity, or (when the tagger missed the person) its last two
    proper nouns, as long as they stand after the head (the head itself is the title).
    """
    first, last = parsed.subtree(head)
    toks = parsed.tokens
    while last > first and toks[last - 1].pos == "PUNCT":
        last -= 1
    if last - 1 <= head:
        return None
    for ent in parsed.entities:
        if ent.label == "PERSON" and ent.first > head and ent.last == last:
            return ent.start, ent.end
    pair = toks[last - 2:last]
    if last - 2 > head and all(t.pos == "PROPN" and t.text[:1].isupper() and t.ent_type in ("", "PERSON", "ORG")
                               for t in pair):
        return pair[0].start, pair[1].end
    return None


def titled_person(parsed: Parsed, text: str, head: int) -> str | None:
    """"the commissioner" -> the last person named with that title ("commissioner Albert Muchanga")."""
    word = parsed.tokens[head].lemma.lower()
    for ent in reversed(parsed.entities):
        if ent.label != "PERSON" or ent.end > parsed.tokens[head].start:
            continue
        before = parsed.tokens[max(ent.first - 4, 0):ent.first]
        if any(t.lemma.lower() == word or t.text.lower() == word for t in before):
            return full_name(parsed, text, text[ent.start:strip_possessive(text, ent.start, ent.end)])
    return None


def noun_phrase(parsed: Parsed, head: int) -> tuple[int, int]:
    """A nameless speaker ("a police spokesperson"): the head noun and its modifiers, no article."""
    first = head
    for child in parsed.children(head):
        if child.i < head and child.dep in _PHRASE_DEPS:
            first = min(first, parsed.subtree(child.i)[0])
    while first < head and parsed.tokens[first].dep in ("det", "punct"):
        first += 1
    return parsed.tokens[first].start, parsed.tokens[head].end


def strip_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text[start:end].endswith(suffix) and end - len(suffix) > start:
            return end - len(suffix)
    return end


def known_person(parsed: Parsed, text: str, name: str) -> bool:
    last = name.split()[-1] if name.split() else ""
    return any(e.label == "PERSON" and same_surname(text[e.start:e.end].split()[-1], last)
               for e in parsed.entities if text[e.start:e.end].split())


def full_name(parsed: Parsed, text: str, surface: str) -> str:
    """The longest PERSON name in the article ending with the surface's last word ("Vucic").

    Surnames are compared without accents and allowing one typo ("Saree" for "Sarea"),
    as articles spell the same name both ways.
    """
    words = surface.replace("\u2019s", "").replace("'s", "").split()
    if not words:
        return surface
    best = " ".join(words)
    for ent in parsed.entities:
        if ent.label != "PERSON":
            continue
        name = text[ent.start:strip_possessive(text, ent.start, ent.end)]
        parts = name.split()
        if parts and same_surname(parts[-1], words[-1]) and len(parts) > len(best.split()):
            best = name
    return best


def same_surname(a: str, b: str) -> bool:
    a, b = _fold(a), _fold(b)
    if a == b:
        return True
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
