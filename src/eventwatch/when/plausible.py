"""Is a grammar match a time, or a word that only looks like one?

Month and season words also sit inside names: "April Ryan", "Jan Nowak", "the
Arab Spring", "the Summer Olympics", "the Fall of Saigon". A bare match (no
preposition or modifier that makes it a time) is dropped when a capitalised
word that is not a cue (nor a possessive: "Toyota's March sales") stands right
before it mid-sentence, or, for months, when a capitalised word follows
("April Ryan") or it is "the X on/of/to ..." ("the March on Rome").
Abbreviated months need a day, a year or a cue word ("in Jan."). A year after a
name ("WWDC 2005", "Euro 2012") is still a year, so years are not filtered.
"""
from __future__ import annotations

import re

from .lexicon import CUE_WORDS, HOLIDAYS, MONTHS, SEASONS, WEEKDAYS

__all__ = ["plausible"]

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([A-Za-z][\w'’-]*)")
_SENTENCE_END = ".!?\n:;\"“”'‘`(["
_TIME_WORDS = set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | {w for h in HOLIDAYS for w in h.split()}
_FULL_MONTHS = {m for m in MONTHS if len(m) > 4} | {"may", "june", "july"}
_TIME_LEADS = {"in", "since", "until", "till", "through", "during", "early", "late", "mid-", "last", "next", "this"}


def plausible(kind: str, groups: dict, text: str, start: int, end: int, lead: str = "") -> bool:
    """False when the match is most likely part of a name, not a time.

    ``lead`` is the cue word the rule saw before the match ("in" of "in March").
    """
    if kind == "month":
        return _month_ok(groups, text, start, end, " ".join(lead.lower().split()))
    if kind == "season" and "year" not in groups:
        return _season_ok(groups, text, start, end)
    return True


def _month_ok(groups: dict, text: str, start: int, end: int, lead: str) -> bool:
    if lead and lead not in _TIME_LEADS:
        return not _name_follows(text, end)  # "to April Ryan", "by June Carter"
    if lead or groups.get("edge") or groups.get("rel"):
        return True
    return _bare_month_ok(groups["mon"], text, start, end)


def _season_ok(groups: dict, text: str, start: int, end: int) -> bool:
    rel = " ".join(groups.get("rel", "").lower().split())
    if groups["season"].lower() == "fall":
        # "in the fall", "last fall"; not "the fall in prices"
        return rel in ("this", "last", "next") or bool(groups.get("edge")) or _after_time_preposition(text, start)
    if not groups["season"][0].isupper():
        return True
    if _name_follows(text, end) or _of_a_name(text, end):
        return False  # "the Summer Olympics", "the Spring of Nations"
    return bool(rel or groups.get("edge")) or not _named_before(text, start)  # "the Arab Spring"


def _after_time_preposition(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    return bool(before) and before.group(1).lower() in _TIME_LEADS | {"by", "over", "before", "after"}


def _of_a_name(text: str, end: int) -> bool:
    """'the Fall of Saigon', 'the Spring of Nations'."""
    return re.match(r"[ \t]+of[ \t]+[A-Z]", text[end:end + 10]) is not None


def _bare_month_ok(month: str, text: str, start: int, end: int) -> bool:
    if month.lower().rstrip(".") not in _FULL_MONTHS:
        return False  # "Jan", "Mar", "Dec" alone are names or words more often than months
    if _name_follows(text, end):
        return False  # "April Ryan", "June Carter"
    after = _WORD_AFTER.match(text[end:end + 40])
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if before and before.group(1).lower() == "the" and after and after.group(1).lower() in ("on", "of", "to"):
        return False  # "the March on Rome", "the March of Dimes"
    return not _named_before(text, start)


def _name_follows(text: str, end: int) -> bool:
    after = _WORD_AFTER.match(text[end:end + 40])
    return bool(after) and after.group(1)[0].isupper() and after.group(1).lower() not in _TIME_WORDS


def _named_before(text: str, start: int) -> bool:
    """A capitalised non-cue word right before ``start``, not at a sentence start ("Arab Spring")."""
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if not before:
        return False
    word = before.group(1)
    if not word[0].isupper() or word.lower().rstrip(".") in CUE_WORDS or word.lower() in _TIME_WORDS:
        return False
    if word.endswith(("'s", "’s")):
        return False  # "Toyota's March sales": a possessive owner, the month is a time
    head = text[:start - len(before.group(0))].rstrip(" \t")
    return bool(head) and head[-1] not in _SENTENCE_END
