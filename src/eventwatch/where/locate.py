"""locate.rules.v1: the place where an event happened, not every place its sentence mentions.

Evidence, strongest first (same sentence as the event's trigger):
  3  a place in a locative phrase ("in/at/near ... X") attached to the trigger
  2  a locative phrase attached inside the trigger's clause (its object, its subject ...)
  1  weak: the place sits inside an actor's words ("NATO's mission in Kosovo")
Places attached to a speech verb other than the trigger ("said in Brussels") are the
speaker's location and never count. No evidence -> location None.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Analysis, Event, Parsed, Place
from ..settings import Settings

__all__ = ["LocateStage", "locate_event"]

LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around",
                      "into", "within", "on", "off"})
SPEECH = frozenset({"say", "tell", "state", "announce", "add", "claim", "insist", "declare",
                    "report", "write", "note", "explain", "warn", "stress", "comment"})
# how a place name hangs inside its noun phrase ("the [north] of Kosovo", "Pristina, [Kosovo]")
_PHRASE_DEPS = frozenset({"compound", "appos", "conj", "amod", "nmod", "npadvmod", "poss", "cc"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "csubj"})


@dataclass(frozen=True)
class LocateStage:
    name: str = "locate.rules.v1"
    requires: tuple[str, ...] = ("parsed", "places", "events")
    produces: tuple[str, ...] = ("events",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.parsed is None or not analysis.events:
            return analysis
        events = tuple(replace(e, location=locate_event(e, analysis)) for e in analysis.events)
        return replace(analysis, events=events)


def locate_event(event: Event, analysis: Analysis) -> Place | None:
    parsed = analysis.parsed
    if parsed is None or not event.evidence:
        return event.location
    best: tuple[int, int, Place] | None = None
    for ev in event.evidence:
        trigger = parsed.token_at(ev.trigger_start)
        if trigger is None:
            continue
        for place in analysis.places:
            strength = _strength(place, trigger, parsed, event, analysis)
            if strength and (best is None or (strength, -_span(place)) > best[:2]):
                best = (strength, -_span(place), place)
    return best[2] if best else event.location


def _span(place: Place) -> int:
    """Prefer the longer phrase ("the north of Kosovo") over the bare name inside it."""
    return -(place.end - place.start)


def _strength(place: Place, trigger: int, parsed: Parsed, event: Event, analysis: Analysis) -> int:
    tok = parsed.token_at(place.end - 1)  # a name's head is its last word ("the north of [Kosovo]")
    if tok is None or parsed.tokens[tok].sent != parsed.tokens[trigger].sent:
        return 0
    if place.resolution == "unknown" and place.country is None:
        return 0  # nothing to pin ("on the eve of ... Christmas" tagged as a place)
    attach, prep = _locative_head(tok, parsed)
    if attach is None or (prep == "to" and _is_recipient(place, event)):
        return 0
    if attach != trigger and _speech_verb(attach, parsed):
        return 0  # where someone spoke, not where the event happened
    if _inside_actor(place, analysis):
        return 1
    if attach == trigger or _light_verb_of(trigger, attach, parsed):
        return 3 if prep != "to" else 2
    return 2 if _in_clause_of(attach, trigger, parsed) else 0


def _light_verb_of(trigger: int, attach: int, parsed: Parsed) -> bool:
    """"a clash broke out in X", "protests took place in X": the noun trigger's own verb."""
    tok = parsed.tokens[trigger]
    return tok.head == attach and tok.dep in ("nsubj", "nsubjpass", "dobj")


def _is_recipient(place: Place, event: Event) -> bool:
    """"sent a request to Russia": Russia is who received it, not where it happened."""
    return any(place.text in words or words in place.text for words in event.recipient_text if words)


def _locative_head(i: int, parsed: Parsed) -> tuple[int | None, str]:
    """The word a locative phrase containing token ``i`` modifies, and its preposition."""
    j = i
    for _ in range(6):  # climb compounds/appositions up to the preposition
        tok = parsed.tokens[j]
        if tok.dep == "pobj":
            prep = parsed.tokens[tok.head]
            word = prep.text.lower()
            if word in LOCATIVE or word == "to":
                return prep.head, word
            j = prep.head  # "the north of Kosovo": climb through "of" to "north"
            continue
        if tok.head == j or tok.dep not in _PHRASE_DEPS:
            return None, ""  # left the noun phrase: the place is a subject/object, not a location
        j = tok.head
    return None, ""


def _speech_verb(i: int, parsed: Parsed) -> bool:
    return parsed.tokens[i].lemma.lower() in SPEECH


def _in_clause_of(i: int, trigger: int, parsed: Parsed) -> bool:
    """True when ``i`` is the trigger or below it without entering another clause."""
    j = i
    for _ in range(12):
        if j == trigger:
            return True
        tok = parsed.tokens[j]
        if tok.dep in _CLAUSE_DEPS or tok.head == j:
            return False
        j = tok.head
    return False


def _inside_actor(place: Place, analysis: Analysis) -> bool:
    """Inside a longer actor mention or organisation name ("NATO's mission in Kosovo")."""
    spans = [(m.start, m.end) for m in analysis.mentions]
    if analysis.parsed is not None:
        spans += [(e.start, e.end) for e in analysis.parsed.entities if e.label == "ORG"]
    return any(s <= place.start and place.end <= e and (e - s) > (place.end - place.start) for s, e in spans)


def make_locate_stage(settings: Settings) -> LocateStage:
    return LocateStage()
