"""PLOVER conflict/cooperation scores per event type and the conflict-cooperation index.

Scores follow the PLOVER manual (-10 … +10). ACCUSE ranges from -2 to -3.5 by mode in the
manual; without the mode we use the midpoint. SANCTION counts as conflict whichever quad it
was coded with (quads 3 and 4 are both conflict).
"""
from __future__ import annotations

from typing import Mapping

__all__ = ["COOPERATION_QUADS", "CONFLICT_QUADS", "PLOVER_SCORE", "cci", "plover_sum"]

PLOVER_SCORE: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5,
    "COOPERATE": 9.5, "AID": 10.0, "RETREAT": 6.5,
    "REQUEST": 0.0, "ACCUSE": -2.75, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}
COOPERATION_QUADS = (1, 2)
CONFLICT_QUADS = (3, 4)


def plover_sum(counts_by_type: Mapping[str, int]) -> float:
    """Sum of PLOVER scores over events; unknown types score 0."""
    return sum(PLOVER_SCORE.get(t, 0.0) * n for t, n in counts_by_type.items())


def cci(cooperation: int, conflict: int) -> float | None:
    """Conflict-cooperation index: (cooperation - conflict) / (cooperation + conflict).

    +1 means only cooperative events (quads 1-2), -1 only conflictual ones (quads 3-4);
    None when there are no events with a quad.
    """
    total = cooperation + conflict
    return None if total == 0 else round((cooperation - conflict) / total, 4)
