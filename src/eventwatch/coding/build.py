"""One sentence -> candidate events: triggers, governors, frames, modes, PLOVER recasts.

PLOVER recasts (the manual: "where one category already expresses it, code that category"):
- a future/intended cooperative act by a named actor ("X will visit Y", "X would allow ...")
  is AGREE; a future/intended conflict act ("X will boycott ...", "... unless ...") is THREATEN;
- a refused request is REJECT (govern.py), a threatened act is THREATEN with the act as mode.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..ingest.ids import stable_id
from ..model import Analysis, Event, Evidence, Parsed, Sentence
from ..ontology import CAMEO_ROOTS, cameo_quad
from .prune import ACTORLESS_CAP, prune
from .frames import Frame, actor_like, clause_verb, expand, frame_for, is_passive
from .govern import complement_mode, governed_by, threat_mode
from .lexicon import Sense
from .modes import Modality, attribution_of, modality
from .resolve import EVENT_REFS, ArgResolver
from .speech import speech_triggers
from .targets import fallback_recipient
from .triggers import Trigger, find_triggers

__all__ = ["Candidate", "CODER", "sentence_events"]

CODER = "coding.rules.v1"
_COOP = frozenset({"SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
_CONFLICT = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"})
# Types whose passive subject is the one acting when no agent is named ("troops were put on alert").
_SELF_ACTING = frozenset({"MOBILIZE", "RETREAT", "PROTEST"})
_BASE_CONF = {"deontic": 0.75, "speech": 0.7, "verb": 0.7, "flip": 0.75, "phrasal": 0.75, "object": 0.75, "light": 0.75, "noun": 0.5}


@dataclass(frozen=True)
class Candidate:
    event: Event
    trigger: Trigger
    definite: bool  # a nominal trigger with "the/this/its": likely a retelling
    recipient_ref: int | None = None  # recipient named by an act ("slammed the decision")


def sentence_events(analysis: Analysis, resolver: ArgResolver, sent: Sentence,
                    ref_year: int | None) -> list[Candidate]:
    parsed = analysis.parsed
    special = speech_triggers(parsed, sent.first, sent.last)
    frames = {id(t): f for t, f in special}
    triggers = sorted(find_triggers(parsed, sent.first, sent.last) + [t for t, _ in special],
                      key=lambda tr: tr.tokens[0])
    governed = governed_by(parsed, triggers)
    out = []
    for k, trig in enumerate(triggers):
        if k in governed:
            continue
        comps = [triggers[c] for c, g in governed.items() if g == k]
        out.append(_candidate(analysis, resolver, sent, trig, comps, ref_year, frames.get(id(trig))))
    return sorted(prune(parsed, out), key=lambda c: c.trigger.tokens[0])


def _candidate(analysis: Analysis, resolver: ArgResolver, sent: Sentence, trig: Trigger,
               comps: list[Trigger], ref_year: int | None, frame: Frame | None = None) -> Candidate:
    parsed = analysis.parsed
    frame = frame or frame_for(parsed, trig.head, trig.noun, trig.kind, trig.sense.type in _SELF_ACTING)
    v = trig.head if trig.kind != "noun" else clause_verb(parsed, trig.head)
    mod = modality(parsed, v, trig.noun, ref_year)
    s, frame = _with_complements(parsed, trig, comps, frame)
    s, mod = _recast(parsed, trig, s, mod, frame)
    if frame.actors and not frame.recipients and trig.kind not in ("speech", "deontic"):
        rec = fallback_recipient(parsed, trig.head, trig.noun, s.type, frame.actors)
        frame = Frame(frame.actors, expand(parsed, parsed.tokens[rec]) if rec is not None else ())
    if trig.kind in ("speech", "deontic"):
        mod = replace(mod, negation=False, hypothetical=False, future=False, intent=False)  # "is not worried": the complaint itself is asserted
    if trig.kind == "flip" and mod.negation:
        mod = replace(mod, negation=False, hypothetical=False)  # "could not meet" is the refusal
    actors = [resolver.resolve(i) for i in frame.actors]
    recips = [resolver.resolve(i) for i in frame.recipients if i not in frame.actors]
    attr_tok = attribution_of(parsed, v)
    attribution = resolver.resolve(attr_tok.i)[0] if attr_tok is not None else None
    root = CAMEO_ROOTS[s.cameo]
    ev = Event(
        id=stable_id(analysis.article.id, s.type, *_span(parsed, trig)),
        article_id=analysis.article.id, event_type=s.type, mode=(s.mode,) if s.mode else (),
        aux_modes=mod.aux_modes(), quad=cameo_quad(s.cameo), cameo_root=s.cameo,
        goldstein=root.goldstein, confidence=_confidence(parsed, trig, frame, comps, mod),
        coder=CODER, actor=tuple(a for a, _ in actors), recipient=tuple(a for a, _ in recips),
        actor_text=tuple(t for _, t in actors), recipient_text=tuple(t for _, t in recips),
        evidence=(_evidence(analysis, sent, trig),), attribution=attribution,
    )
    definite = trig.kind in ("noun", "light", "flip") and _definite(parsed, trig)
    refs = tuple(i for i in frame.recipients if parsed.tokens[i].lemma.lower() in EVENT_REFS)
    if not frame.recipients and trig.kind in ("verb", "speech"):
        obj = next((c for c in parsed.children(trig.head) if c.dep == "dobj"), None)
        refs = (obj.i,) if obj is not None and obj.lemma.lower() in EVENT_REFS else ()
    return Candidate(ev, trig, definite, refs[0] if refs else None)


def _with_complements(parsed: Parsed, trig: Trigger, comps: list[Trigger], frame: Frame) -> tuple[Sense, Frame]:
    s = trig.sense
    if not comps and s.type not in ("REQUEST", "REJECT", "THREATEN"):
        return s, frame
    asked = next((c for c in comps if c.sense.type in ("REQUEST", "AGREE", "THREATEN")), None)
    acts = [c for c in comps if c is not asked]
    content = acts[0].sense if acts else (asked.sense if asked else None)
    ctype, cmode = (content.type, content.mode) if content else (None, None)
    if s.type == "REJECT" or trig.kind == "flip":
        mode = complement_mode(ctype, cmode) if content and (acts or cmode) else s.mode
        s = Sense("REJECT", mode, "12")
        if asked is not None:  # the author of what is refused is the recipient
            af = frame_for(parsed, asked.head, asked.noun, asked.kind)
            frame = Frame(frame.actors, af.actors or frame.recipients)
    if not frame.recipients and acts:  # "promised to continue aid to Mozambique"
        inner = frame_for(parsed, acts[0].head, acts[0].noun, acts[0].kind)
        rec = tuple(i for i in inner.recipients if i not in frame.actors)
        frame = Frame(frame.actors, rec)
    if s.type == "REJECT" or trig.kind == "flip":
        pass
    elif s.type == "REQUEST":
        mode = complement_mode(ctype, cmode) if content else (s.mode or _asked_for(parsed, trig) or "change")
        s = Sense("REQUEST", mode, s.cameo)
    elif s.type == "AGREE" and asked is not None and asked.kind == "noun" and asked.sense.type == "REQUEST" \
            and not acts:
        s = Sense("CONCEDE", None, "08")  # "agreed to the strikers' demands": yielding (CAMEO 08)
    elif s.type == "AGREE" and ctype in _CONFLICT:  # "vowed to retaliate", "promised to expel"
        s = Sense("THREATEN", threat_mode(ctype, cmode), "13")
    elif s.type == "THREATEN" and content is not None:
        s = Sense("THREATEN", threat_mode(ctype, cmode) or s.mode, s.cameo)
    return s, frame


_FOR_ASSIST = frozenset({"supply", "aid", "help", "assistance", "support", "loan", "troop", "weapon", "fund",
                         "money", "food", "reinforcement", "protection", "asylum", "vaccine", "fuel"})
_FOR_YIELD = frozenset({"ceasefire", "cease-fire", "truce", "release", "withdrawal", "resignation", "end"})
_FOR_MEET = frozenset({"talk", "meeting", "negotiation", "summit", "dialogue"})


def _asked_for(parsed: Parsed, trig: Trigger) -> str | None:
    """REQUEST mode from 'a request for supplies', 'called for talks'."""
    for i in (trig.noun, trig.head):
        if i is None:
            continue
        for c in parsed.children(i):
            if c.dep == "prep" and c.lemma.lower() == "for" or (c.dep == "dobj" and i == trig.head):
                obj = next((g for g in parsed.children(c.i) if g.dep == "pobj"), c if c.dep == "dobj" else None)
                lemma = obj.lemma.lower() if obj is not None else ""
                if lemma in _FOR_ASSIST:
                    return "assist"
                if lemma in _FOR_YIELD:
                    return "yield"
                if lemma in _FOR_MEET:
                    return "meet"
    return None


def _recast(parsed: Parsed, trig: Trigger, s: Sense, mod: Modality, frame: Frame) -> tuple[Sense, Modality]:
    """Future/intended acts of a named actor: cooperative -> AGREE, conflictual -> THREATEN."""
    if not mod.intent or trig.kind == "noun":
        return s, mod
    if not frame.actors or not actor_like(parsed.tokens[frame.actors[0]]):
        return s, mod
    if is_passive(parsed, trig.head):
        return s, mod
    clean = replace(mod, future=False, hypothetical=False, intent=False, conditional="")
    if mod.negation:  # "said it would not extradite": a refusal
        if s.type in _COOP:
            return Sense("REJECT", complement_mode(s.type, s.mode), "12"), replace(clean, negation=False)
        return s, mod
    if mod.conditional == "unless" and (s.type in _CONFLICT or s.type in _COOP):
        return Sense("THREATEN", threat_mode(s.type, s.mode), "13"), clean
    if s.type in _COOP:
        return Sense("AGREE", None, "03"), clean
    if s.type in _CONFLICT:
        return Sense("THREATEN", threat_mode(s.type, s.mode), "13"), clean
    return s, mod


def _confidence(parsed: Parsed, trig: Trigger, frame: Frame, comps: list[Trigger], mod: Modality) -> float:
    c = _BASE_CONF[trig.kind]
    c += 0.1 if frame.actors else -0.15
    if frame.actors and not actor_like(parsed.tokens[frame.actors[0]]):
        c -= 0.15
    c += 0.05 if frame.recipients else 0.0
    c += 0.05 if comps else 0.0
    head = parsed.tokens[trig.head]
    if head.dep == "ROOT" or (head.dep == "ccomp" and parsed.tokens[head.head].dep == "ROOT"):
        c += 0.05
    if head.dep in ("relcl", "acl", "amod"):
        c -= 0.2
    elif head.dep == "advcl":
        c -= 0.1
    if any(parsed.tokens[i].ent_type for i in frame.actors):
        c += 0.03
    if not frame.actors and not frame.recipients:
        c = min(c, ACTORLESS_CAP)  # nobody named on either side: kept, but never a confident event
    return round(max(0.05, min(0.95, c)), 3)


def _span(parsed: Parsed, trig: Trigger) -> tuple[int, int]:
    toks = [parsed.tokens[i] for i in trig.tokens]
    return min(t.start for t in toks), max(t.end for t in toks)


def _evidence(analysis: Analysis, sent: Sentence, trig: Trigger) -> Evidence:
    text = analysis.article.text
    start, end = _span(analysis.parsed, trig)
    return Evidence(text[sent.start:sent.end], sent.start, sent.end, text[start:end], start, end)


def _definite(parsed: Parsed, trig: Trigger) -> bool:
    noun = trig.noun if trig.noun is not None else trig.head
    return any(c.dep in ("det", "poss") and c.lemma.lower() in ("the", "this", "that", "its", "their", "his", "her")
               for c in parsed.children(noun))

