"""Kosovo has no ISO code: PLOVER writes KOS, CAMEO/GDELT KSV, many institutions XKX.

The store keeps what the actor stage wrote; every export maps all three spellings to the
one code its format expects (or the one the user asks for).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["FORMAT_DEFAULTS", "KOSOVO_CODES", "map_code", "map_country", "map_record", "sql_code", "sql_country"]

KOSOVO_CODES = ("XKX", "KOS", "KSV")
FORMAT_DEFAULTS = {"plover": "KOS", "gdelt-events": "KSV", "gdelt-mentions": "KSV"}  # others: settings
_PREFIX = re.compile(r"^(XKX|KOS|KSV)")


def map_country(value: str | None, target: str) -> str | None:
    return target if value in KOSOVO_CODES else value


def map_code(value: str | None, target: str) -> str | None:
    """A CAMEO actor code: the leading country block (KSVGOV -> KOSGOV)."""
    return _PREFIX.sub(target, value) if value else value


def map_record(value: Any, target: str) -> Any:
    """Every ``country``/``code`` field of a nested record."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in ("country", "speaker_country") and isinstance(item, str):
                out[key] = map_country(item, target)
            elif key == "code" and isinstance(item, str):
                out[key] = map_code(item, target)
            else:
                out[key] = map_record(item, target)
        return out
    if isinstance(value, list):
        return [map_record(v, target) for v in value]
    return value


def sql_country(column: str, target: str) -> str:
    return f"CASE WHEN {column} IN ('XKX', 'KOS', 'KSV') THEN '{target}' ELSE {column} END"


def sql_code(column: str, target: str) -> str:
    return f"regexp_replace({column}, '^(XKX|KOS|KSV)', '{target}')"
