"""A dyad timeline as readable terminal text (the CLI prints what this returns)."""
from __future__ import annotations

from .alerts import Alert
from .timeline import Timeline

__all__ = ["render_timeline"]

_QUADS = {1: "vcoop", 2: "mcoop", 3: "vconf", 4: "mconf"}


def _bar(value: float, scale: float, width: int = 12) -> str:
    """A signed bar: conflict (negative Goldstein) grows left of the axis, cooperation right."""
    n = 0 if scale == 0 else round(abs(value) / scale * width)
    left = ("█" * n).rjust(width) if value < 0 else " " * width
    right = ("█" * n).ljust(width) if value > 0 else " " * width
    return f"{left}│{right}"


def render_timeline(timeline: Timeline, alerts: list[Alert] = (), *, skip_empty: bool = True) -> str:
    periods = [p for p in timeline.periods if p.events or not skip_empty]
    head = (f"{timeline.a} ↔ {timeline.b}: {timeline.events:,} events, by {timeline.freq}; "
            f"conflict-cooperation index {timeline.cci if timeline.cci is not None else 'n/a'}")
    if not periods:
        return head + "\n(no dated, asserted events for this pair)"
    scale = max(abs(p.goldstein_sum) for p in periods) or 1.0
    alert_at = {a.period: a for a in alerts}
    lines = [head, "",
             f"{'period':<10} {'events':>6} {'A→B':>4} {'B→A':>4}  "
             + " ".join(f"{q:>5}" for q in _QUADS.values())
             + f"  {'Goldstein':>9} {'PLOVER':>7}  {'conflict':>12}│{'cooperation':<12} top types"]
    for p in periods:
        quads = " ".join(f"{p.by_quad.get(q, 0):>5}" for q in _QUADS)
        top = ", ".join(f"{t} {n}" for t, n in sorted(p.by_type.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        mark = f"  ▲ alert z={alert_at[p.start].z}" if p.start in alert_at else ""
        lines.append(f"{p.start:<10} {p.events:>6} {p.a_to_b:>4} {p.b_to_a:>4}  {quads}  "
                     f"{p.goldstein_sum:>9.1f} {p.plover_sum:>7.1f}  {_bar(p.goldstein_sum, scale)} {top}{mark}")
    if alerts:
        lines += ["", "Escalation alerts (weekly Goldstein sum vs trailing baseline):"]
        lines += [f"  {a.period}: sum {a.value} vs mean {a.baseline_mean} (sd {a.baseline_sd}), z = {a.z}"
                  for a in alerts]
    return "\n".join(lines)
