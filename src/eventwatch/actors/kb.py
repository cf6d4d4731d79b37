"""The actor knowledge base: shipped data files, loaded once per process, indexed by token.

Files live in ``eventwatch/data/actors`` (built by ``scripts/build_actors.py``; sources and
licences in NOTICE and docs/actors.md). ``load()`` returns one shared ``KB``; names are indexed
as folded token tuples keyed by their first token, so matching costs one dict lookup per token.
"""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["KB", "Entry", "Name", "Outlet", "Term", "fold", "load", "name_tokens", "outlet"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
_TOKEN = re.compile(r"\w+(?:\.\w+)+\.?|\w+|[^\w\s]")
_KIND_RANK = {"state": 0, "igo": 1, "person": 2, "group": 3, "ethnic": 4}


def fold(s: str) -> str:
    """Lower case, no accents, no dots (so "U.S." == "US" and "Vučić" == "Vucic")."""
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s.replace("’", "'"))
        s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace(".", "")


def name_tokens(name: str) -> list[str]:
    """Word tokens of a name as the matcher sees them (punctuation and possessive 's dropped)."""
    toks = _TOKEN.findall(name.replace("’", "'"))
    return [t for i, t in enumerate(toks)
            if any(c.isalnum() for c in t) and not (t.lower() == "s" and i and toks[i - 1] == "'")]


def case_shape(token: str) -> str:
    letters = [c for c in token if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "U"
    return "C" if token[:1].isupper() else "L"


@dataclass(frozen=True, slots=True)
class Term:
    country: str
    role: str  # HOS, HOG, FM, DEF, IGO
    title: str
    start: dt.date | None
    end: dt.date | None
    source: str

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    kind: str  # state, igo, group, ethnic, person
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    title: str | None = None  # English Wikipedia-style title (for linking evaluation)
    source: str = ""
    religious: bool = False
    names: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()


@dataclass(frozen=True, slots=True)
class Name:
    """One indexed name: folded tokens, their case shapes, what it names and how."""

    tokens: tuple[str, ...]
    shapes: tuple[str, ...]
    entry: str
    how: str  # name, alias, demonym, capital, surname


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    country: str | None
    kind: str
    source: str


@dataclass
class KB:
    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, list[Name]] = field(default_factory=dict)  # first folded token -> names, longest first
    surnames: dict[str, list[str]] = field(default_factory=dict)  # folded surname -> person ids
    outlets: dict[str, Outlet] = field(default_factory=dict)
    by_title: dict[str, str] = field(default_factory=dict)  # folded title/name -> entry id

    def add(self, entry: Entry, how_names: list[tuple[str, str]]) -> None:
        self.entries[entry.id] = entry
        for text, how in how_names:
            toks = name_tokens(text)
            if len(toks) > 2 and toks[0].lower() == "the" or len(toks) == 2 and toks[0].lower() == "the" and toks[1].isupper():
                toks = toks[1:]  # "the UN": an article would hide a longer name starting next
            if not toks:
                continue
            key = tuple(fold(t) for t in toks)
            name = Name(key, tuple(case_shape(t) for t in toks), entry.id, how)
            self.index.setdefault(key[0], []).append(name)
            if how in ("name", "alias", "title"):
                self.by_title.setdefault(" ".join(key), entry.id)

    def candidates(self, first: str) -> list[Name]:
        return self.index.get(first, [])

    def entry(self, ident: str) -> Entry | None:
        return self.entries.get(ident)

    def find(self, name: str) -> Entry | None:
        """The entry a name or title refers to (exact, folded), or None."""
        ident = self.by_title.get(" ".join(fold(t) for t in name_tokens(name.replace("_", " "))))
        return self.entries.get(ident) if ident else None

    def outlet(self, name: str) -> Outlet | None:
        return self.outlets.get(" ".join(fold(t) for t in name_tokens(name)))


def _read(name: str) -> bytes:
    return gzip.decompress((DATA_DIR / name).read_bytes())


def _json(name: str):
    return json.loads(_read(name))


def _tsv(name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(_read(name).decode("utf-8")), delimiter="\t"))


def _day(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def load() -> KB:
    """The knowledge base, built once per process from the shipped files."""
    from ._kbload import fill

    kb = KB()
    fill(kb, _json("countries.json.gz"), _tsv("leaders.tsv.gz"), _json("igos.json.gz"),
         _json("igos-supraverden.json.gz"), _json("groups.json.gz"), _json("facts.json.gz"), _tsv("outlets.tsv.gz"))
    for names in kb.index.values():
        names.sort(key=lambda n: (-len(n.tokens), _KIND_RANK.get(kb.entries[n.entry].kind, 9)))
    return kb


def outlet(name: str) -> Outlet | None:
    """A news outlet by name ("Reuters", "Die Welt", "Pink TV"), for quote venues."""
    return load().outlet(name)
