"""Events that are said rather than done: blame, complaint and judgement constructions.

- blame: a speaker says that trouble was caused by someone ("commenting that the unrest was
  sparked by the ethnic Serbs") -> ACCUSE (allege), speaker -> causer.
- complaint: a speaker says that someone does not care ("X is not worried about ...", "Y does
  not care about ...") -> ACCUSE (disapprove), speaker -> the one who does not care.
- judgement: "called/branded the declaration illegal" -> ACCUSE (disapprove), subject -> object.
- refusal in words: someone says "there is no need for" something -> REJECT, speaker as actor.
- demand in words: "X said/declared that Y must ..." -> REQUEST (CAMEO 10), X -> Y.
Plain speech verbs ("said") are never events (CAMEO 01 is not a PLOVER event).
"""
from __future__ import annotations

from ..model import Parsed
from .frames import Frame, expand, subject_of
from .lexicon import sense
from .modes import attribution_of
from .triggers import Trigger

__all__ = ["speech_triggers"]

_CAUSE = frozenset({"spark", "cause", "provoke", "instigate", "trigger", "incite", "fuel", "orchestrate",
                    "stir", "ignite", "foment", "engineer"})
_TROUBLE = frozenset({"unrest", "violence", "clash", "crisis", "tension", "war", "riot", "conflict",
                      "fighting", "attack", "chaos", "escalation", "bloodshed", "turmoil", "protest"})
_CARE = frozenset({"worried", "concerned", "interested", "care", "bother", "bothered", "troubled"})
_JUDGE_VERB = frozenset({"call", "brand", "label", "describe", "deem", "term", "declare", "dub"})
_JUDGE_WORD = frozenset({"illegal", "illegitimate", "unacceptable", "null", "invalid", "unlawful",
                         "provocation", "provocative", "criminal", "violation", "outrageous",
                         "irresponsible", "aggression", "unjustified", "void", "hostile", "farce"})


def speech_triggers(parsed: Parsed, first: int, last: int) -> list[tuple[Trigger, Frame]]:
    out = []
    for t in parsed.tokens[first:last]:
        lemma = t.lemma.lower()
        if lemma in _CAUSE:
            found = _blame(parsed, t.i)
        elif lemma in _CARE or t.text.lower() in _CARE:
            found = _complaint(parsed, t.i)
        elif lemma in _JUDGE_VERB and t.pos == "VERB" and _judgement(parsed, t.i):
            found = _judgement(parsed, t.i)
        elif lemma == "need" and t.pos == "NOUN":
            found = _no_need(parsed, t.i)
        elif t.pos in ("VERB", "AUX") and _must(parsed, t.i):
            found = _deontic(parsed, t.i)
        else:
            found = None
        if found is not None:
            out.append(found)
    return out


def _must(parsed: Parsed, v: int) -> bool:
    """'... that China must drop barriers', '... should step down', '... has to leave'."""
    if any(c.dep == "aux" and c.text.lower() in ("must", "should") for c in parsed.children(v)):
        return parsed.tokens[v].dep in ("ccomp", "acl", "relcl") or parsed.tokens[v].dep == "ROOT" and False
    return False


def _deontic(parsed: Parsed, v: int) -> tuple[Trigger, Frame] | None:
    """'X said/declared/announced that Y must ...': X demands it of Y (REQUEST, CAMEO 10)."""
    j = parsed.tokens[v].head
    for _ in range(4):
        if parsed.tokens[j].pos == "VERB":
            break
        j = parsed.tokens[j].head
    gov = parsed.tokens[j]
    if gov.pos != "VERB" or gov.i == v:
        return None
    actor = subject_of(parsed, gov.i)
    target = None
    for c in parsed.children(gov.i):
        if c.dep in ("dative", "prep") and c.lemma.lower() == "to":
            target = _kid(parsed, c.i, "pobj")
    if target is None:
        subj = _kid(parsed, v, "nsubj", "nsubjpass")
        target = subj if subj is not None and subj.pos != "PRON" else None
    if actor is None:
        return None
    aux = next(c for c in parsed.children(v) if c.dep == "aux" and c.text.lower() in ("must", "should"))
    trig = Trigger(v, (aux.i,), sense("REQUEST 10"), "deontic", None)
    return trig, Frame(expand(parsed, actor), expand(parsed, target))


def _no_need(parsed: Parsed, n: int) -> tuple[Trigger, Frame] | None:
    """'they replied that there is no need for the return of the army': a refusal (REJECT)."""
    t = parsed.tokens[n]
    if not any(c.dep == "det" and c.lemma.lower() == "no" for c in parsed.children(n)):
        return None
    if t.dep != "attr" or not any(c.dep == "expl" for c in parsed.children(t.head)):
        return None
    speaker = attribution_of(parsed, t.head)
    if speaker is None:
        return None
    trig = Trigger(t.head, (n,), sense("REJECT 12"), "speech", None)
    return trig, Frame(expand(parsed, speaker), ())


def _kid(parsed: Parsed, i: int, *deps: str):
    return next((c for c in parsed.children(i) if c.dep in deps), None)


def _blame(parsed: Parsed, v: int) -> tuple[Trigger, Frame] | None:
    speaker = attribution_of(parsed, v)
    if speaker is None:
        return None
    passive = _kid(parsed, v, "nsubjpass")
    trouble = passive if passive is not None else _kid(parsed, v, "dobj")
    if trouble is None or trouble.lemma.lower() not in _TROUBLE:
        return None
    causer = subject_of(parsed, v) if passive is not None else _kid(parsed, v, "nsubj")
    if causer is None:
        return None
    trig = Trigger(v, (v,), sense("ACCUSE.allege 11"), "speech", None)
    return trig, Frame(expand(parsed, speaker), expand(parsed, causer))


def _complaint(parsed: Parsed, i: int) -> tuple[Trigger, Frame] | None:
    t = parsed.tokens[i]
    pred = t.head if t.dep in ("acomp", "xcomp") else i
    if not any(c.dep == "neg" for c in parsed.children(pred)):
        return None
    speaker = attribution_of(parsed, pred)
    target = _kid(parsed, pred, "nsubj")
    if speaker is None or target is None:
        return None
    trig = Trigger(pred, (i,), sense("ACCUSE.disapprove 11"), "speech", None)
    return trig, Frame(expand(parsed, speaker), expand(parsed, target))


def _judgement(parsed: Parsed, v: int) -> tuple[Trigger, Frame] | None:
    obj = _kid(parsed, v, "dobj")
    if obj is None:
        return None
    lo, hi = parsed.subtree(v)
    word = next((parsed.tokens[k] for k in range(obj.i + 1, hi) if parsed.tokens[k].lemma.lower() in _JUDGE_WORD), None)
    if word is None:
        return None
    subj = subject_of(parsed, v)
    trig = Trigger(v, (v, word.i), sense("ACCUSE.disapprove 11"), "speech", None)
    return trig, Frame(expand(parsed, subj), expand(parsed, obj))
