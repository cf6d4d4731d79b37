"""Quotes <-> events, and headline quotes <-> the body quote they repeat.

A quote supports or reports an event when its span holds (or overlaps) the
event's trigger, or when it shares the event's evidence sentence and its speaker
is the event's actor ("Kurti urged ...", "... said Kurti").
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Event, Quote

__all__ = ["attach_to_events", "link_events", "link_headlines"]

_OVERLAP_MIN = 0.5  # share of a headline's words that a body quote must hold


def link_events(quotes: list[Quote], events: tuple[Event, ...]) -> list[Quote]:
    """Each quote with the ids of the events it supports or reports."""
    links: dict[str, list[str]] = {q.id: [] for q in quotes}
    for event in events:
        for quote in quotes:
            if quote.kind != "headline" and _supports(quote, event):
                links[quote.id].append(event.id)
    return [replace(q, event_ids=tuple(dict.fromkeys(links[q.id]))) for q in quotes]


def attach_to_events(quotes: list[Quote], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The other direction: Event.quotes from Quote.event_ids."""
    by_event: dict[str, list[str]] = {}
    for q in quotes:
        for eid in q.event_ids:
            by_event.setdefault(eid, []).append(q.id)
    return tuple(replace(e, quotes=tuple(dict.fromkeys(e.quotes + tuple(by_event.get(e.id, ())))))
                 for e in events)


def _supports(quote: Quote, event: Event) -> bool:
    for ev in event.evidence:
        if quote.start < ev.trigger_end and ev.trigger_start < quote.end:
            return True
        same_sentence = ev.start <= quote.start < ev.end or quote.start <= ev.start < quote.end
        if same_sentence and _same_speaker(quote, event):
            return True
    return False


def _same_speaker(quote: Quote, event: Event) -> bool:
    if quote.speaker is None:
        return False
    name = quote.speaker.name.lower()
    for actor, text in zip(event.actor, event.actor_text + ("",) * len(event.actor)):
        if actor == quote.speaker or actor.name.lower() == name:
            return True
        if text and _words(text) & _words(name):
            return True
    return False


def _words(s: str) -> set[str]:
    return {w for w in s.lower().replace("\u2019s", "").replace("'s", "").split() if len(w) > 2}


def link_headlines(quotes: list[Quote]) -> list[Quote]:
    """A headline quote repeats a body quote: take its speaker and events."""
    out = []
    for q in quotes:
        if q.kind == "headline":
            body = _best_body_match(q, quotes)
            if body is not None:
                q = replace(q, speaker=body.speaker or q.speaker, event_ids=body.event_ids)
        out.append(q)
    return out


def _best_body_match(headline: Quote, quotes: list[Quote]) -> Quote | None:
    words = _words(headline.text)
    best, best_share = None, _OVERLAP_MIN
    for q in quotes:
        if q.kind == "headline" or not words:
            continue
        share = len(words & _words(q.text)) / len(words)
        same = q.speaker is not None and headline.speaker is not None and \
            _words(q.speaker.name) & _words(headline.speaker.name)
        if share >= best_share and (same or headline.speaker is None):
            best, best_share = q, share
    return best
