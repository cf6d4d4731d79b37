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

__all__ = ["ago", "clock", "deictic", "duration", "reference", "set_expr", "span_rel", "streak", "stretch", "the_day",
           "unit_rel", "weekday"]

_PRESENT = {"now", "right now", "currently", "at present", "presently", "nowadays", "the time being", "the present",
            "the present day"}
_FUTURE_PREFIX = ("the future", "the near future", "soon", "very soon", "the long term", "the near term",
                  "the short term")
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _unit(raw: str) -> str:
    unit = raw.lower()
    return "century" if unit.startswith("centur") else unit


_YEARS_IN = {"decade": 10, "century": 100}  # ISO 8601 has no decade unit: "the past decade" is P10Y


def _period(n: int | None, unit: str) -> str | None:
    """An ISO 8601 duration: (3, 'day') -> P3D, (2, 'decade') -> P20Y, (None, 'hour') -> PTXH."""
    letter = UNITS.get(unit)
    if letter is None:
        return None
    if unit in _YEARS_IN:
        letter, n = "Y", None if n is None else n * _YEARS_IN[unit]
    amount = "X" if n is None else str(n)
    return f"PT{amount}{letter}" if unit in ("hour", "minute") else f"P{amount}{letter}"


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


def span_rel(m: Match, ref: dt.date, direction: int) -> Norm | None:
    """'the past two years' is a duration (P2Y), not a date."""
    value = _period(number(m.groups["num"]), _unit(m.groups["unit"]))
    if value is None:
        return None
    return Norm(value, "duration", "DURATION", "relative",
                "a stretch of time ending or starting at the reference date")


def stretch(m: Match, ref: dt.date, direction: int) -> Norm | None:
    """'the past year', 'over the next month': a stretch of time (TIMEX3 DURATION P1Y), not a date."""
    value = _period(1, _unit(m.groups["unit"]))
    return Norm(value, "duration", "DURATION", "relative",
                "a stretch of time ending or starting at the reference date") if value else None


def streak(m: Match, ref: dt.date, direction: int) -> Norm | None:
    """'for a second straight day': the latest day (week ...) of a run, the reference one."""
    unit = words(m.groups["unit"])
    if unit in ("session", "trading day"):
        unit = "day"
    if unit == "quarter":
        return _relative(f"{ref.year:04d}-Q{cal.quarter_of(ref)}", "quarter", ref, "the run's latest quarter")
    return unit_rel(Match(m.kind, m.start, m.end, m.text, {"unit": unit}), ref, direction)


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


_DAY_OFFSETS = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
                "last night": -1}


def deictic(m: Match, ref: dt.date, direction: int) -> Norm:
    """'today' is the reference day; 'yesterday morning' is a part of a day (TIMEX3 TIME, ...TMO)."""
    word = words(m.groups["word"])
    day = ref + dt.timedelta(days=_DAY_OFFSETS.get(word, 0))
    part = "night" if word in ("tonight", "last night") else words(m.groups.get("part", ""))
    if part:
        return _relative(cal.day_value(day) + "T" + _PARTS[part], "day", ref, words(m.text), "TIME")
    return _relative(cal.day_value(day), "day", ref, word)


def clock(m: Match, ref: dt.date, direction: int) -> Norm:
    """'16:00 GMT', '9 a.m. yesterday', 'at noon': a clock time on the reference day (TIMEX3 TIME)."""
    g = m.groups
    word = words(g.get("word", ""))
    day = ref + dt.timedelta(days=_DAY_OFFSETS.get(word, 0))
    if "word2" in g:
        hour, minute = (0, 0) if words(g["word2"]) == "midnight" else (12, 0)
    else:
        hour, minute = int(g["h"]), int(g.get("min") or 0)
        ampm = g.get("ampm", "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    zone = "Z" if g.get("tz") in ("UTC", "GMT") else ""
    return Norm(f"{cal.day_value(day)}T{hour:02d}:{minute:02d}{zone}", "day", "TIME", "relative",
                f"clock time on {cal.day_value(day)}")


def weekday(m: Match, ref: dt.date, direction: int) -> Norm:
    g = m.groups
    rel = words(g.get("rel", "")).replace("this past", "past")
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
    elif word.startswith(_FUTURE_PREFIX) or "the coming" in word:
        value = "FUTURE_REF"
    else:
        value = "PAST_REF"
    return Norm(value, "reference", source="relative", reason="no calendar value meant")


def duration(m: Match, ref: dt.date, direction: int) -> Norm | None:
    n, unit = number(m.groups["num"]), _unit(m.groups["unit"])
    if n is not None and n > 10_000:
        return None
    value = _period(n, unit)
    if value is None:
        return None
    return Norm(value, "duration", "DURATION", "explicit", "length of time")


def set_expr(m: Match, ref: dt.date, direction: int) -> Norm:
    if "wd" in m.groups:  # "every Monday": TIMEX3 XXXX-WXX-1
        day = WEEKDAYS[m.groups["wd"].lower()] + 1
        return Norm(f"XXXX-WXX-{day}", "set", "SET", "explicit", "a weekday that repeats")
    word = words(m.groups["word"])
    unit = m.groups.get("unit") or {"annually": "year", "yearly": "year", "monthly": "month",
                                     "weekly": "week", "daily": "day"}[word]
    return Norm(_period(1, unit.lower()), "set", "SET", "explicit", "a repeating time")
