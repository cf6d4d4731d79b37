"""The trigger lexicon: words -> (PLOVER type, mode, CAMEO root), loaded once from data.

The words live in ``eventwatch/data/coding/lexicon.toml``, grouped by sense and ordered by CAMEO
root; this module only reads them. A sense is a short string "TYPE[.mode] CAMEO" (e.g.
"REQUEST.assist 02"); ``sense()`` turns it into a ``Sense``. Tables:

- VERBS: verb lemmas that are events by themselves ("attack", "urge").
- NOUNS: event nouns ("request", "clash"); they are events on their own (subject of "broke
  out") or the content of a light verb.
- LIGHT: light verbs whose direct object carries the event ("sent a formal request"); a few
  pairs (verb, noun) override the noun's sense ("give approval" is SUPPORT).
- PHRASAL: (verb, particle or preposition) -> sense ("call for", "pull out").
- OBJECT: (verb, object noun) -> sense, when the object decides the type ("deploy troops" is
  MOBILIZE, "deploy a mission" AID).
- PREP_OBJECT: (preposition, object) after any verb ("put troops on alert").
- NEG_FLIP: verbs that, negated, become REJECT ("could not meet its request").
- GOVERNORS: types whose complement is the thing asked/refused/threatened/promised.
- NOT_EVENT: (noun, modifier) pairs that name no event ("press release").
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..ontology import CAMEO_ROOTS, PLOVER_TYPES

__all__ = ["GOVERNORS", "LEXICON_PATH", "LIGHT", "LIGHT_PAIRS", "NEG_FLIP", "NOT_EVENT", "NOUNS", "OBJECT",
           "PHRASAL", "PREP_OBJECT", "Sense", "VERBS", "load_tables", "sense"]

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "coding" / "lexicon.toml"


@dataclass(frozen=True)
class Sense:
    type: str
    mode: str | None
    cameo: str


@lru_cache(maxsize=None)
def sense(entry: str) -> Sense:
    head, cameo = entry.split()
    type_, _, mode = head.partition(".")
    return Sense(type_, mode or None, cameo)


def _check(entry: str, where: str) -> str:
    """A sense must name a PLOVER type, one of its modes, and a CAMEO root."""
    try:
        s = sense(entry)
    except ValueError:
        raise ConfigError(f"lexicon {where}: malformed sense {entry!r}") from None
    known = PLOVER_TYPES.get(s.type)
    if known is None or s.cameo not in CAMEO_ROOTS or (s.mode and s.mode not in known.modes):
        raise ConfigError(f"lexicon {where}: unknown type, mode or CAMEO root in {entry!r}")
    return entry


def _invert(table: dict[str, list[str]], name: str, pairs: bool) -> dict:
    """{sense: [words]} -> {word: sense}; a word under two senses is an error in the data."""
    out: dict = {}
    for entry, words in table.items():
        _check(entry, name)
        for w in words:
            key = tuple(w.split()) if pairs else w
            if pairs and len(key) != 2:
                raise ConfigError(f"lexicon [{name}]: {w!r} is not a two-word pair")
            if key in out:
                raise ConfigError(f"lexicon [{name}]: {w!r} is listed under {out[key]!r} and {entry!r}")
            out[key] = entry
    return out


def load_tables(path: Path = LEXICON_PATH) -> dict[str, object]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the coder's lexicon {path}: {exc}") from exc
    lists = data["lists"]
    tables: dict[str, object] = {
        "VERBS": _invert(data["verbs"], "verbs", False),
        "NOUNS": _invert(data["nouns"], "nouns", False),
        **{k.upper(): _invert(data[k], k, True) for k in ("light_pairs", "phrasal", "object", "prep_object")},
        "LIGHT": frozenset(lists["light"]), "NEG_FLIP": frozenset(lists["neg_flip"]),
        "GOVERNORS": frozenset(lists["governors"]),
        "NOT_EVENT": frozenset(tuple(p.split()) for p in lists["not_event"]),
    }
    return tables


_T = load_tables()
VERBS: dict[str, str] = _T["VERBS"]
NOUNS: dict[str, str] = _T["NOUNS"]
LIGHT: frozenset[str] = _T["LIGHT"]
LIGHT_PAIRS: dict[tuple[str, str], str] = _T["LIGHT_PAIRS"]
PHRASAL: dict[tuple[str, str], str] = _T["PHRASAL"]
OBJECT: dict[tuple[str, str], str] = _T["OBJECT"]
PREP_OBJECT: dict[tuple[str, str], str] = _T["PREP_OBJECT"]
NEG_FLIP: frozenset[str] = _T["NEG_FLIP"]
GOVERNORS: frozenset[str] = _T["GOVERNORS"]
NOT_EVENT: frozenset[tuple[str, str]] = _T["NOT_EVENT"]
