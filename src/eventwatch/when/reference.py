"""The article's "now": its publication date, or a date inferred from the text.

Without a publication date, in this order:
1. a month-day with its weekday ("Jan 8, Sunday"): the latest year, not after
   today, in which that day falls on that weekday and that is not before any
   year the text names (a story naming 2008 is not from 2006);
2. a full date near the top (a dateline), else the latest full date in the text
   that is not after today;
3. today (``settings.today`` when set), marked unresolved.
"""
from __future__ import annotations

import datetime as dt

from ..model import Article, TimeValue
from . import calendar as cal
from .grammar import Match
from .lexicon import MONTHS, WEEKDAYS
from .normalise import normalise

__all__ = ["reference_date"]

_FULL = ("iso", "numeric", "mdy", "dmy")
DATELINE_CHARS = 300  # a full date this close to the top is taken as the dateline


def reference_date(article: Article, matches: list[Match], today: dt.date) -> TimeValue:
    if article.published is not None:
        return TimeValue("", 0, 0, article.published.isoformat(), "day", "explicit",
                         "publication date of the article")
    named = _named_years(matches, today)
    return (_from_weekday(matches, today, named) or _from_full_dates(matches, today)
            or TimeValue("", 0, 0, today.isoformat(), "day", "unresolved",
                         "no publication date and no date in the text fixes it: today is used"))


def _named_years(matches: list[Match], today: dt.date) -> list[int]:
    years = []
    for m in matches:
        for key in ("year", "y1", "y2"):
            raw = m.groups.get(key)
            if raw and len(raw) == 4 and int(raw) <= today.year:
                years.append(int(raw))
    return years


def _from_weekday(matches: list[Match], today: dt.date, named: list[int]) -> TimeValue | None:
    for m in matches:
        weekday = m.groups.get("wd") or m.groups.get("wd2")
        if m.kind not in ("md", "dm") or not weekday:
            continue
        month, day = MONTHS[m.groups["mon"].lower().rstrip(".")], int(m.groups["day"])
        floor = max(named) if named else None
        years = cal.latest_year_with_weekday(month, day, WEEKDAYS[weekday.lower().rstrip(".")], today, floor)
        if not years:
            continue
        all_years = cal.latest_year_with_weekday(month, day, WEEKDAYS[weekday.lower().rstrip(".")], today, None, 30)
        value = dt.date(years[0], month, day)
        reason = (f"no publication date; {m.text!r}: {value:%B} {day} is a {weekday} in "
                  f"{', '.join(map(str, all_years[:5]))}; latest not after today ({today.isoformat()})")
        if floor is not None:
            reason += f" and not before {floor}, the latest year the text names"
        return TimeValue(m.text, m.start, m.end, value.isoformat(), "day", "weekday-inferred", reason)
    return None


def _from_full_dates(matches: list[Match], today: dt.date) -> TimeValue | None:
    dated = []
    for m in matches:
        if m.kind in _FULL:
            norm = normalise(m, today, 0)
            if norm and norm.value and norm.value <= today.isoformat():
                dated.append((m, norm.value))
    if not dated:
        return None
    m, value = dated[0]
    if m.start <= DATELINE_CHARS:
        return TimeValue(m.text, m.start, m.end, value, "day", "context",
                         "no publication date; the full date at the top of the text (dateline)")
    m, value = max(dated, key=lambda d: d[1])
    return TimeValue(m.text, m.start, m.end, value, "day", "context",
                     "no publication date; the latest full date in the text")
