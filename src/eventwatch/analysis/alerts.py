"""Escalation alerts: a period whose Goldstein sum falls far below its trailing baseline.

The statistic (stated here, in docs/api.md and tested):

    z_t = (x_t - mean(x_{t-w} … x_{t-1})) / max(sd(x_{t-w} … x_{t-1}), min_sd)

where x is the Goldstein sum of a dyad's asserted events per week (empty weeks count as 0),
w is the window (8 weeks by default), sd the sample standard deviation, and min_sd (1.0) keeps
a flat baseline from turning any change into an infinite z. A week raises an alert when
z_t <= -threshold (2.0) and it has at least ``min_events`` events. Positive surges
(sudden cooperation) are reported too when ``both_directions`` is set.
"""
from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from typing import Sequence

import duckdb

from .timeline import Period, dyad_timeline

__all__ = ["Alert", "AlertRule", "dyad_alerts", "escalation_alerts"]


@dataclass(frozen=True, slots=True)
class AlertRule:
    window: int = 8
    threshold: float = 2.0
    min_sd: float = 1.0
    min_events: int = 3
    both_directions: bool = False


@dataclass(frozen=True, slots=True)
class Alert:
    period: str
    value: float  # Goldstein sum of the period
    baseline_mean: float
    baseline_sd: float
    z: float
    events: int
    kind: str  # escalation or de-escalation

    def as_dict(self) -> dict:
        return asdict(self)


def escalation_alerts(periods: Sequence[Period], rule: AlertRule = AlertRule()) -> list[Alert]:
    """Alerts over consecutive periods (gaps already filled with empty periods)."""
    values = [p.goldstein_sum for p in periods]
    alerts = []
    for t in range(rule.window, len(periods)):
        base = values[t - rule.window:t]
        mean = statistics.fmean(base)
        sd = statistics.stdev(base) if len(base) > 1 else 0.0
        z = (values[t] - mean) / max(sd, rule.min_sd)
        if periods[t].events < rule.min_events:
            continue
        if z <= -rule.threshold or (rule.both_directions and z >= rule.threshold):
            alerts.append(Alert(periods[t].start, round(values[t], 3), round(mean, 3), round(sd, 3),
                                round(z, 3), periods[t].events, "escalation" if z < 0 else "de-escalation"))
    return alerts


def dyad_alerts(con: duckdb.DuckDBPyConnection, a: str, b: str, rule: AlertRule = AlertRule(),
                **timeline_args) -> list[Alert]:
    """Weekly alerts for one dyad (``timeline_args`` as for ``dyad_timeline``, freq is week)."""
    timeline = dyad_timeline(con, a, b, freq="week", **timeline_args)
    return escalation_alerts(timeline.periods, rule)
