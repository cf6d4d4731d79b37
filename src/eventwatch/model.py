"""Frozen records that flow between stages.

Everything a stage reads or writes is one of these. Offsets are Python string
(code point) offsets into ``Article.text``. Records are immutable: a stage
returns new records (``dataclasses.replace``) and never mutates its input.

The flow of one article::

    Article --nlp--> Parsed --times--> TimeValue* (+ reference date)
                           --actors--> Mention* (each with an Actor or None)
                           --places--> Place*
                           --events--> Event* (date/location still empty)
                           --event_time_place--> Event* (dated, located)
                           --quotes--> Quote* (+ Event.quotes filled)

``Analysis`` carries all of it; each stage fills its own fields.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

__all__ = [
    "Actor", "Analysis", "Article", "EntitySpan", "Event", "EventDate", "Evidence", "Failure",
    "Mention", "Parsed", "Place", "Quote", "Sentence", "TimeValue", "Token", "as_json",
    "replace",
]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None  # outlet / publisher name when known
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that could not be processed, and why (nothing is dropped silently)."""

    article_id: str
    reason: str  # short tag: empty, binary, encoding, too-large, malformed, stage-error ...
    message: str
    stage: str | None = None
    source: str | None = None  # file or corpus it came from


# --- parsed text (plain records built by eventwatch.nlp; no spaCy outside it) ---

@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index in the article
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # universal POS
    tag: str  # fine-grained (PTB) tag
    dep: str
    head: int  # index of the head token (itself for a root)
    sent: int  # index of the sentence
    ent_type: str = ""  # spaCy entity label of the token, "" outside entities
    morph: str = ""  # e.g. "Tense=Past|VerbForm=Fin"
    ws: bool = True  # followed by whitespace

    def has_morph(self, feature: str) -> bool:
        return feature in self.morph.split("|")


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int  # char offsets
    end: int
    first: int  # token range [first, last)
    last: int


@dataclass(frozen=True, slots=True)
class EntitySpan:
    text: str
    start: int
    end: int
    label: str  # spaCy NER label
    first: int  # token range [first, last)
    last: int


@dataclass(frozen=True, slots=True)
class Parsed:
    """The parse of one article as plain records, with small tree helpers."""

    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[EntitySpan, ...]
    noun_chunks: tuple[tuple[int, int], ...] = ()  # token ranges [first, last)
    _children: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)

    def children(self, i: int) -> tuple[Token, ...]:
        return tuple(self.tokens[c] for c in self._children[i])

    def head(self, i: int) -> Token:
        return self.tokens[self.tokens[i].head]

    def subtree(self, i: int) -> tuple[int, int]:
        """Token range [first, last) covered by the subtree of token ``i``."""
        lo = hi = i
        stack = [i]
        while stack:
            j = stack.pop()
            lo, hi = min(lo, j), max(hi, j)
            stack.extend(self._children[j])
        return lo, hi + 1

    def span_text(self, first: int, last: int, text: str) -> str:
        return text[self.tokens[first].start:self.tokens[last - 1].end]

    def sentence_of(self, i: int) -> Sentence:
        return self.sentences[self.tokens[i].sent]

    def token_at(self, char: int) -> int | None:
        """Index of the token covering character offset ``char``."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            tok = self.tokens[mid]
            if char < tok.start:
                hi = mid
            elif char >= tok.end:
                lo = mid + 1
            else:
                return mid
        return None


# --- resolved things ---

@dataclass(frozen=True, slots=True)
class Actor:
    """Who someone or something is, at the time that matters.

    ``kind`` is one of state, igo, group, ethnic, person, unknown.
    ``code`` is the CAMEO actor code (e.g. SRBGOV, IGOWSTNAT).
    """

    name: str
    kind: str
    country: str | None = None  # ISO alpha-3 (Kosovo: see docs/actors.md), or IGO/UNO/EUR ...
    sector: str | None = None  # primary PLOVER sector (GOV, MIL, COP ...)
    sectors: tuple[str, ...] = ()
    code: str | None = None  # CAMEO actor code
    wikidata: str | None = None
    title: str | None = None  # e.g. "President of Serbia"
    confidence: float = 1.0
    source: str | None = None  # where the resolution came from (text, kb:leaders, ...)


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that refers to an actor (NER span, noun phrase, pronoun)."""

    text: str
    start: int
    end: int
    label: str  # NER label or NOMINAL / PRON / COREF
    actor: Actor | None = None
    first: int = -1  # token range [first, last) when known
    last: int = -1
    antecedent: int | None = None  # index of the mention this one refers back to


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised time expression (TIMEX3 value conventions)."""

    text: str
    start: int
    end: int
    value: str | None  # "2023-01-08", "2023-W02", "P3D", "PAST_REF" ...
    granularity: str  # day, week, month, quarter, season, year, range, duration, set, reference
    source: str  # explicit, relative, weekday-inferred, context, publication-fallback, unresolved
    reason: str = ""
    type: str = "DATE"  # TIMEX3 type: DATE, TIME, DURATION, SET


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    resolution: str = "unknown"  # city, admin1, region, country, unknown
    feature: str | None = None  # GeoNames feature code when known


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int  # of the sentence
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None
    granularity: str | None
    source: str  # explicit, relative, weekday-inferred, context, publication-fallback, unresolved
    reason: str = ""
    text: str | None = None
    relation: str | None = None  # before, after, around
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    article_id: str
    text: str
    start: int
    end: int
    speaker: Actor | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    venue: str | None = None
    kind: str = "direct"  # direct, partial, indirect, headline
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    article_id: str
    event_type: str  # PLOVER type
    mode: tuple[str, ...] = ()
    aux_modes: tuple[str, ...] = ()  # negation, hypothetical, future, historical
    quad: int = 0
    cameo_root: str = ""
    goldstein: float = 0.0
    confidence: float = 0.0
    coder: str = ""
    actor: tuple[Actor, ...] = ()
    recipient: tuple[Actor, ...] = ()
    actor_text: tuple[str, ...] = ()  # the words that named each actor (aligned with actor)
    recipient_text: tuple[str, ...] = ()
    date: EventDate | None = None
    location: Place | None = None
    evidence: tuple[Evidence, ...] = ()
    quotes: tuple[str, ...] = ()  # quote ids
    attribution: Actor | None = None  # who reports the event, when it is reported speech
    context: tuple[str, ...] = ()

    @property
    def asserted(self) -> bool:
        return not ({"negation", "hypothetical", "future"} & set(self.aux_modes))


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything found in one article; each stage fills its own fields."""

    article: Article
    parsed: Parsed | None = None
    reference_date: TimeValue | None = None  # publication date, or inferred
    times: tuple[TimeValue, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The tightest actor mention overlapping [start, end) (the first one on a tie)."""
        starts, resolved, longest = _mention_index(self.mentions)
        hi = bisect_left(starts, end)  # mentions starting before ``end``
        best = None
        for k in range(hi - 1, -1, -1):
            n, m = resolved[k]
            if m.start + longest <= start:
                break  # sorted by start: no earlier mention can reach ``start``
            if start < m.end and (best is None or (m.end - m.start, n) < (best[1].end - best[1].start, best[0])):
                best = (n, m)
        return best[1] if best else None


_MENTION_INDEX: list = [None]  # [(mentions tuple, index)]: stages ask many times about one analysis


def _mention_index(mentions: tuple[Mention, ...]) -> tuple[list[int], list[tuple[int, Mention]], int]:
    """Resolved mentions sorted by start (with their input position), built once per mentions tuple."""
    entry = _MENTION_INDEX[0]  # read once: another thread may swap the entry (thread-safe under the GIL)
    if entry is None or entry[0] is not mentions:
        resolved = sorted(((n, m) for n, m in enumerate(mentions) if m.actor is not None),
                          key=lambda nm: (nm[1].start, nm[0]))
        longest = max((m.end - m.start for _, m in resolved), default=0)
        entry = _MENTION_INDEX[0] = (mentions, ([m.start for _, m in resolved], resolved, longest))
    return entry[1]


def as_json(value: Any) -> Any:
    """Plain JSON-able structure of a record (dates as ISO strings, tuples as lists)."""
    kind = type(value)
    if kind in _SCALARS or value is None:
        return value  # the common case first: the store turns every event into JSON
    names = _JSON_FIELDS.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _JSON_FIELDS[kind] = tuple(f.name for f in fields(value)
                                           if not f.name.startswith("_") and f.name != "parsed")
    if names is not None:
        return {name: as_json(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


_SCALARS = frozenset((str, int, float, bool))
_JSON_FIELDS: dict[type, tuple[str, ...]] = {}  # dataclass type -> the field names as_json writes
