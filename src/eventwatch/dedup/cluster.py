"""Cross-article event clustering: the same happening told by several articles -> one
canonical event.

Events are blocked on (event type, actor, recipient); inside a block they are ordered by
date and a cluster takes every event within ``window_days`` of its first one (complete-link
on the date, so a chain of daily events does not melt into one). Events with neither actor
nor recipient known are never merged: there is nothing to say they are the same.
Conflicting details (dates, places) are kept per cluster, never overwritten.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

__all__ = ["Canonical", "Frame", "cluster_frames", "summarise"]


@dataclass(frozen=True)
class Frame:
    """What clustering needs to know about one event mention."""

    id: str
    article_id: str
    event_type: str
    actor: str | None = None  # a comparable key: CAMEO code, else country, else name
    recipient: str | None = None
    date: dt.date | None = None
    date_value: str | None = None
    place: str | None = None
    source: str | None = None  # outlet (falls back to the article)
    seen: dt.datetime | None = None  # when the article was published / ingested


@dataclass(frozen=True)
class Canonical:
    id: str
    members: tuple[Frame, ...]
    date: dt.date | None
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: dt.datetime | None
    first: Frame
    conflicts: dict
    place_from: str | None = None  # id of the member whose place is the most reported one


def _when(frame: Frame) -> dt.date | None:
    return frame.date or (frame.seen.date() if frame.seen else None)


def _order(frame: Frame) -> tuple:
    return (frame.seen or dt.datetime.max, frame.article_id, frame.id)


def cluster_frames(frames: Iterable[Frame], window_days: int = 1) -> list[list[Frame]]:
    """Groups of frames that report the same happening (singletons included)."""
    blocks: dict[tuple, list[Frame]] = defaultdict(list)
    groups: list[list[Frame]] = []
    for f in frames:
        if f.actor is None and f.recipient is None:
            groups.append([f])
        else:
            blocks[(f.event_type, f.actor, f.recipient)].append(f)
    for block in blocks.values():
        groups.extend(_split_by_date(block, window_days))
    return groups


def _split_by_date(block: list[Frame], window_days: int) -> list[list[Frame]]:
    dated = sorted((f for f in block if _when(f)), key=lambda f: (_when(f), _order(f)))
    groups: list[list[Frame]] = [[f] for f in block if not _when(f)]
    current: list[Frame] = []
    for f in dated:
        if current and (_when(f) - _when(current[0])).days > window_days:
            groups.append(current)
            current = []
        current.append(f)
    if current:
        groups.append(current)
    return groups


def _values(members: Iterable[Frame], attr: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for f in members:
        value = getattr(f, attr)
        if value is not None:
            out[str(value)].append(f.id)
    return dict(out)


def summarise(group: list[Frame]) -> Canonical:
    """Counts, first sighting and kept conflicts of one cluster."""
    members = tuple(sorted(group, key=_order))
    first = members[0]
    conflicts = {}
    for attr, label in (("date_value", "date"), ("place", "place")):
        values = _values(members, attr)
        if len(values) > 1:
            conflicts[label] = values
    dates = Counter(f.date for f in members if f.date)
    # the most reported date; on a tie the earliest
    date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    places = Counter(f.place for f in members if f.place)
    place = min(places, key=lambda p: (-places[p], p)) if places else None
    place_from = next((f.id for f in members if place and f.place == place), None)
    seen = [f.seen for f in members if f.seen]
    return Canonical(id="c" + first.id, members=members, date=date, num_mentions=len(members),
                     num_articles=len({f.article_id for f in members}),
                     num_sources=len({f.source or f.article_id for f in members}),
                     first_seen=min(seen) if seen else None, first=first, conflicts=conflicts,
                     place_from=place_from)
