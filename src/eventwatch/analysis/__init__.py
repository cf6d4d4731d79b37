"""Analysis over a store: dyad timelines, conflict-cooperation index, escalation alerts,
actor networks, and the paged listings the HTTP API and dashboard show.

Everything reads the store through ``db.open_readonly`` with parameterised SQL.
"""
from __future__ import annotations

from .alerts import Alert, AlertRule, dyad_alerts, escalation_alerts
from .db import open_readonly
from .filters import EventFilter
from .network import actor_network, country_pairs
from .render import render_timeline
from .scores import PLOVER_SCORE, cci
from .timeline import Period, Timeline, dyad_timeline

__all__ = sorted([
    "Alert", "AlertRule", "EventFilter", "PLOVER_SCORE", "Period", "Timeline", "actor_network", "cci",
    "country_pairs", "dyad_alerts", "dyad_timeline", "escalation_alerts", "open_readonly", "render_timeline",
])
