"""Argument frames: who acts and who is acted on, from the dependency parse.

Actor: the clause subject; for passives the "by" agent ("as requested by the Serbian
government"); for infinitives the controller ("X refused to send" -> X); for conjoined verbs the
first conjunct's subject; for nominal triggers the possessor, a nationality adjective or
compound ("a U.S. request"), or a "by"/"from" phrase. Recipient: the direct object, the object
of "urged X to", a "to/against/with/on/at" phrase, or the passive subject. Compound actors
("Hungary and Romania") are expanded through ``conj``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Parsed, Token
from .lexicon import NOUNS

__all__ = ["Frame", "actor_like", "arg_span", "can_be_argument", "expand", "clause_verb", "frame_for", "is_passive", "subject_of"]

_TO_DEPS = ("to", "against", "with", "on", "at", "toward", "towards", "into", "upon", "behind")
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself"})
_GO_FOR = frozenset({"arrive", "travel", "come", "go", "fly", "head", "return", "leave", "meet", "gather"})
_TAKE_PART = frozenset({"engage", "involve", "participate", "take", "join"})
_QUANTITY = frozenset({"thousand", "hundred", "dozen", "million", "number", "group", "some", "crowd",
                       "score", "hundreds", "thousands", "dozens", "lot", "part", "third", "half"})
_CONTROL_OBJECT = frozenset({"urge", "ask", "order", "force", "allow", "press", "pressure", "call",
                             "invite", "tell", "persuade", "permit", "encourage", "push", "compel",
                             "instruct", "request", "beg", "appeal", "help", "warn"})
_ARG_KEEP = frozenset({"det", "poss", "compound", "amod", "nummod", "quantmod", "nmod", "case", "prep",
                       "pobj", "npadvmod", "punct", "hmod", "hyph", "predet", "advmod"})


@dataclass(frozen=True)
class Frame:
    actors: tuple[int, ...]
    recipients: tuple[int, ...]


# Participles that are states of their subject, not passives: "Israel is opposed to ...",
# "Serb forces were engaged in ...", "Ghana is committed to ..." (unless a "by" agent is named).
_STATIVE = frozenset({"oppose", "engage", "commit", "involve", "determine", "dedicate", "prepare"})


def is_passive(parsed: Parsed, v: int) -> bool:
    kids = parsed.children(v)
    if parsed.tokens[v].lemma.lower() in _STATIVE and not any(c.dep == "agent" for c in kids):
        return False
    if any(c.dep in ("auxpass", "nsubjpass") for c in kids):
        return True
    t = parsed.tokens[v]
    return t.tag == "VBN" and t.dep in ("acl", "advcl", "amod") and not any(c.dep == "aux" for c in kids)


def _child(parsed: Parsed, i: int, *deps: str) -> Token | None:
    for c in parsed.children(i):
        if c.dep in deps:
            return c
    return None


def _agent(parsed: Parsed, v: int) -> Token | None:
    a = _child(parsed, v, "agent")
    return _child(parsed, a.i, "pobj") if a is not None else None


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
    "leadership", "dissident", "opponent", "critic", "minority", "tribe", "clan", "navy", "airline"})


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


def _prep_objects(parsed: Parsed, i: int, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in parsed.children(i):
        if c.dep in ("prep", "dative") and c.lemma.lower() in preps:
            p = _child(parsed, c.i, "pobj")
            if can_be_argument(p):
                out.append(p)
        elif c.dep == "dative" and c.pos in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


def clause_verb(parsed: Parsed, i: int) -> int:
    """The verb whose clause a (nominal) trigger sits in."""
    j = i
    for _ in range(12):
        t = parsed.tokens[j]
        if t.pos in ("VERB", "AUX") or t.head == j:
            return j
        j = t.head
    return j


def subject_of(parsed: Parsed, v: int, depth: int = 0) -> Token | None:
    """The acting subject of verb ``v`` (controllers and conjuncts followed)."""
    if depth > 6:
        return None
    t = parsed.tokens[v]
    subj = _child(parsed, v, "nsubj", "csubj", *(("nsubjpass",) if t.lemma.lower() in _STATIVE else ()))
    if is_passive(parsed, v):
        return _agent(parsed, v)
    if subj is not None:
        if subj.lemma.lower() in ("who", "which", "that") and t.dep == "relcl":
            return parsed.tokens[t.head]
        return _through_quantity(parsed, subj)
    if t.dep in ("xcomp", "conj", "advcl") and t.head != v:
        head = parsed.tokens[t.head]
        if t.dep == "xcomp" and head.lemma.lower() in _CONTROL_OBJECT:
            obj = _child(parsed, head.i, "dobj")
            if obj is not None:
                return obj
        if head.pos in ("VERB", "AUX") or t.dep == "xcomp":
            return subject_of(parsed, head.i, depth + 1)
    if t.dep == "acomp" or (t.dep == "xcomp" and parsed.tokens[t.head].pos == "ADJ"):
        return subject_of(parsed, t.head, depth + 1)
    return None


def _through_quantity(parsed: Parsed, t: Token) -> Token:
    """'Thousands of students' -> students; 'a group of Moroccan diplomats' -> diplomats."""
    if t.lemma.lower() in _QUANTITY or t.ent_type == "CARDINAL":
        for c in parsed.children(t.i):
            if c.dep == "prep" and c.lemma.lower() == "of":
                obj = _child(parsed, c.i, "pobj")
                if obj is not None:
                    return obj
    return t


def expand(parsed: Parsed, tok: Token | None) -> tuple[int, ...]:
    """A head and its conjuncts ("Israel and the Palestinians")."""
    if tok is None:
        return ()
    out = [tok.i]
    stack = [tok.i]
    while stack:
        for c in parsed.children(stack.pop()):
            if c.dep == "conj" and c.pos in ("PROPN", "NOUN", "PRON"):
                out.append(c.i)
                stack.append(c.i)
    return tuple(out)


_SPOKEN_ACTS = frozenset({"request", "demand", "appeal", "call", "plea", "proposal", "offer", "ultimatum",
                          "warning", "threat", "criticism", "condemnation", "accusation", "promise", "pledge"})


def _nominal_actor(parsed: Parsed, n: int) -> Token | None:
    for c in parsed.children(n):
        if c.dep == "poss":
            return c
    preps = ("by", "from", "of") if parsed.tokens[n].lemma.lower() in _SPOKEN_ACTS else ("by", "from")
    by = _prep_objects(parsed, n, preps)  # "at the request of the United States"
    if by:
        return by[0]
    for c in parsed.children(n):
        if c.dep in ("compound", "amod") and c.ent_type in ("NORP", "GPE", "ORG", "PERSON"):
            return c
    return None


def _event_noun(t: Token | None) -> bool:
    return t is not None and t.lemma.lower() in NOUNS


def frame_for(parsed: Parsed, head: int, noun: int | None, kind: str, self_acting: bool = False) -> Frame:
    """Actor and recipient heads for a trigger."""
    if kind == "noun":
        actor = _nominal_actor(parsed, head)
        t = parsed.tokens[head]
        prep = parsed.tokens[t.head].lemma.lower()
        if actor is None and t.dep == "pobj" and prep in ("in", "for"):
            gov = parsed.tokens[parsed.tokens[t.head].head]  # "engaged in ethnic cleansing"
            verbs = _TAKE_PART if prep == "in" else _GO_FOR  # "arrived in Sanaa for talks"
            if gov.pos == "VERB" and gov.lemma.lower() in verbs:
                actor = subject_of(parsed, gov.i)
        rec = _prep_objects(parsed, head, _TO_DEPS)
        sides = _prep_objects(parsed, head, ("between",)) if actor is None else []
        if sides and can_be_argument(sides[0]):  # "talks between Sudan and Chad": a dyad, first side acts
            both = expand(parsed, sides[0])
            return Frame(both[:1], both[1:2])
        return Frame(expand(parsed, actor), expand(parsed, rec[0] if rec else None))
    actor = subject_of(parsed, head)
    passive = is_passive(parsed, head)
    rec: Token | None = None
    if passive:
        rec = _child(parsed, head, "nsubjpass")
        rec = None if rec is not None and (rec.i == noun or _event_noun(rec)) else rec
        if rec is None and parsed.tokens[head].dep in ("acl", "amod"):
            rec = parsed.tokens[parsed.tokens[head].head]
    else:
        obj = _child(parsed, head, "dobj", "obj")
        obj = _through_quantity(parsed, obj) if obj is not None else None
        holds = obj is not None and noun is not None and parsed.subtree(obj.i)[0] <= noun < parsed.subtree(obj.i)[1]
        if obj is not None and not holds and not _event_noun(obj) and _named_or_actor(parsed, obj):
            rec = obj  # not "a state of emergency", whose "of" phrase holds the event
    if rec is None:
        dat = _child(parsed, head, "dative")
        if dat is not None and dat.pos in ("PROPN", "NOUN", "PRON"):
            rec = dat
    if rec is None:
        outs = _prep_objects(parsed, head, _TO_DEPS)
        if not outs and noun is not None:
            outs = _prep_objects(parsed, noun, _TO_DEPS)
        if not outs:  # "lifted a curfew in Montenegro": a place as the last resort
            outs = [t for t in _prep_objects(parsed, head, ("in",)) if t.ent_type == "GPE"]
        rec = outs[0] if outs else None
    if rec is None and kind in ("verb", "phrasal") and not passive:
        rec = _complement_subject(parsed, head)
    if rec is not None and (rec.lemma.lower() in _REFLEXIVE or (actor is not None and actor.i == rec.i)):
        rec = None
    if actor is None and passive and rec is not None and self_acting:  # "forces were put on alert"
        actor, rec = _through_quantity(parsed, rec), None
    actor = actor if can_be_argument(actor) else None
    return Frame(expand(parsed, actor), expand(parsed, rec))


def _named_or_actor(parsed: Parsed, t: Token) -> bool:
    """An object that can be a recipient: an actor, or a thing with a national owner ("Palestinian homes")."""
    if actor_like(t):
        return True
    return any(c.dep in ("amod", "compound", "poss") and c.ent_type in ("GPE", "NORP", "ORG", "PERSON")
               for c in parsed.children(t.i))


def _complement_subject(parsed: Parsed, v: int) -> Token | None:
    """'demanded that the government end curbs', 'urged KFOR to be enlarged' -> the subject."""
    for c in parsed.children(v):
        if c.dep in ("ccomp", "xcomp"):
            s = _child(parsed, c.i, "nsubj", "nsubjpass")
            if s is not None and s.pos != "PRON":
                return s
    return None


def arg_span(parsed: Parsed, i: int) -> tuple[int, int]:
    """Token range naming an argument: its head with modifiers, cut at commas and clauses."""
    lo = hi = i
    stack = [i]
    while stack:
        j = stack.pop()
        for c in parsed.children(j):
            if c.dep in _ARG_KEEP and not (c.dep == "punct" and c.text in ",;:()[]"):
                if c.dep == "prep" and (c.lemma.lower() not in ("of", "in") or
                                        any(g.tag == "VBG" for g in parsed.children(c.i))):
                    continue  # keep "mission in Kosovo", not "men of downing flight MH17"
                lo, hi = min(lo, c.i), max(hi, c.i)
                stack.append(c.i)
    toks = parsed.tokens
    while lo < i and toks[lo].dep in ("det", "punct", "case", "advmod") and toks[lo].lemma.lower() != "no":
        lo += 1
    while hi > i and (toks[hi].pos == "PUNCT" or toks[hi].text in (",", ";")):
        hi -= 1
    for k in range(lo, hi + 1):  # cut at a comma inside the span
        if toks[k].text == "," and k > i:
            hi = k - 1
            break
    return lo, hi + 1
