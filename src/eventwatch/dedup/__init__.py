"""Deduplication: near-duplicate articles (MinHash) and cross-article event clustering."""
from __future__ import annotations

from .canonical import mark_near_duplicates, rebuild_canonical_events, update
from .cluster import Canonical, Frame, cluster_frames, summarise
from .near import find_near_duplicates, signature, signature_bytes

__all__ = ["Canonical", "Frame", "cluster_frames", "find_near_duplicates", "mark_near_duplicates",
           "rebuild_canonical_events", "signature", "signature_bytes", "summarise", "update"]
