"""Near-duplicate articles: MinHash signatures of word shingles, LSH to find candidates.

A later article whose estimated Jaccard similarity with an earlier one is at least the
threshold is marked ``near_dup_of`` that earlier article (syndicated copies, light edits,
different boilerplate). Signatures are stored with the article, so a new run only
computes them for new articles.
"""
from __future__ import annotations

import re
from typing import Iterable

import numpy as np

__all__ = ["NUM_PERM", "find_near_duplicates", "signature", "signature_bytes", "from_bytes"]

NUM_PERM = 64
SHINGLE = 3  # words per shingle: robust to small edits, specific enough for news prose
SCHEME = "affine32"  # pinned: stored signatures must stay comparable across versions
_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)]


def signature(text: str):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch(_shingles(text))
    return m


def signature_bytes(text: str) -> bytes:
    return signature(text).hashvalues.astype("<u4").tobytes()


def from_bytes(data: bytes):
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype="<u4").astype(np.uint32))


def find_near_duplicates(items: Iterable[tuple[str, bytes]], threshold: float = 0.5) -> dict[str, str]:
    """{later id: earliest similar id} for (id, signature) pairs given in arrival order."""
    from datasketch import MinHashLSH

    # a lower LSH threshold finds more candidates; the exact estimate below decides
    lsh = MinHashLSH(threshold=max(0.3, threshold - 0.25), num_perm=NUM_PERM)
    arrival: dict[str, int] = {}
    sigs: dict[str, object] = {}
    found: dict[str, str] = {}
    for n, (key, data) in enumerate(items):
        sig = from_bytes(data)
        candidates = [c for c in lsh.query(sig) if sig.jaccard(sigs[c]) >= threshold]
        if candidates:
            first = min(candidates, key=arrival.__getitem__)
            found[key] = found.get(first, first)  # point at the original, not at a copy
        lsh.insert(key, sig)
        arrival[key], sigs[key] = n, sig
    return found
