"""Turn a grammar match into a TIMEX3 value, relative to a reference date.

One small function per rule kind. Each returns a ``Norm`` (value, granularity,
TIMEX3 type, source, reason) or None when the match is not a time after all.
"""
from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .grammar import Match
from .anaphora import ANAPHORIC, resolve_anaphor
from .lexicon import DECADE_WORDS, MONTHS, ORDINAL_WORDS, ORDINALS, SEASONS, WEEKDAYS, holiday_date
from .relative import (ago, clock, deictic, duration, reference, set_expr, span_rel, streak, stretch, the_day,
                       unit_rel, weekday)
from .values import Norm, step, words

__all__ = ["Norm", "normalise"]


def month_name(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


def _month(g: dict) -> int:
    return MONTHS[g["mon"].lower().rstrip(".")]


def _explicit_day(m: Match, ref, direction) -> Norm | None:
    """A full date. Numeric dates are read month first (US order, as English news
    mostly writes them) unless the first number cannot be a month ("13/08/2007")."""
    g = m.groups
    month = int(g["month"]) if "month" in g else _month(g)
    day = int(g["day"])
    year = int(g["year"])
    if len(g["year"]) == 2:
        year += 2000 if year < 50 else 1900
    why = "full date in the text"
    if month > 12 and day <= 12:
        month, day = day, month
        why += ", day first (the first number cannot be a month)"
    d = cal.safe_date(year, month, day)
    if d is None:
        return None
    return Norm(cal.day_value(d), "day", reason=why)


def _partial_day(m: Match, ref, direction) -> Norm | None:
    g = m.groups
    month, day = _month(g), int(g["day"])
    year = cal.year_for(ref, month, day, direction)
    d = cal.safe_date(year, month, day)
    if d is None:
        return None
    why = f"year {year} from the reference date {ref.isoformat()}"
    weekday = g.get("wd") or g.get("wd2")
    if weekday and d.weekday() != WEEKDAYS[weekday.lower().rstrip(".")]:
        why += f"; the text's {weekday} does not fit"
    return Norm(cal.day_value(d), "day", source="relative", reason=why)


def _month_year(m: Match, ref, direction) -> Norm:
    """'May 2019', and 'June last year' (the year named relative to the reference date)."""
    if "yrel" in m.groups:
        year = ref.year + {"last": -1, "next": 1}.get(words(m.groups["yrel"]), 0)
        return Norm(cal.month_value(year, _month(m.groups)), "month", source="relative",
                    reason=f"month of {year}, seen from {ref.isoformat()}")
    return Norm(cal.month_value(int(m.groups["year"]), _month(m.groups)), "month", reason="month and year in the text")


def _month_only(m: Match, ref, direction) -> Norm:
    month, rel = _month(m.groups), words(m.groups.get("rel", ""))
    if rel == "last":
        year = ref.year - 1 if month >= ref.month else ref.year
    elif rel == "next":
        year = ref.year + 1 if month <= ref.month else ref.year
    else:
        year = cal.year_for(ref, month, None, direction)
    return Norm(cal.month_value(year, month), "month", source="relative",
                reason=f"year {year} from the reference date {ref.isoformat()}")


def _week_of(m: Match, ref, direction) -> Norm:
    """'the last week of March': the ISO week holding most of that seven-day stretch of the month."""
    g = m.groups
    month = _month(g)
    year = int(g["year"]) if "year" in g else cal.year_for(ref, month, None, direction)
    last = (dt.date(*cal.shift_months(year, month, 1), 1) - dt.timedelta(days=1)).day
    nth = g["ord"].lower()
    middle = last - 3 if nth in ("last", "final") else 7 * ORDINAL_WORDS[nth] - 3
    return Norm(cal.week_value(dt.date(year, month, middle)), "week", source="explicit" if "year" in g else "relative",
                reason=f"the week around {month_name(month)} {middle}, {year}")


def _months_of(m: Match, ref, direction) -> Norm:
    """'the first six months of 2009' is 2009-H1; 'the last three months of the year' its Q4."""
    g = m.groups
    year = int(g["year"]) if "year" in g else ref.year + {"last": -1, "next": 1}.get(words(g.get("yrel", "")), 0)
    six, first = words(g["num"]) in ("six", "6"), words(g["side"]) == "first"
    part = ("H1" if first else "H2") if six else ("Q1" if first else "Q4")
    return Norm(f"{year:04d}-{part}", "quarter", source="explicit" if "year" in g else "relative",
                reason="the months named make a quarter or a half year")


def _year(m: Match, ref, direction) -> Norm:
    return Norm(f"{int(m.groups['year']):04d}", "year", reason="year in the text")


def _short_year(m: Match, ref, direction) -> Norm:
    yy = int(m.groups["yy"])
    year = 2000 + yy if 2000 + yy <= ref.year + 10 else 1900 + yy
    return Norm(str(year), "year", source="relative", reason="two-digit year")


def _year_range(m: Match, ref, direction) -> Norm | None:
    y1, raw2 = int(m.groups["y1"]), m.groups["y2"]
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if not y1 < y2 <= y1 + 50:
        return None
    return Norm(f"{y1}/{y2}", "range", reason="range of years (ISO 8601 interval)")


def _decade(m: Match, ref, direction) -> Norm:
    if "dec" in m.groups:
        return Norm(m.groups["dec"][:3], "range", reason="decade")
    short = DECADE_WORDS[m.groups["word"].lower()] * 10 if "word" in m.groups else int(m.groups["short"])
    century = 20 if 2000 + short <= ref.year else 19
    return Norm(f"{century}{short // 10}", "range", source="relative", reason="decade, century from the reference date")


def _century(m: Match, ref, direction) -> Norm | None:
    raw = m.groups["ord"].lower()
    n = int(raw[:-2]) if raw[0].isdigit() else ORDINAL_WORDS[raw]
    if not 1 <= n <= 30:
        return None
    return Norm(f"{n - 1:02d}", "range", reason=f"the {raw} century is {n - 1:02d}00-{n - 1:02d}99")


def _quarter(m: Match, ref, direction) -> Norm:
    g = m.groups
    q = int(g["q"]) if "q" in g else ORDINALS[g["ord"].lower()]
    if "year" in g:
        return Norm(f"{g['year']}-Q{q}", "quarter", reason="quarter and year in the text")
    yrel = words(g.get("yrel", ""))
    if yrel:
        year = ref.year + {"this": 0, "the current": 0, "next": 1}.get(yrel.removesuffix(" year"), -1)
    elif g.get("ord", "").lower() == "last":  # "the last quarter": the one before this
        year, q = cal.shift_quarters(ref.year, cal.quarter_of(ref), -1)
    else:
        year = ref.year
        if q > cal.quarter_of(ref) and direction <= 0:
            year -= 1
        elif q < cal.quarter_of(ref) and direction > 0:
            year += 1
    return Norm(f"{year}-Q{q}", "quarter", source="relative", reason=f"quarter seen from {ref.isoformat()}")


def _quarter_rel(m: Match, ref, direction) -> Norm:
    year, q = cal.shift_quarters(ref.year, cal.quarter_of(ref), step(m.groups["rel"]))
    return Norm(f"{year}-Q{q}", "quarter", source="relative", reason=f"quarter seen from {ref.isoformat()}")


def _half(m: Match, ref, direction) -> Norm:
    g = m.groups
    h = int(g["h"]) if "h" in g else (1 if g["ord"].lower() == "first" else 2)
    year = int(g["year"]) if "year" in g else ref.year + {"last": -1, "next": 1}.get(words(g.get("yrel", "")), 0)
    return Norm(f"{year}-H{h}", "quarter", source="explicit" if "year" in g else "relative", reason="half year")


# first and last month of a season in the northern hemisphere (winter spans the new year: left as is)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _season(m: Match, ref, direction) -> Norm | None:
    g = m.groups
    code = SEASONS[g["season"].lower()]
    rel = words(g.get("rel", ""))
    if "year" in g:
        return Norm(f"{g['year']}-{code}", "season", reason="season and year in the text")
    year = ref.year + {"last": -1, "next": 1}.get(rel, 0)
    if rel in ("", "the", "that") and code in _SEASON_MONTHS:
        first, last = _SEASON_MONTHS[code]
        if direction < 0 and first > ref.month:
            year -= 1  # "prices rose in the autumn", said in March: last autumn
        elif direction > 0 and last < ref.month:
            year += 1  # "will open in the spring", said in October: next spring
    return Norm(f"{year}-{code}", "season", source="relative", reason=f"season seen from {ref.isoformat()}")



def _holiday(m: Match, ref, direction) -> Norm | None:
    g = m.groups
    name = words(g["hol"])
    if "year" in g:
        d = holiday_date(name, int(g["year"]))
    else:
        d = holiday_date(name, ref.year)
        if d and d > ref and (direction < 0 or (direction == 0 and (d - ref).days > cal.FUTURE_GRACE_DAYS)):
            d = holiday_date(name, ref.year - 1)
        elif d and d < ref and direction > 0:
            d = holiday_date(name, ref.year + 1)
    if d is None:
        return None
    why = f"{name} is {d.isoformat()}"
    if "eve" in g:
        d -= dt.timedelta(days=1)
        why += ", so its eve the day before"
    return Norm(cal.day_value(d), "day", source="explicit" if "year" in g else "relative", reason=why)


_HANDLERS = {
    "iso": _explicit_day, "numeric": _explicit_day, "mdy": _explicit_day, "dmy": _explicit_day,
    "md": _partial_day, "dm": _partial_day, "my": _month_year, "month": _month_only,
    "year": _year, "short_year": _short_year, "year_range": _year_range, "decade": _decade,
    "quarter": _quarter, "quarter_rel": _quarter_rel, "half": _half, "season": _season,
    "holiday": _holiday, "ago": ago, "span_rel": span_rel, "unit_rel": unit_rel,
    "unit_the": unit_rel, "deictic": deictic, "weekday": weekday, "reference": reference,
    "duration": duration, "set": set_expr, "the_day": the_day, "century": _century,
    "stretch": stretch, "streak": streak, "clock": clock, "week_of": _week_of, "months_of": _months_of,
}


def normalise(match: Match, ref: dt.date, direction: int = 0, mentioned: list[str] | None = None) -> Norm | None:
    """The TIMEX3 value of ``match`` seen from ``ref`` in a clause of tense ``direction``.

    ``mentioned`` are the values of the times before the match, in text order:
    expressions that refer back ("the following day", "a year earlier") are read from them.
    """
    if match.kind in ANAPHORIC:
        return resolve_anaphor(match, ref, mentioned)
    return _HANDLERS[match.kind](match, ref, direction)
