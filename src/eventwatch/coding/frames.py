"""Argument frames: who acts and who is acted on, from the dependency parse.

Actor: the clause subject; for passives the "by" agent ("as requested by the Serbian
government"); for infinitives the controller ("X refused to send" -> X), also through a raising
passive ("Peru is expected to sign" -> Peru); for conjoined verbs the first conjunct's subject; the
possessor of a noun an infinitive hangs on ("Mali's decision to expel" -> Mali); the noun an active
participle modifies ("rebels fighting the army"); for nominal triggers the possessor, a
nationality adjective or compound ("a U.S. request"), a "by"/"from" phrase, or the "of" phrase
of a movement ("the deployment of Kenyan police"). Recipient (objects.py): the direct object if
it is an actor, place or owned thing, the owner of a trigger's own object ("expelled two Iranian
diplomats" -> Iranian), the author of an act object ("condemned Russia's attack" -> Russia), the
object of "urged X to", a "to/against/with/on/at" phrase (of the verb, the event noun or the
object: "a suspension of air links with Morocco"), the subject of a demanded clause, or the
passive subject. Reflexives are never recipients. Compound actors ("Hungary and Romania") are
expanded through ``conj``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Parsed, Token
from .heads import actor_like, can_be_argument, owner_of
from .objects import child as _child
from .objects import complement_subject as _complement_subject
from .objects import of_object as _of_object
from .objects import own_given as _own_given
from .objects import prep_objects as _prep_objects
from .objects import role_owned as _role_owned
from .objects import through_thing as _through_thing
from .objects import to_phrases as _to_phrases
from .lexicon import NOUNS

__all__ = ["Frame", "actor_like", "arg_span", "can_be_argument", "expand", "clause_verb", "frame_for", "is_passive", "subject_of"]

_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself"})
_GO_FOR = frozenset({"arrive", "travel", "come", "go", "fly", "head", "return", "leave", "meet", "gather"})
_TAKE_PART = frozenset({"engage", "involve", "participate", "take", "join"})
_QUANTITY = frozenset({"thousand", "hundred", "dozen", "million", "number", "group", "some", "crowd",
                       "score", "hundreds", "thousands", "dozens", "lot", "part", "third", "half",
                       "deployment", "contingent", "detachment", "batch", "convoy", "wave"})
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


def _agent(parsed: Parsed, v: int) -> Token | None:
    a = _child(parsed, v, "agent")
    return _child(parsed, a.i, "pobj") if a is not None else None


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
        raised = _child(parsed, head.i, "nsubjpass") if t.dep == "xcomp" else None
        if raised is not None and _agent(parsed, head.i) is None:
            return _through_quantity(parsed, raised)  # "Peru is expected to sign ..." -> Peru
        if head.pos in ("VERB", "AUX") or t.dep == "xcomp":
            return subject_of(parsed, head.i, depth + 1)
    if t.dep == "acl" and t.tag in ("VB", "VBG"):  # "Mali's decision to expel ..." -> Mali
        owner = _child(parsed, t.head, "poss")
        if owner is not None:
            return owner
    if t.dep == "acl" and t.tag in ("VBG", "VBZ", "VBP") and actor_like(parsed.tokens[t.head]):
        return parsed.tokens[t.head]  # "rebels fighting the army", "crowds protesting the verdict"
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


# Movements whose "of" phrase names who moves ("the deployment of NATO troops"), unlike attacks
# ("the invasion of Kuwait", whose "of" phrase is the target).
_MOVES = frozenset({"deployment", "withdrawal", "arrival", "departure", "pullout", "redeployment", "visit"})


def _nominal_actor(parsed: Parsed, n: int) -> Token | None:
    for c in parsed.children(n):
        if c.dep == "poss":
            return c
    lemma = parsed.tokens[n].lemma.lower()
    preps = ("by", "from", "of") if lemma in _SPOKEN_ACTS | _MOVES else ("by", "from")
    by = _prep_objects(parsed, n, preps)  # "at the request of the United States"
    if lemma in _MOVES:  # "the withdrawal of heavy weapons": things do not act
        by = [t for t in by if actor_like(t)]
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
        rec = _to_phrases(parsed, head) or _to_phrases(parsed, _of_object(parsed, head))
        sides = _prep_objects(parsed, head, ("between",)) if actor is None else []
        if sides and can_be_argument(sides[0]):  # "talks between Sudan and Chad": a dyad, first side acts
            both = expand(parsed, sides[0])
            return Frame(both[:1], both[1:2])
        target = rec[0] if rec else _complement_subject(parsed, head)  # "its demand that Burundi grant ..."
        return Frame(expand(parsed, actor), expand(parsed, target))
    actor = subject_of(parsed, head)
    passive = is_passive(parsed, head)
    rec: Token | None = None
    obj: Token | None = None
    holds = False
    if passive:
        rec = _child(parsed, head, "nsubjpass")
        rec = None if rec is not None and (rec.i == noun or _event_noun(rec)) else rec
        if rec is None and parsed.tokens[head].dep in ("acl", "amod"):
            rec = parsed.tokens[parsed.tokens[head].head]
        rec = _through_thing(parsed, rec) or rec if rec is not None else None
    else:
        obj = _child(parsed, head, "dobj", "obj")
        obj = _through_quantity(parsed, obj) if obj is not None else None
        holds = obj is not None and noun is not None and parsed.subtree(obj.i)[0] <= noun < parsed.subtree(obj.i)[1]
        mine = obj is not None and (_own_given(parsed, head, obj) or (self_acting and _role_owned(parsed, obj)))
        if obj is not None and not holds and not _event_noun(obj) and not mine:
            rec = _through_thing(parsed, obj)  # not "a state of emergency", whose "of" phrase holds the event
        elif obj is not None and not holds and _event_noun(obj):
            rec = _nominal_actor(parsed, obj.i)  # "condemned Russia's attack on Ukraine" -> Russia
    if rec is None:
        dat = _child(parsed, head, "dative")
        if dat is not None and dat.pos in ("PROPN", "NOUN", "PRON"):
            rec = dat
    if rec is None:
        outs = _to_phrases(parsed, head)
        if not outs and noun is not None:
            outs = _to_phrases(parsed, noun) or _to_phrases(parsed, _of_object(parsed, noun))
        if not outs and obj is not None:  # "boycott all contact with the United States"
            outs = _to_phrases(parsed, obj.i)
        lo, hi = parsed.subtree(head)
        aimed = any(t.lemma.lower() == "against" for t in parsed.tokens[lo:hi])  # a target beats a venue
        if not outs and not aimed:  # "lifted a curfew in Montenegro": a place as the last resort
            outs = [t for t in _prep_objects(parsed, head, ("in",)) if t.ent_type == "GPE"]
        rec = outs[0] if outs else None
    if rec is None and holds and not self_acting:  # "expelled two Russian diplomats" -> Russia
        rec = owner_of(parsed, obj)
    if rec is None and kind in ("verb", "phrasal") and not passive:
        rec = _complement_subject(parsed, head)
    if rec is None and kind in ("light", "phrasal") and not passive:  # "insisted on its demand that X ..."
        held = noun if noun is not None else next((o.i for o in _prep_objects(parsed, head, ("on", "for"))), None)
        rec = _complement_subject(parsed, held) if held is not None else None
    if rec is not None and (rec.lemma.lower() in _REFLEXIVE or (actor is not None and actor.i == rec.i)):
        rec = None
    if actor is None and passive and rec is not None and self_acting:  # "forces were put on alert"
        actor, rec = _through_quantity(parsed, rec), None
    actor = actor if can_be_argument(actor) else None
    recs = tuple(i for i in expand(parsed, rec) if parsed.tokens[i].lemma.lower() not in _REFLEXIVE)
    return Frame(expand(parsed, actor), recs)


def arg_span(parsed: Parsed, i: int) -> tuple[int, int]:
    """Token range naming an argument: its head with modifiers, cut at commas and clauses."""
    lo = hi = i
    stack = [i]
    while stack:
        j = stack.pop()
        for c in parsed.children(j):
            if c.dep in _ARG_KEEP and not (c.dep == "punct" and c.text in ",;:()[]"):
                keep = ("of", "in") if parsed.tokens[j].pos != "PROPN" else ("of",)
                if c.dep == "prep" and (c.lemma.lower() not in keep or
                                        any(g.tag == "VBG" for g in parsed.children(c.i))):
                    continue  # keep "mission in Kosovo", not "men of downing flight MH17" or "Abdullah in Amman"
                lo, hi = min(lo, c.i), max(hi, c.i)
                stack.append(c.i)
    toks = parsed.tokens
    while lo < i and toks[lo].dep in ("det", "punct", "case", "advmod") and toks[lo].lemma.lower() != "no":
        lo += 1
    while hi > i and (toks[hi].pos == "PUNCT" or toks[hi].text in (",", ";") or toks[hi].dep == "case"):
        hi -= 1
    for k in range(lo, hi + 1):  # cut at a comma inside the span
        if toks[k].text == "," and k > i:
            hi = k - 1
            break
    return lo, hi + 1
