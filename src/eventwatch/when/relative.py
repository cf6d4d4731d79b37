"""Rules for expressions that only mean something from a reference date.

"last week", "three days ago", "yesterday", "Friday", "now", "the past two
years" (a duration), "every month" (a set).
"""
from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .grammar import Match
from .lexicon import UNITS, WEEKDAYS
from .values import Norm, number, step, words

__all__ = ["ago", "deictic", "duration", "reference", "set_expr", "span_rel", "the_day", "unit_rel", "weekday",
           "year_prev"]

_PRESENT = {"now", "right now", "currently", "at present", "presently", "nowadays", "the time being"}
_FUTURE_PREFIX = ("the future", "the near future", "soon", "very soon", "the long term", "the near term",
                  "the short term", "in the coming")
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _unit(raw: str) -> str:
    unit = raw.lower()
    return "century" if unit.startswith("centur") else unit


def _relative(value: str, granularity: str, ref: dt.date, what: str, type_: str = "DATE") -> Norm:
    return Norm(value, granularity, type_, "relative", f"{what} from the reference date {ref.isoformat()}")


def unit_rel(m: Match, ref: dt.date, direction: int) -> Norm | None:
    """this/last/next + day, week, weekend, month, year, decade, century."""
    n, unit = step(m.groups.get("rel", "this")), _unit(m.groups["unit"])
    if unit == "day":
        return _relative(cal.day_value(ref + dt.timedelta(days=n)), "day", ref, "day")
    if unit in ("week", "weekend"):
        value = cal.week_value(ref + dt.timedelta(days=7 * n))
        return _relative(value + ("-WE" if unit == "weekend" else ""), "week", ref, unit)
    if unit == "month":
        return _relative(cal.month_value(*cal.shift_months(ref.year, ref.month, n)), "month", ref, "month")
    if unit == "year":
        return _relative(f"{ref.year + n:04d}", "year", ref, "year")
    if unit == "decade":
        return _relative(f"{ref.year // 10 + n:03d}", "range", ref, "decade")
    if unit == "century":
        return _relative(f"{ref.year // 100 + n:02d}", "range", ref, "century")
    return None


def the_day(m: Match, ref: dt.date, direction: int) -> Norm:
    """'the day', 'late in the day', 'the weekend': the story's own day or weekend."""
    if m.groups["unit"].lower() == "weekend":
        return _relative(cal.week_value(ref) + "-WE", "week", ref, "the story's weekend")
    return _relative(cal.day_value(ref), "day", ref, "the story's day")


def year_prev(m: Match, ref: dt.date, direction: int) -> Norm:
    return _relative(f"{ref.year - 1:04d}", "year", ref, "the year before")


def span_rel(m: Match, ref: dt.date, direction: int) -> Norm | None:
    """'the past two years' is a duration (P2Y), not a date."""
    n = number(m.groups["num"])
    letter = UNITS.get(_unit(m.groups["unit"]))
    if letter is None:
        return None
    return Norm(f"P{n if n is not None else 'X'}{letter}", "duration", "DURATION", "relative",
                "a stretch of time ending or starting at the reference date")


def ago(m: Match, ref: dt.date, direction: int) -> Norm | None:
    n, unit = number(m.groups["num"]), _unit(m.groups["unit"])
    if n is None:
        return Norm("PAST_REF", "reference", source="relative", reason="an unspecified time ago")
    if unit == "day":
        return _relative(cal.day_value(ref - dt.timedelta(days=n)), "day", ref, f"{n} days back")
    if unit == "week":
        return _relative(cal.day_value(ref - dt.timedelta(days=7 * n)), "day", ref, f"{n} weeks back")
    if unit == "month":
        return _relative(cal.month_value(*cal.shift_months(ref.year, ref.month, -n)), "month", ref, f"{n} months back")
    if unit == "year":
        return _relative(f"{ref.year - n:04d}", "year", ref, f"{n} years back")
    if unit == "decade":
        return _relative(f"{ref.year - 10 * n:04d}", "year", ref, f"{n} decades back")
    return None


def deictic(m: Match, ref: dt.date, direction: int) -> Norm:
    word = words(m.groups["word"])
    offsets = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
               "last night": -1}
    day = ref + dt.timedelta(days=offsets.get(word, 0))
    if word in ("tonight", "last night"):
        return _relative(cal.day_value(day) + "TNI", "day", ref, word, "TIME")
    for part, code in _PARTS.items():
        if word.endswith(part):
            return _relative(cal.day_value(day) + "T" + code, "day", ref, word)
    return _relative(cal.day_value(day), "day", ref, word)


def weekday(m: Match, ref: dt.date, direction: int) -> Norm:
    g = m.groups
    rel = words(g.get("rel", ""))
    target = WEEKDAYS[g["wd"].lower().rstrip(".")]
    day = cal.resolve_weekday(ref, target, direction, rel)
    tense = {-1: "past", 1: "future", 0: "no"}[direction]
    reason = f"nearest {g['wd']} to {ref.isoformat()} ({tense} tense{', ' + rel if rel else ''})"
    if "part" in g:
        return Norm(cal.day_value(day) + "T" + _PARTS[g["part"].lower()], "day", "TIME", "weekday-inferred", reason)
    return Norm(cal.day_value(day), "day", "DATE", "weekday-inferred", reason)


def reference(m: Match, ref: dt.date, direction: int) -> Norm:
    word = words(m.groups["word"])
    if word in _PRESENT:
        value = "PRESENT_REF"
    elif word.startswith(_FUTURE_PREFIX):
        value = "FUTURE_REF"
    else:
        value = "PAST_REF"
    return Norm(value, "reference", source="relative", reason="no calendar value meant")


def duration(m: Match, ref: dt.date, direction: int) -> Norm | None:
    n, unit = number(m.groups["num"]), _unit(m.groups["unit"])
    letter = UNITS.get(unit)
    if letter is None or (n is not None and n > 10_000):
        return None
    amount = "X" if n is None else str(n)
    value = f"PT{amount}{letter}" if unit in ("hour", "minute") else f"P{amount}{letter}"
    return Norm(value, "duration", "DURATION", "explicit", "length of time")


def set_expr(m: Match, ref: dt.date, direction: int) -> Norm:
    word = words(m.groups["word"])
    unit = m.groups.get("unit") or {"annually": "year", "yearly": "year", "monthly": "month",
                                     "weekly": "week", "daily": "day"}[word]
    return Norm(f"P1{UNITS[unit.lower()]}", "set", "SET", "explicit", "a repeating time")
