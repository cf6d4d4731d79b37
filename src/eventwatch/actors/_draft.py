"""Working records of the actor stage (mutable while the stage runs, never leave it)."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor


@dataclass(eq=False)
class Draft:
    first: int  # token range [first, last)
    last: int
    label: str  # corrected NER label, NOMINAL, PRON or COREF
    actor: Actor | None = None
    entry: str | None = None  # KB entry id when known
    how: str = ""  # kb, title, nominal, ner, pron, coref, bracket
    plural: bool = False
    antecedent: "Draft | None" = None


@dataclass(frozen=True)
class Modifier:
    """A country/IGO/group named by a KB match that can qualify a role noun or title."""

    first: int
    last: int
    entry: str
    country: str | None


LABEL_OF_KIND = {"state": "GPE", "igo": "ORG", "group": "ORG", "ethnic": "NORP", "person": "PERSON"}
