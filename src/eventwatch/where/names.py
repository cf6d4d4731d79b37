"""Name keys shared by the index builder and the lookup (one normalisation for both)."""
from __future__ import annotations

import re
import unicodedata

__all__ = ["is_latin", "normalize"]

_DROP = re.compile(r"[.\u2019'`]")  # "U.S." -> "us", "Côte d'Ivoire" -> "cote divoire"
_SPACE = re.compile(r"[\s\-\u2010-\u2015_/,]+")


def normalize(name: str) -> str:
    """Lower-case, accent-free, punctuation-light key for a place name."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = _SPACE.sub(" ", _DROP.sub("", plain.casefold())).strip()
    if key.startswith("the "):
        key = key[4:]
    return key


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (alternate names in other scripts are skipped)."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True
