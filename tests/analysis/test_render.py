from __future__ import annotations

from eventwatch.analysis import Alert, Period, Timeline, render_timeline


def test_render_shows_periods_totals_and_alerts():
    periods = (Period("2024-03-04", 3, 2, 1, {1: 1, 4: 2}, {"ASSAULT": 2, "CONSULT": 1}, -17.0, -15.5),
               Period("2024-03-11"),
               Period("2024-03-18", 1, 1, 0, {2: 1}, {"AID": 1}, 7.0, 10.0))
    alert = Alert("2024-03-04", -17.0, 0.0, 0.0, -17.0, 3, "escalation")
    text = render_timeline(Timeline("GRC", "ALB", "week", periods), [alert])
    lines = text.splitlines()
    assert lines[0] == "GRC ↔ ALB: 4 events, by week; conflict-cooperation index 0.0"
    row = next(line for line in lines if line.startswith("2024-03-04"))
    assert "ASSAULT 2, CONSULT 1" in row and "▲ alert z=-17.0" in row and "-17.0" in row
    assert not any(line.startswith("2024-03-11") for line in lines)  # empty weeks skipped by default
    assert "2024-03-11" in render_timeline(Timeline("GRC", "ALB", "week", periods), skip_empty=False)
    assert "no dated, asserted events" in render_timeline(Timeline("GRC", "ALB", "week", ()))
