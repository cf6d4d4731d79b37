from __future__ import annotations

import statistics

import pytest

from eventwatch.analysis import AlertRule, Period, dyad_alerts, escalation_alerts


def weeks(values, events=5):
    return [Period(f"2024-01-{i + 1:02d}", events=events, goldstein_sum=v) for i, v in enumerate(values)]


def test_drop_below_trailing_window_is_flagged_with_the_stated_z():
    base = [2.0, 4.0, 2.0, 4.0, 2.0, 4.0, 2.0, 4.0]
    alerts = escalation_alerts(weeks(base + [-20.0]))
    assert len(alerts) == 1
    a = alerts[0]
    mean, sd = statistics.fmean(base), statistics.stdev(base)
    assert a.period == "2024-01-09" and a.kind == "escalation"
    assert a.baseline_mean == pytest.approx(mean) and a.baseline_sd == pytest.approx(sd, abs=1e-3)
    assert a.z == pytest.approx((-20.0 - mean) / sd, abs=1e-3)


def test_small_dips_and_short_histories_raise_nothing():
    assert escalation_alerts(weeks([3.0] * 8 + [2.5])) == []  # within min_sd of a flat baseline
    assert escalation_alerts(weeks([3.0] * 5 + [-50.0])) == []  # fewer weeks than the window


def test_flat_baseline_uses_the_sd_floor():
    alerts = escalation_alerts(weeks([0.0] * 8 + [-3.0]), AlertRule(min_sd=1.0))
    assert alerts[0].z == pytest.approx(-3.0)
    assert escalation_alerts(weeks([0.0] * 8 + [-3.0]), AlertRule(min_sd=2.0)) == []


def test_quiet_weeks_do_not_alert_and_surges_only_on_request():
    assert escalation_alerts(weeks([0.0] * 8 + [-30.0], events=2)) == []  # below min_events
    surge = weeks([0.0] * 8 + [30.0])
    assert escalation_alerts(surge) == []
    found = escalation_alerts(surge, AlertRule(both_directions=True))
    assert [a.kind for a in found] == ["de-escalation"]


def test_dyad_alerts_read_weekly_sums_from_the_store(open_store, event_row):
    rows = [event_row(i, f"2024-01-{1 + 7 * i:02d}", goldstein=1.0) for i in range(4)]
    rows += [event_row(10 + i, "2024-02-05", "ASSAULT", 4, -9.0) for i in range(4)]
    con = open_store(rows)
    found = dyad_alerts(con, "GRC", "ALB", AlertRule(window=4))
    assert [(a.period, a.events, a.value) for a in found] == [("2024-02-05", 4, -36.0)]
