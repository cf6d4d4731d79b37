"""Stage times.rules.v1: every time expression in the article, normalised.

Fills ``analysis.reference_date`` (the article's "now") and ``analysis.times``.
The grammar finds spans; the parse supplies the tense that points partial dates
and weekdays backwards or forwards, and weeds out numbers that only look like
years ("2000 employees"). spaCy DATE entities the grammar cannot normalise are
kept with no value (source "unresolved") so nothing found is dropped silently.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ..model import Analysis, Parsed, TimeValue
from .anaphora import mentioned_before
from .grammar import Match, find_expressions
from .normalise import normalise
from .reference import reference_date
from .tense import direction_at

__all__ = ["TimesStage", "times_in"]


@dataclass(frozen=True)
class TimesStage:
    today: dt.date | None = None  # None: the real date, read when an article is processed
    name: str = "times.rules.v1"
    requires: tuple[str, ...] = ("article", "parsed")
    produces: tuple[str, ...] = ("reference_date", "times")

    def __call__(self, analysis: Analysis) -> Analysis:
        today = self.today or dt.date.today()
        matches = find_expressions(analysis.article.text)
        ref = reference_date(analysis.article, matches, today)
        times = times_in(analysis.article.text, matches, dt.date.fromisoformat(ref.value), analysis.parsed)
        return replace(analysis, reference_date=ref, times=times)


def times_in(text: str, matches: list[Match], ref: dt.date, parsed: Parsed | None) -> tuple[TimeValue, ...]:
    """Normalise each match seen from ``ref``; add unresolved NER dates the grammar missed."""
    out: list[TimeValue] = []
    for m in matches:
        if parsed is not None and m.kind == "year" and _counts_things(parsed, m):
            continue
        norm = normalise(m, ref, direction_at(parsed, m.start), mentioned_before(text, out, m))
        if norm is not None:
            out.append(TimeValue(m.text, m.start, m.end, norm.value, norm.granularity, norm.source,
                                 norm.reason, norm.type))
    if parsed is not None:
        out.extend(_unresolved_entities(parsed, text, out))
    return tuple(sorted(out, key=lambda t: t.start))


def _counts_things(parsed: Parsed, m: Match) -> bool:
    """A four-digit number that counts things ("2000 employees"), not a year."""
    i = parsed.token_at(m.end - 1)
    if i is None:
        return False
    tok = parsed.tokens[i]
    head = parsed.tokens[tok.head]
    return tok.dep == "nummod" and head.tag == "NNS" and head.i > tok.i


def _unresolved_entities(parsed: Parsed, text: str, found: list[TimeValue]):
    for ent in parsed.entities:
        if ent.label != "DATE" or any(t.start < ent.end and ent.start < t.end for t in found):
            continue
        yield TimeValue(ent.text, ent.start, ent.end, None, "unknown", "unresolved",
                        "the parser marks a date here that the grammar cannot normalise")
