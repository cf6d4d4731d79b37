"""Calendar arithmetic in TIMEX3 terms: ISO weeks, quarters, month shifts, direction.

``direction`` is the tense of the clause: -1 past, +1 future, 0 unknown. News
prefers the past when the tense says nothing (HeidelTime's news strategy does
the same), except that a date only a few weeks ahead stays ahead.
"""
from __future__ import annotations

import datetime as dt

FUTURE_GRACE_DAYS = 60  # unknown tense: a partial date up to this far ahead keeps the reference year


def day_value(d: dt.date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    k = year * 4 + (quarter - 1) + n
    return k // 4, k % 4 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(ref: dt.date, weekday: int, direction: int, rel: str = "") -> dt.date:
    """The weekday nearest the reference date in the clause's direction.

    The reference weekday itself means the reference day ("said on Friday" in a
    Friday story), unless "last"/"next" asks for another week; "this Friday" is
    the Friday of the reference date's week.
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if rel in ("next", "coming"):
        return ref + dt.timedelta(days=ahead or 7)
    if rel in ("last", "past"):
        return ref - dt.timedelta(days=back or 7)
    if rel == "this":  # the weekday of the reference date's own week (Monday to Sunday)
        return ref + dt.timedelta(days=weekday - ref.weekday())
    if back == 0:
        return ref
    if direction > 0:
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def year_for(ref: dt.date, month: int, day: int | None, direction: int) -> int:
    """Year of a partial date ("Jan 8", "in December") seen from ``ref``."""
    candidate = safe_date(ref.year, month, day or 1) or dt.date(ref.year, month, 28)
    if day is None and month == ref.month:
        return ref.year
    if candidate > ref:
        if direction < 0 or (direction == 0 and (candidate - ref).days > FUTURE_GRACE_DAYS):
            return ref.year - 1
    elif candidate < ref and direction > 0:
        return ref.year + 1
    return ref.year


def latest_year_with_weekday(month: int, day: int, weekday: int, not_after: dt.date,
                             at_least: int | None = None, span: int = 60) -> list[int]:
    """Years (latest first) in which month/day falls on ``weekday``, not after ``not_after``."""
    years = []
    for year in range(not_after.year, not_after.year - span, -1):
        d = safe_date(year, month, day)
        if d and d <= not_after and d.weekday() == weekday and (at_least is None or year >= at_least):
            years.append(year)
    return years


def interval_end(value: str | None) -> dt.date | None:
    """Last day a TIMEX3 value covers ("2008" -> 2008-12-31, "1998/1999" -> 1999-12-31), or None."""
    if not value or value.endswith("_REF") or value.startswith("P"):
        return None
    value = value.split("/")[-1].split("T")[0]
    try:
        if len(value) == 3 and value.isdigit():  # a decade, "199"
            return dt.date(int(value) * 10 + 9, 12, 31)
        year = int(value[:4])
        rest = value[5:]
        if not rest:
            return dt.date(year, 12, 31)
        if rest.startswith("W"):
            return dt.date.fromisocalendar(year, int(rest[1:3]), 7)
        if rest.startswith(("Q", "H")):
            last_month = int(rest[1]) * (3 if rest[0] == "Q" else 6)
            return dt.date(*shift_months(year, last_month, 1), 1) - dt.timedelta(days=1)
        if rest.isdigit() and len(rest) == 2:
            return dt.date(*shift_months(year, int(rest), 1), 1) - dt.timedelta(days=1)
        if len(rest) == 5:
            return dt.date.fromisoformat(value[:10])
        return dt.date(year, 12, 31)  # seasons and anything coarser
    except ValueError:
        return None
