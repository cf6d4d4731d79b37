"""What an argument head can be: someone who acts, a thing someone owns, a place, or none of these.

Shared by frames.py (direct arguments), targets.py (recipient fallbacks) and recipients.py
(recipient repair). A recipient is an actor ("Iran"), a thing with a national owner
("Iraqi towns", "Russia's embassy") or a place; a bare thing ("on alert", "at a dinner") is not.
"""
from __future__ import annotations

from ..model import Parsed, Token

__all__ = ["actor_like", "can_be_argument", "owner_of", "place_like", "recipient_like"]

_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_TIME_WORDS = frozenset({"eve", "day", "week", "month", "year", "time", "morning", "evening", "night",
                         "weekend", "period", "moment", "hour", "decade", "term"})


_ACTOR_NOUNS = frozenset({
    "government", "official", "minister", "ministry", "leader", "president", "premier", "army", "troop",
    "soldier", "force", "police", "rebel", "militant", "party", "parliament", "authority", "administration",
    "people", "group", "country", "state", "nation", "delegation", "diplomat", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "court", "judge", "prosecutor", "union", "worker", "student",
    "protester", "demonstrator", "opposition", "coalition", "council", "assembly", "mission", "alliance",
    "guerrilla", "militia", "insurgent", "fighter", "gunman", "settler", "side", "envoy", "negotiator",
    "chief", "commander", "general", "king", "emir", "prince", "regime", "cabinet", "senate", "congress",
    "agency", "organization", "organisation", "movement", "faction", "elder", "activist", "official",
    "member", "representative", "mediator", "junta", "military", "navy", "bomber", "hacker", "doctor",
    "farmer", "resident", "villager", "prisoner", "detainee", "refugee", "civilian", "community",
    "bloc", "union", "west", "committee", "commission", "secretary", "chancellor", "mayor", "governor",
    "man", "woman", "person", "child", "journalist", "reporter", "citizen", "national", "suspect",
    "leadership", "dissident", "opponent", "critic", "minority", "tribe", "clan", "navy", "airline",
    "officer", "peacekeeper", "guard", "pilot", "sailor", "marine"})


def actor_like(t: Token | None) -> bool:
    """Could this head name someone who acts (a state, group, person), not a thing or an act?"""
    if t is None:
        return False
    if t.ent_type in ("GPE", "NORP", "ORG", "PERSON") or t.pos in ("PROPN", "PRON"):
        return True
    return t.lemma.lower() in _ACTOR_NOUNS


def can_be_argument(t: Token | None) -> bool:
    """Not a date, number or time noun ("on the eve of ...", "on Jan 8")."""
    return t is not None and t.ent_type not in _NOT_ACTOR_ENTS and t.lemma.lower() not in _TIME_WORDS


_OWNER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def owner_of(parsed: Parsed, t: Token) -> Token | None:
    """The named owner of a thing: "Iraqi towns" -> Iraqi, "Syria's positions" -> Syria (not "its")."""
    for c in parsed.children(t.i):
        if c.dep == "poss" and c.pos != "PRON" and (c.ent_type or c.pos == "PROPN" or actor_like(c)):
            return c
    for c in parsed.children(t.i):
        if c.dep in ("amod", "compound") and c.ent_type in _OWNER_ENTS:
            return c
    for c in parsed.children(t.i):  # "rebel positions", "army barracks"
        if c.dep == "compound" and c.pos == "NOUN" and c.lemma.lower() in _ACTOR_NOUNS:
            return c
    return None


def place_like(t: Token) -> bool:
    return t.ent_type in _PLACE_ENTS


def recipient_like(parsed: Parsed, t: Token) -> bool:
    """An actor, a place, or a thing with a named owner."""
    return actor_like(t) or place_like(t) or owner_of(parsed, t) is not None
