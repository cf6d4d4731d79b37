"""Deterministic ids: the same text gives the same id, on any machine."""
from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["article_id", "content_hash", "stable_id"]


def content_hash(text: str) -> str:
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    return "a" + content_hash(text)[:16]


def stable_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
