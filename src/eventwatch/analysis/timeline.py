"""Dyad timelines: counts per type and quad, PLOVER and Goldstein sums per day/week/month.

A dyad is two parties A and B, each a country code (``SRB``) or a CAMEO actor code/prefix
(``IGOWSTNAT``). Undirected by default: events A→B and B→A both count, and each period also
reports the two directions separately. Only asserted events count unless ``asserted=None``.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import duckdb

from .db import rows
from .filters import party_clause
from .scores import CONFLICT_QUADS, COOPERATION_QUADS, cci, plover_sum

__all__ = ["FREQUENCIES", "Period", "Timeline", "dyad_clause", "dyad_timeline", "fill_periods", "period_start"]

FREQUENCIES = ("day", "week", "month")


@dataclass(frozen=True, slots=True)
class Period:
    start: str  # ISO date of the first day of the period (weeks start on Monday)
    events: int = 0
    a_to_b: int = 0
    b_to_a: int = 0
    by_quad: dict[int, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    goldstein_sum: float = 0.0
    plover_sum: float = 0.0

    @property
    def cooperation(self) -> int:
        return sum(self.by_quad.get(q, 0) for q in COOPERATION_QUADS)

    @property
    def conflict(self) -> int:
        return sum(self.by_quad.get(q, 0) for q in CONFLICT_QUADS)

    @property
    def cci(self) -> float | None:
        return cci(self.cooperation, self.conflict)

    def as_dict(self) -> dict:
        return {"start": self.start, "events": self.events, "a_to_b": self.a_to_b, "b_to_a": self.b_to_a,
                "by_quad": {str(k): v for k, v in sorted(self.by_quad.items())},
                "by_type": dict(sorted(self.by_type.items())),
                "goldstein_sum": round(self.goldstein_sum, 3), "plover_sum": round(self.plover_sum, 3),
                "cooperation": self.cooperation, "conflict": self.conflict, "cci": self.cci}


@dataclass(frozen=True, slots=True)
class Timeline:
    a: str
    b: str
    freq: str
    periods: tuple[Period, ...]

    @property
    def events(self) -> int:
        return sum(p.events for p in self.periods)

    @property
    def cci(self) -> float | None:
        return cci(sum(p.cooperation for p in self.periods), sum(p.conflict for p in self.periods))

    def as_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "freq": self.freq, "events": self.events, "cci": self.cci,
                "goldstein_sum": round(sum(p.goldstein_sum for p in self.periods), 3),
                "periods": [p.as_dict() for p in self.periods]}


def dyad_clause(a: str, b: str, directed: bool = False) -> tuple[str, list]:
    """SQL matching events from A to B (and B to A unless ``directed``)."""
    # codes only: a dyad is two countries or CAMEO actors, and name matching costs a scan
    a_act, pa = party_clause("actor", a, names=False)
    b_rec, pb = party_clause("recipient", b, names=False)
    sql, params = f"({a_act} AND {b_rec})", pa + pb
    if not directed:
        b_act, pb2 = party_clause("actor", b, names=False)
        a_rec, pa2 = party_clause("recipient", a, names=False)
        sql, params = f"({sql} OR ({b_act} AND {a_rec}))", params + pb2 + pa2
    return sql, params


def period_start(day: dt.date, freq: str) -> dt.date:
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    return day


def _next(day: dt.date, freq: str) -> dt.date:
    if freq == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=7 if freq == "week" else 1)


def fill_periods(periods: dict[str, Period], freq: str) -> tuple[Period, ...]:
    """All periods from the first to the last, empty ones included (charts and baselines need them)."""
    if not periods:
        return ()
    keys = sorted(periods)
    day, last = dt.date.fromisoformat(keys[0]), dt.date.fromisoformat(keys[-1])
    out = []
    while day <= last:
        out.append(periods.get(day.isoformat()) or Period(day.isoformat()))
        day = _next(day, freq)
    return tuple(out)


def dyad_timeline(con: duckdb.DuckDBPyConnection, a: str, b: str, *, freq: str = "week",
                  directed: bool = False, date_from: dt.date | None = None, date_to: dt.date | None = None,
                  asserted: bool | None = True) -> Timeline:
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {FREQUENCIES}, not {freq!r}")
    where, params = dyad_clause(a, b, directed)
    forward, fparams = party_clause("actor", a, names=False)
    if asserted is not None:
        where, params = f"{where} AND asserted = ?", params + [asserted]
    if date_from:
        where, params = f"{where} AND date >= ?", params + [date_from]
    if date_to:
        where, params = f"{where} AND date <= ?", params + [date_to]
    # freq is one of three literals checked above, never user text
    sql = (f"SELECT CAST(date_trunc('{freq}', date) AS DATE) AS start, event_type, quad, "
           f"CAST({forward} AS INTEGER) AS forward, count(*) AS n, sum(goldstein) AS g "
           f"FROM events WHERE date IS NOT NULL AND {where} GROUP BY ALL")
    found = rows(con, sql, fparams + params)
    return Timeline(a.upper(), b.upper(), freq, fill_periods(_periods(found), freq))


def _periods(found: list[dict]) -> dict[str, Period]:
    acc: dict[str, dict] = defaultdict(lambda: {"n": 0, "ab": 0, "g": 0.0, "quad": defaultdict(int),
                                                 "type": defaultdict(int)})
    for r in found:
        p = acc[r["start"]]
        p["n"] += r["n"]
        p["ab"] += r["n"] if r["forward"] else 0
        p["g"] += r["g"] or 0.0
        if r["quad"]:
            p["quad"][r["quad"]] += r["n"]
        p["type"][r["event_type"]] += r["n"]
    return {k: Period(k, v["n"], v["ab"], v["n"] - v["ab"], dict(v["quad"]), dict(v["type"]), v["g"],
                      plover_sum(v["type"])) for k, v in acc.items()}
