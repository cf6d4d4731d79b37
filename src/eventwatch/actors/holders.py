"""A title with no country ("President Lula", "Prime Minister Vucevic"): the KB office holder.

The text's title already says which office the person holds; the knowledge base says who held
that office on the day. A name that matches one such holder is that holder, before any guess
from the article's context (which is how "President X" after a foreign delegation went wrong).
"""
from __future__ import annotations

import datetime as dt
from difflib import SequenceMatcher

from .kb import KB, Entry, fold
from .resolve import _holders

__all__ = ["holder_by_name"]

# text office word -> KB roles it can name (titles in the KB say "Head of Government of X" too)
_OFFICE_ROLES = {"president": ("HOS",), "prime minister": ("HOG",), "premier": ("HOG",),
                 "chancellor": ("HOG",), "foreign minister": ("FM",), "king": ("HOS",), "queen": ("HOS",),
                 "emir": ("HOS",), "defence minister": ("DEF",), "defense minister": ("DEF",)}
_SIMILAR = 0.8  # transliteration variants (Zelensky/Zelenskyy); a namesake rarely holds the office too


def _office_fits(office: str, role: str, title: str) -> bool:
    return office in title.lower() or role in _OFFICE_ROLES.get(office, ())


def _name_fits(words: list[str], entry: Entry) -> bool:
    """Every word of the text's name is a word of the holder's name, or the surname is a close
    spelling variant and so is any first name ("Salome Zourabichvili" ~ "Salome Zurabishvili",
    "Dmitry" ~ "Dmitri")."""
    theirs = [fold(w) for w in entry.name.replace("-", " ").split()]
    ours = [fold(w) for w in words]
    if ours and all(w in theirs for w in ours):
        return True
    if len(ours[-1]) < 5 or not theirs:
        return False
    return _close(ours[-1], theirs[-1]) and (len(ours) == 1 or _close(ours[0], theirs[0]))


def _close(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= _SIMILAR


def holder_by_name(kb: KB, name: str, office: str, day: dt.date) -> Entry | None:
    """The one KB holder of ``office`` (any country) on ``day`` whose name matches ``name``."""
    office = office.lower().removeprefix("former ").strip()
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    if not words or not office:
        return None
    found: dict[str, Entry] = {}
    for (_, role), terms in _holders().items():
        for term, entry in terms:
            if term.start and term.active(day) and _office_fits(office, role, term.title) \
                    and entry.kind == "person" and _name_fits(words, entry):
                found[entry.id] = entry
    return next(iter(found.values())) if len(found) == 1 else None
