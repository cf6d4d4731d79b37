"""What every evaluation returns: a named set of metrics and a readable table.

Evaluations live beside the stage they score (``coding/evaluate.py`` ...) and return an
``EvalReport``; the CLI prints it (``eventwatch eval NAME PATH``), as text or JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["EvalReport", "prf"]


@dataclass(frozen=True)
class EvalReport:
    name: str
    dataset: str  # what was scored, with its licence
    metrics: dict[str, Any]  # headline figures, e.g. {"accuracy": 0.91}
    rows: tuple[tuple[Any, ...], ...] = ()  # a per-class table
    header: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def as_text(self) -> str:
        lines = [f"{self.name} on {self.dataset}"]
        lines += [f"  {k}: {_fmt(v)}" for k, v in self.metrics.items()]
        if self.rows:
            widths = [max(len(_fmt(r[i])) for r in (self.header, *self.rows)) for i in range(len(self.header))]
            for row in (self.header, *self.rows):
                lines.append("  " + "  ".join(_fmt(c).ljust(w) for c, w in zip(row, widths)))
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "dataset": self.dataset, "metrics": self.metrics,
                "header": list(self.header), "rows": [list(r) for r in self.rows], "notes": list(self.notes)}


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
