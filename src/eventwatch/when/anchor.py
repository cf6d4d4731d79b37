"""Stage anchor.rules.v1: give each event its date, with where the date came from.

For each evidence span (one mention of the event), in this order:
1. a time expression governing the trigger's clause ("refused ... on Jan 8");
   a month with no year in a background paragraph keeps that paragraph's year;
2. a time expression elsewhere in the sentence that is not shut in another
   clause ("As talks broke down on the eve of X, KFOR informed ...");
3. tense: the pluperfect ("had sent") is before the reference date (value
   null, relation "before"); a past-tense sentence that continues a background
   paragraph keeps that paragraph's year ("in 2008 ... X called it illegal");
4. the publication (or inferred reference) date, source "publication-fallback".
The first mention with a date of its own is the main one; another date is
named in the reason. An event ending well before the reference date (another
year's story) is marked "historical".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ..model import Analysis, Event, EventDate, Evidence, Parsed, TimeValue
from . import calendar as cal
from .govern import governs, in_sentence_scope
from .narrative import narrative_time
from .tense import clause_verb, is_pluperfect

__all__ = ["AnchorStage", "date_event"]

HISTORICAL_DAYS = 180  # an event that ended this long before the reference date is background
_MODES_ORDER = ("negation", "hypothetical", "future", "historical")


@dataclass(frozen=True)
class AnchorStage:
    name: str = "anchor.rules.v1"
    requires: tuple[str, ...] = ("parsed", "reference_date", "times", "events")
    produces: tuple[str, ...] = ("events",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.parsed is None or analysis.reference_date is None or not analysis.events:
            return analysis
        return replace(analysis, events=tuple(date_event(analysis, e) for e in analysis.events))


def date_event(analysis: Analysis, event: Event) -> Event:
    ref = analysis.reference_date
    dates = [_date_of(analysis, ev, event) for ev in event.evidence] or [_fallback(analysis, event)]
    main = next((d for d in dates if d.source != "publication-fallback"), dates[0])
    others = [d for d in dates if d is not main and d.value and d.value != main.value
              and d.source != "publication-fallback"]
    if others:
        extra = "; ".join(f"another mention gives {d.value} ({d.text!r})" for d in others)
        main = replace(main, reason=f"{main.reason}; {extra}")
    return replace(event, date=main, aux_modes=_modes(event, main, ref))


def _modes(event: Event, date: EventDate, ref: TimeValue) -> tuple[str, ...]:
    end = cal.interval_end(date.value)
    ref_day = dt.date.fromisoformat(ref.value) if ref and ref.value else None
    if end is None or ref_day is None or (ref_day - end).days < HISTORICAL_DAYS:
        return event.aux_modes
    modes = set(event.aux_modes) | {"historical"}
    return tuple(m for m in _MODES_ORDER if m in modes) + tuple(m for m in event.aux_modes if m not in _MODES_ORDER)


def _date_of(analysis: Analysis, ev: Evidence, event: Event) -> EventDate:
    parsed = analysis.parsed
    trigger = parsed.token_at(ev.trigger_start)
    if trigger is None:
        return _fallback(analysis, event)
    dated = [t for t in analysis.times if t.value and t.type in ("DATE", "TIME")]
    governing = _nearest([t for t in dated if governs(parsed, t, trigger)], parsed, trigger)
    if governing is not None:
        return _from_time(analysis, governing, trigger, "governs the event's clause")
    in_scope = _nearest([t for t in dated if in_sentence_scope(parsed, t, trigger)], parsed, trigger)
    # A pluperfect clause is before the time of its sentence's main event, not at it:
    # "X said on Sunday that Y had refused ..." dates the refusal before Sunday.
    if in_scope is not None and _pluperfect_above(parsed, trigger) is None:
        return _from_time(analysis, in_scope, trigger, "is in the event's sentence")
    return _from_tense(analysis, trigger, event, in_scope)


def _nearest(times: list[TimeValue], parsed: Parsed, trigger: int) -> TimeValue | None:
    at = parsed.tokens[trigger].start
    return min(times, key=lambda t: abs(t.start - at), default=None)


def _from_time(analysis: Analysis, time: TimeValue, trigger: int, how: str) -> EventDate:
    reason = f"{time.text!r} {how}: {time.reason}"
    if time.source == "relative" and time.granularity == "month" and _past(analysis.parsed, trigger):
        background = narrative_time(analysis, analysis.parsed.tokens[trigger].sent)
        if background is not None:
            value = f"{background.value[:4]}{time.value[4:]}"
            return EventDate(value, time.granularity, "context",
                             f"{time.text!r} read in the year of the background paragraph ({background.text!r}); "
                             f"from the reference date alone it would be {time.value}", time.text)
    return EventDate(time.value, time.granularity, time.source, reason, time.text)


def _from_tense(analysis: Analysis, trigger: int, event: Event, in_scope: TimeValue | None = None) -> EventDate:
    parsed, ref = analysis.parsed, analysis.reference_date
    plup = _pluperfect_above(parsed, trigger)
    if plup is not None:
        how = "pluperfect" if plup == clause_verb(parsed, trigger) else "inside the clause of the pluperfect"
        anchor = in_scope or ref
        whose = f"{in_scope.text!r} in its sentence" if in_scope else "the reference date"
        return EventDate(None, None, "context", f"{how} {plup.text!r}: before {whose}",
                         plup.text, relation="before", anchor=anchor.value)
    if _past(parsed, trigger):
        background = narrative_time(analysis, parsed.tokens[trigger].sent)
        if background is not None:
            return EventDate(background.value, background.granularity, "context",
                             f"past tense continuing a background paragraph dated by {background.text!r}",
                             background.text)
    return _fallback(analysis, event)


def _pluperfect_above(parsed: Parsed, trigger: int):
    """The pluperfect verb of the trigger's clause or of a clause it hangs in ("had sent ... after X broke out")."""
    tok = parsed.tokens[trigger]
    while True:
        verb = clause_verb(parsed, tok.i)
        if verb is None:
            return None
        if is_pluperfect(parsed, verb):
            return verb
        if verb.head == verb.i or verb.dep in ("ccomp", "parataxis"):
            return None  # reported speech keeps its own time
        tok = parsed.tokens[verb.head]


def _past(parsed: Parsed, trigger: int) -> bool:
    verb = clause_verb(parsed, trigger)
    return verb is not None and verb.tag in ("VBD", "VBN")


def _fallback(analysis: Analysis, event: Event) -> EventDate:
    ref = analysis.reference_date
    if "historical" in event.aux_modes:
        return EventDate(None, None, "context", "background event with no date of its own: before the reference date",
                         None, relation="before", anchor=ref.value)
    what = "publication date" if ref.source == "explicit" else f"reference date ({ref.source}, no publication date)"
    relation = "after" if "future" in event.aux_modes else "around"
    return EventDate(ref.value, ref.granularity, "publication-fallback",
                     f"no time expression governs the event: the {what}", ref.text or None,
                     relation=relation, anchor=ref.value)
