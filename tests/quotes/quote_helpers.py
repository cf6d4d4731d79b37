"""Small helpers shared by the quote tests."""
from __future__ import annotations


def by_start(analysis, fragment):
    for q in analysis.quotes:
        if q.text.startswith(fragment):
            return q
    raise AssertionError(f"no quote starting {fragment!r}: {[q.text for q in analysis.quotes]}")


def speaker(q):
    return q.speaker.name if q.speaker else None
