"""Find place mentions: NER spans first, then gazetteer matches the NER missed.

A gazetteer match outside NER needs a capitalised start and a name that is safe to match
on its own (a country, a first-level region, a continent, one of our regions, or a city that
is a capital, a regional seat or large). A match inside a longer person, organisation or work
name is skipped ("Bank of England"), except after "in"/"of" ("the mission in Kosovo") or when the
NER entity is exactly the place name (a mislabelled "Aleppo").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Parsed
from .lookup import Candidate, Gazetteer

__all__ = ["Span", "spot"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
MAX_TOKENS = 4
BIG_CITY = 200_000
_LEADING = ("the ", "The ")
_TRAILING = ("'s", "\u2019s", "'", "\u2019", '"', "\u201d")
# "the West" / "the South" are political ideas, not places to pin
_NOT_PLACES = frozenset({"west", "east", "north", "south", "western", "eastern", "the west", "the east"})


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    source: str  # ner:GPE, ner:LOC, ner:FAC, gazetteer


def spot(text: str, parsed: Parsed, gaz: Gazetteer) -> list[Span]:
    spans = _ner_spans(text, parsed, gaz)
    taken = [(s.start, s.end) for s in spans]
    for span in _gazetteer_spans(text, parsed, gaz):
        if not any(span.start < e and s < span.end for s, e in taken):
            spans.append(span)
            taken.append((span.start, span.end))
    return sorted(spans, key=lambda s: (s.start, s.end))


def _ner_spans(text: str, parsed: Parsed, gaz: Gazetteer) -> list[Span]:
    out = []
    for ent in parsed.entities:
        if ent.label not in PLACE_LABELS:
            continue
        for start, end in _split_list(text, ent.start, ent.end):
            start, end = _trim(text, start, end)
            if end <= start or gaz.is_demonym(text[start:end]) or text[start:end].lower() in _NOT_PLACES:
                continue
            if not gaz.candidates(text[start:end]):
                end = _known_prefix(text, parsed, gaz, start, end)
            if text.startswith(" region", end) and gaz.candidates(text[start:end + 7]):
                end += 7  # "the West Balkan region": the index knows the whole phrase
            if ent.label == "FAC" and not gaz.candidates(text[start:end]):
                continue  # facilities are kept only when the index knows them
            out.append(Span(start, end, text[start:end], f"ner:{ent.label}"))
    return out


def _known_prefix(text: str, parsed: Parsed, gaz: Gazetteer, start: int, end: int) -> int:
    """'Hong Kong Carrie Lam' tagged as one place: keep the longest leading part we know."""
    first, last = parsed.token_at(start), parsed.token_at(end - 1)
    if first is None or last is None:
        return end
    for stop in range(last, first, -1):
        cut = parsed.tokens[stop - 1].end
        if any(_safe_alone(c) for c in gaz.candidates(text[start:cut])):
            return cut
    return end


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Pristina, Kosovo' as one entity -> two spans."""
    parts, cursor = [], start
    for piece in text[start:end].split(", "):
        parts.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 2
    return parts


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    for lead in _LEADING:
        if text.startswith(lead, start) and end - start > len(lead):
            start += len(lead)
    for trail in _TRAILING:
        if text.endswith(trail, start, end) and end - start > len(trail):
            end -= len(trail)
            break
    end = start + len(text[start:end].rstrip())
    return start, end


def _gazetteer_spans(text: str, parsed: Parsed, gaz: Gazetteer) -> list[Span]:
    out: list[Span] = []
    tokens = parsed.tokens
    i = 0
    while i < len(tokens):
        match = _longest_match(text, parsed, gaz, i) if _may_start(parsed, i) else None
        if match is None:
            i += 1
            continue
        last = match
        out.append(Span(tokens[i].start, tokens[last - 1].end, text[tokens[i].start:tokens[last - 1].end],
                        "gazetteer"))
        i = last
    return out


def _may_start(parsed: Parsed, i: int) -> bool:
    tok = parsed.tokens[i]
    if not tok.text[:1].isupper() or tok.pos not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    prev = parsed.tokens[i - 1] if i > 0 and parsed.tokens[i - 1].sent == tok.sent else None
    if prev is not None and prev.pos == "PROPN" and prev.text[:1].isupper():
        return False  # the tail of a longer name: "Judge Amy Berman Jackson"
    if parsed.sentence_of(i).first == i and tok.pos != "PROPN":
        return False  # "Split decisions ...", "Reading the report ..."
    return True


def _blocked(parsed: Parsed, first: int, last: int) -> bool:
    """A match inside a longer person/organisation/work name is part of that name.

    The NER often mislabels a bare place name (ORG for "Chelyabinsk", NORP for "Aleppo"): an
    entity that is exactly the match does not block, except a person ("Jordan" the man).
    """
    ent = next((e for e in parsed.entities if e.first <= first < e.last), None)
    if ent is None or ent.label not in BLOCKING_LABELS:
        return False
    prev = parsed.tokens[first - 1].text.lower() if first > 0 else ""
    if prev in ("in", "of") or prev in ("-", "pro"):
        return False  # "the mission in Kosovo", "First Minister of Scotland", "pro-Beijing"
    if (ent.first, ent.last) == (first, last):
        return ent.label == "PERSON"
    tail = parsed.tokens[last].text if last < len(parsed.tokens) else ""
    # "the UK parliament" tagged ORG: a place followed by a common noun is still the place
    return ent.label == "PERSON" or ent.first != first or not tail[:1].islower()


def _longest_match(text: str, parsed: Parsed, gaz: Gazetteer, i: int) -> int | None:
    tokens = parsed.tokens
    for n in range(min(MAX_TOKENS, len(tokens) - i), 0, -1):
        last = i + n
        if tokens[last - 1].sent != tokens[i].sent:
            continue
        name = text[tokens[i].start:tokens[last - 1].end]
        if any(_safe_alone(c) for c in gaz.candidates(name)) and not _blocked(parsed, i, last):
            return last
    return None


_GENERIC = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                      "central", "centre", "center", "capital", "coast", "coastal", "upper", "lower",
                      "middle", "northeast", "northwest", "southeast", "southwest", "north east",
                      "north west", "south east", "south west", "islands", "island", "lakes", "plateau"})


def _safe_alone(c: Candidate) -> bool:
    if c.kind in ("country", "continent", "region"):
        return True
    if c.alternate:
        return False
    if c.kind == "admin1":
        # Cameroon's "West", Zambia's "Central": words first, region names second
        return not all(w in _GENERIC for w in c.name.lower().split())
    return c.kind == "city" and (c.feature in ("PPLC", "PPLA") or c.population >= BIG_CITY)
