"""Clustering scores: B-cubed and pairwise precision/recall/F1."""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Hashable

from ..evaluation import prf

__all__ = ["b_cubed", "pairwise"]


def _members(assign: dict[Hashable, Hashable]) -> dict[Hashable, set]:
    groups: dict[Hashable, set] = defaultdict(set)
    for item, cluster in assign.items():
        groups[cluster].add(item)
    return groups


def b_cubed(predicted: dict, gold: dict) -> tuple[float, float, float]:
    """Mention-averaged B-cubed over the items of ``gold`` (Bagga & Baldwin 1998)."""
    pred_groups, gold_groups = _members(predicted), _members(gold)
    p = r = 0.0
    for item in gold:
        mine, truth = pred_groups[predicted[item]], gold_groups[gold[item]]
        both = len(mine & truth)
        p += both / len(mine)
        r += both / len(truth)
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _pairs(assign: dict) -> set[frozenset]:
    return {frozenset(pair) for group in _members(assign).values() for pair in combinations(sorted(group, key=str), 2)}


def pairwise(predicted: dict, gold: dict) -> tuple[float, float, float, int]:
    """Precision/recall/F1 over linked pairs, and the number of gold pairs."""
    pred, truth = _pairs(predicted), _pairs(gold)
    tp = len(pred & truth)
    p, r, f = prf(tp, len(pred) - tp, len(truth) - tp)
    return p, r, f, len(truth)
