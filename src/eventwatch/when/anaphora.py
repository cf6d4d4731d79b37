"""Expressions that refer back to the time mentioned last (TimeML's anchoring).

"the following day", "that year", "the same week", "the previous year", "the
year before", "three days later", "a year earlier", "the day" ("late in the
day", "to end the day"): read from the nearest time mentioned before them whose
granularity allows it (a day for "the following day", any date with a year for
"the previous year"; "three days later" only from a time in its paragraph, at
most one sentence back). With no such time they are read from the reference
date, like "yesterday". "Three years ago" is not here: "ago" counts from the
reference date, "earlier" from the time in discussion.

"A year earlier" keeps a quarter or a month ("profit in the third quarter rose
from a year earlier": the same quarter of the year before); "the previous year"
is a year.
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .grammar import Match
from .relative import the_day
from .values import Norm, number, words

__all__ = ["ANAPHORIC", "mentioned_before", "resolve_anaphor"]

ANAPHORIC = frozenset({"anaphor", "shift", "the_day", "nth_day"})

SHIFT_REACH = 1  # "three days later" counts from a time at most this many sentences back
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z])")

_BACK = {"previous", "preceding", "prior", "before", "earlier"}
_AHEAD = {"following", "next", "after", "later"}
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})")


def mentioned_before(text: str, times, match: Match) -> list[str]:
    """Values of the dated times before ``match``, in text order, that it may refer back to.

    "The following day" may refer to any time before it. "Three days later", "a
    year earlier" refer back only within the paragraph, at most one sentence back:
    further away they usually count from the story's present ("who brokered the
    deal a year earlier", a paragraph after "since July 2022").
    """
    dated = [t for t in times if t.value and t.type in ("DATE", "TIME") and t.end <= match.start]
    if match.kind == "shift":
        dated = [t for t in dated if _close(text[t.end:match.start])]
    return [t.value for t in dated]


def _close(between: str) -> bool:
    return "\n\n" not in between and len(_SENTENCE_BREAK.findall(between)) <= SHIFT_REACH


def resolve_anaphor(m: Match, ref: dt.date, previous: list[str] | None) -> Norm | None:
    """The value of ``m`` read from the latest fitting value in ``previous`` (text order), else from ``ref``."""
    unit = words(m.groups.get("unit", "day"))
    if m.kind == "nth_day":
        return _nth_day(int(m.groups["day"]), ref, previous or [])
    if m.kind == "the_day" and unit == "weekend":
        return the_day(m, ref, 0)
    if m.kind == "shift":
        n = number(m.groups["num"])
        if n is None:
            return None  # "several days later": no value to compute
        n = -n if words(m.groups["dir"]) in _BACK else n
        if unit == "week":
            unit, n = "day", 7 * n  # "a week later" is a day, like "a week ago"
        if unit not in ("day", "month", "year", "decade", "quarter"):
            return None
    else:
        rel = words(m.groups.get("rel", "")).removeprefix("the ")
        n = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
        if rel.endswith("year ago") or rel.endswith("year earlier") or rel.endswith("year before"):
            return _same_a_year_before(m, ref, unit, previous or [])
    anchor = _fitting(previous or [], unit)
    base = anchor or ref.isoformat()
    value = _shifted(base, unit, n, keep=m.kind == "shift")
    if value is None:
        return None
    where = f"the time mentioned before it ({anchor})" if anchor else f"the reference date {ref.isoformat()}"
    return Norm(value, _granularity(value), "DATE", "relative",
                f"refers back: {n:+d} {unit} from {where}")


def _nth_day(day: int, ref: dt.date, previous: list[str]) -> Norm | None:
    """'began on May 4 and ended on the 12th': that day of the month in discussion."""
    anchor = _fitting(previous, "month") or ref.isoformat()
    d = cal.safe_date(int(anchor[:4]), int(anchor[5:7]), day)
    if d is None:
        return None
    return Norm(cal.day_value(d), "day", "DATE", "relative", f"day {day} of the month in discussion ({anchor[:7]})")


def _same_a_year_before(m: Match, ref: dt.date, unit: str, previous: list[str]) -> Norm | None:
    """'the same month a year ago': the time in discussion (at that unit), one year back."""
    anchor = _fitting(previous, "time" if unit in ("period", "time") else unit) or ref.isoformat()
    if unit == "month" and _DAY.match(anchor):
        anchor = anchor[:7]
    elif unit == "quarter" and not _QUARTER.match(anchor):
        anchor = _shift_years(anchor, "quarter", 0, True)
    elif unit == "week" and _DAY.match(anchor):
        anchor = cal.week_value(dt.date.fromisoformat(anchor[:10]))
    if anchor is None:
        return None  # a quarter asked of a bare year
    if _DAY.match(anchor):
        value = f"{int(anchor[:4]) - 1:04d}{anchor[4:10]}"
    else:
        value = _shift_years(anchor, "year", -1, True)
    return Norm(value, _granularity(value), "DATE", "relative", f"the same {unit} as {anchor}, a year before")


def _fitting(previous: list[str], unit: str) -> str | None:
    """The latest earlier value fine enough to count ``unit`` from."""
    for value in reversed(previous):
        if unit in ("day", "weekend") and _DAY.match(value):
            return value
        if unit == "week" and (_DAY.match(value) or _WEEK.match(value)):
            return value
        if unit == "month" and (_DAY.match(value) or _MONTH.match(value)):
            return value
        if unit in ("year", "decade", "quarter", "time") and _YEAR.match(value):
            return value
    return None


def _shifted(base: str, unit: str, n: int, keep: bool) -> str | None:
    if unit == "time":
        return base
    day = _DAY.match(base)
    d = dt.date(*map(int, day.groups())) if day else None
    if unit == "day":
        return cal.day_value(d + dt.timedelta(days=n)) if d else None
    if unit in ("week", "weekend"):
        if d is None:
            week = _WEEK.match(base)
            d = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        suffix = "-WE" if unit == "weekend" else ""
        return cal.week_value(d + dt.timedelta(days=7 * n)) + suffix
    if unit == "month":
        year, month = (d.year, d.month) if d else map(int, _MONTH.match(base).groups())
        return cal.month_value(*cal.shift_months(year, month, n))
    return _shift_years(base, unit, n, keep)


def _shift_years(base: str, unit: str, n: int, keep: bool) -> str | None:
    year = int(_YEAR.match(base)[1])
    if unit == "quarter":
        q = _quarter_of(base)
        return None if q is None else "{:04d}-Q{}".format(*cal.shift_quarters(year, q, n))
    years = n * 10 if unit == "decade" else n
    if keep and unit == "year" and (_QUARTER.match(base) or _MONTH.match(base) or _WEEK.match(base)):
        return f"{year + years:04d}{base[4:]}"  # the same quarter (month) a year before
    return f"{year + years:04d}"


def _quarter_of(value: str) -> int | None:
    quarter = _QUARTER.match(value)
    if quarter:
        return int(quarter[2])
    if _DAY.match(value) or _MONTH.match(value):
        return (int(value[5:7]) - 1) // 3 + 1
    return None  # a year or a season has no one quarter


def _granularity(value: str) -> str:
    if _DAY.match(value):
        return "day"
    if "W" in value:
        return "week"
    if "Q" in value:
        return "quarter"
    return "month" if _MONTH.match(value) else "year"
