"""Find event triggers in a parsed sentence: verbs, light verbs, phrasal verbs, event nouns.

A ``Trigger`` names the token whose clause carries the arguments (``head``: the verb, or
the noun for a bare nominal event), the tokens that make up the trigger, and its ``Sense``
from the lexicon. Priority, per verb: a negated acceptance verb ("not meet its request")
becomes REJECT; then (verb, object) pairs; phrasal verbs; light verb + event noun; the verb
alone. Event nouns that a light verb consumed are not triggers again.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Parsed, Token
from .lexicon import LIGHT, LIGHT_PAIRS, NEG_FLIP, NOT_EVENT, NOUNS, OBJECT, PHRASAL, PREP_OBJECT, VERBS, Sense, sense

__all__ = ["Trigger", "find_triggers", "is_negated", "noun_lemma", "object_of"]

_OBJ_DEPS = ("dobj", "obj")
_CROWD = frozenset({"protester", "protestor", "demonstrator", "student", "worker", "people", "thousand",
                    "hundred", "crowd", "resident", "villager", "farmer", "supporter", "activist",
                    "prisoner", "inmate", "employee", "miner", "teacher", "doctor", "nurse", "driver",
                    "citizen", "youth", "woman", "man", "refugee", "opponent", "union"})


@dataclass(frozen=True)
class Trigger:
    head: int  # token whose clause holds the arguments
    tokens: tuple[int, ...]  # tokens of the trigger (verb, particle, noun ...)
    sense: Sense
    kind: str  # verb, light, phrasal, object, noun, flip
    noun: int | None = None  # the event noun, for light verbs and nominal triggers


def _lemma(t: Token) -> str:
    return t.lemma.lower()


def noun_lemma(parsed: Parsed, t: Token) -> str:
    """The lemma, joined with a hyphenated first part when the lexicon knows the whole word:
    the tokenizer splits "sit-in", "cease-fire", "hostage-taking" into three tokens."""
    if t.i >= 2 and parsed.tokens[t.i - 1].tag == "HYPH":
        whole = f"{parsed.tokens[t.i - 2].text.lower()}-{_lemma(t)}"
        if whole in NOUNS:
            return whole
    return _lemma(t)


_KNOWN_VERBS = frozenset(VERBS) | LIGHT | NEG_FLIP | {v for v, _ in PHRASAL} | {v for v, _ in OBJECT} | {
    v for v, _ in LIGHT_PAIRS}


def verb_lemma(t: Token) -> str:
    """The lemma, or a form rebuilt from the text when the tagger's lemma is off ("staged" -> "stag")."""
    lemma = _lemma(t)
    if lemma in _KNOWN_VERBS:
        return lemma
    if lemma.startswith("re") and lemma[2:] in _KNOWN_VERBS:  # recapture, reimpose, reopen
        return lemma[2:]
    text = t.text.lower()
    for suffix in ("ing", "ed", "es", "d", "s"):
        if text.endswith(suffix):
            stem = text[: -len(suffix)]
            for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""):
                if cand in _KNOWN_VERBS:
                    return cand
    return lemma


_VISITORS = frozenset({"minister", "president", "delegation", "envoy", "ambassador", "leader", "premier",
                       "chancellor", "secretary", "king", "emir", "prince", "counterpart", "official"})
_PARTICLE_DEPS = ("advmod", "oprd", "acomp", "ccomp")  # "brushed aside", "set them free"
_PARTICLES = frozenset({"down", "out", "up", "off", "back", "over", "aside", "away", "free"})


def object_of(parsed: Parsed, v: int) -> Token | None:
    """The direct object, or the passive subject ("a curfew was imposed")."""
    kids = parsed.children(v)
    for dep in (*_OBJ_DEPS, "nsubjpass"):
        for c in kids:
            if c.dep == dep:
                return c
    return None


def is_negated(parsed: Parsed, i: int) -> bool:
    kids = parsed.children(i)
    if any(c.dep == "neg" for c in kids):
        return True
    return any(_lemma(c) in ("no", "never") and c.dep in ("det", "advmod") for c in kids)


# Entity labels under which an event noun only names something.
_NAME_ENTS = frozenset({"ORG", "DATE", "TIME", "GPE", "PERSON", "NORP", "FAC", "LOC", "LAW", "WORK_OF_ART",
                        "PRODUCT", "LANGUAGE"})
# Nouns that hold an event in their "of" phrase: "a wave of arrests", "a new round of talks".
_CONTAINERS = frozenset({"state", "series", "wave", "round", "spate", "string", "number", "shipment",
                         "consignment", "package", "batch", "worth", "tonne", "ton", "volley", "barrage"})
_AMOUNT = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
_GENERIC_OBJ = frozenset({"effort", "process", "program", "programme", "operation", "campaign", "link", "force",
                          "activity", "work"})


def _object_word(parsed: Parsed, obj: Token | None, lemma: str) -> Token | None:
    """The object, or its compound when the object is generic ("mediation efforts")."""
    if obj is None:
        return None
    ol = noun_lemma(parsed, obj)
    if (lemma, ol) in OBJECT or (lemma, ol) in LIGHT_PAIRS:
        return obj
    if ol in _GENERIC_OBJ or ol not in NOUNS:
        for c in parsed.children(obj.i):
            if c.dep in ("compound", "amod") and ((lemma, _lemma(c)) in OBJECT or _lemma(c) in NOUNS):
                return c
            if c.dep == "prep" and _lemma(c) == "of" and ol not in NOUNS:
                inner = next((g for g in parsed.children(c.i) if g.dep == "pobj"), None)
                if inner is not None and _holds_event(parsed, lemma, obj, inner):
                    return inner  # "a state of emergency", "a new round of talks", "ten million euros of aid"
    return obj


def _holds_event(parsed: Parsed, verb: str, obj: Token, inner: Token) -> bool:
    pair = (verb, _lemma(inner))
    if pair in LIGHT_PAIRS or pair in OBJECT:
        return True
    return _lemma(inner) in NOUNS and (_lemma(obj) in _CONTAINERS or _amount(parsed, obj))


def _amount(parsed: Parsed, obj: Token) -> bool:
    """ "ten million euros", "$5 million": a quantity whose "of" phrase names what it is."""
    return obj.ent_type in _AMOUNT or any(c.dep in ("nummod", "quantmod") for c in parsed.children(obj.i))


def _prep_object_trigger(parsed: Parsed, v: Token) -> Trigger | None:
    for c in parsed.children(v.i):
        if c.dep == "prep":
            for g in parsed.children(c.i):
                if g.dep == "pobj" and (_lemma(c), _lemma(g)) in PREP_OBJECT:
                    return Trigger(v.i, (v.i, g.i), sense(PREP_OBJECT[_lemma(c), _lemma(g)]), "object", g.i)
    return None


def _verb_trigger(parsed: Parsed, v: Token) -> Trigger | None:
    lemma = verb_lemma(v)
    obj = _object_word(parsed, object_of(parsed, v.i), lemma)
    olemma = noun_lemma(parsed, obj) if obj is not None else ""
    if lemma in ("fire", "launch") and any(_lemma(t) == "test" for t in parsed.tokens[max(0, v.i - 2):v.i]):
        return Trigger(v.i, (v.i,), sense("MOBILIZE.weapons 15"), "verb")  # "test-fired two missiles"
    if lemma in NEG_FLIP and is_negated(parsed, v.i):
        return Trigger(v.i, (v.i,), sense("REJECT 12"), "flip", obj.i if obj is not None else None)
    if (lemma, olemma) in LIGHT_PAIRS:
        s = _modified_sense(parsed, obj, sense(LIGHT_PAIRS[lemma, olemma]))
        return Trigger(v.i, (v.i, obj.i), s, "light", obj.i)
    if (lemma, olemma) in OBJECT:
        return Trigger(v.i, (v.i, obj.i), _modified_sense(parsed, obj, sense(OBJECT[lemma, olemma])), "object", obj.i)
    for c in parsed.children(v.i):
        particle = c.dep in ("prt", "prep") or (c.dep in _PARTICLE_DEPS and _lemma(c) in _PARTICLES)
        if particle and (lemma, _lemma(c)) in PHRASAL:
            return Trigger(v.i, (v.i, c.i), sense(PHRASAL[lemma, _lemma(c)]), "phrasal")
    if lemma in LIGHT and obj is not None and olemma in NOUNS:
        return Trigger(v.i, (v.i, obj.i), _modified_sense(parsed, obj, _noun_sense(parsed, obj)), "light", obj.i)
    if lemma in VERBS:
        return Trigger(v.i, (v.i,), _verb_sense(parsed, v), "verb")
    kids = parsed.children(v.i)
    if lemma == "tell" and any(c.dep == "dobj" for c in kids) and any(c.dep == "xcomp" for c in kids):
        return Trigger(v.i, (v.i,), sense("REQUEST 10"), "verb")  # "told Iraq to leave"
    if lemma == "receive" and obj is not None and (obj.ent_type == "PERSON" or _lemma(obj) in _VISITORS):
        return Trigger(v.i, (v.i,), sense("CONSULT 04"), "verb")  # "received the foreign minister"
    if lemma == "hit" and _armed_subject(parsed, v.i):
        return Trigger(v.i, (v.i,), sense("ASSAULT 18"), "verb")  # "missiles hit a power plant"
    if lemma == "arrive" and _visitor_arrives(parsed, v.i):
        return Trigger(v.i, (v.i,), sense("CONSULT.visit 04"), "verb")  # "the premier arrived in Hanoi"
    return _prep_object_trigger(parsed, v)


_ECONOMIC = frozenset({"visa", "travel", "trade", "export", "import", "economic", "financial", "arms"})
_UNCONVENTIONAL = frozenset({"chemical", "biological", "nuclear", "toxic", "nerve"})


def _modified_sense(parsed: Parsed, obj: Token, s: Sense) -> Sense:
    """The object's modifiers refine the sense: "held joint exercises" is military cooperation
    (CAMEO 062), not a show of force; "used chemical weapons" is unconventional mass violence
    (204); "a telephone conversation" is a phone call; "visa restrictions" are sanctions (163)."""
    mods = {_lemma(c) for c in parsed.children(obj.i)}
    if mods & {"joint", "combined"} and (s.type == "MOBILIZE" or _lemma(obj) == "operation"):
        return sense("COOPERATE 06")
    if s.type == "ASSAULT" and mods & _UNCONVENTIONAL:
        return sense("ASSAULT.unconventional 20")
    if s.type == "CONSULT" and mods & {"phone", "telephone"}:
        return sense("CONSULT.phone 04")  # "had a telephone conversation with"
    if s.type == "COERCE" and mods & _ECONOMIC:  # "visa restrictions", "a trade ban": CAMEO 163
        return sense("SANCTION 16")
    return s


_WEAPONS = frozenset({"missile", "rocket", "shell", "bomb", "drone", "airstrike", "strike", "artillery", "mortar",
                      "warplane", "jet", "aircraft", "plane", "helicopter", "gunman", "militant", "rebel",
                      "troop", "soldier", "force", "army", "fighter", "bomber", "attacker", "insurgent"})


def _armed_subject(parsed: Parsed, v: int) -> bool:
    """ "hit" is an attack only when weapons or fighters do it (not "the storm hit", "inflation hit")."""
    subj = next((c for c in parsed.children(v) if c.dep == "nsubj"), None)
    if subj is None or not any(c.dep in ("dobj", "obj") for c in parsed.children(v)):
        return False
    return _lemma(subj) in _WEAPONS or subj.ent_type in ("GPE", "NORP")


def _visitor_arrives(parsed: Parsed, v: int) -> bool:
    """A person or official arriving in a country or city is a visit (CAMEO 042)."""
    kids = parsed.children(v)
    subj = next((c for c in kids if c.dep == "nsubj"), None)
    if subj is None or not (subj.ent_type == "PERSON" or _lemma(subj) in _VISITORS):
        return False
    return any(c.dep == "prep" and _lemma(c) in ("in", "at") and any(
        g.dep == "pobj" and g.ent_type in ("GPE", "LOC") for g in parsed.children(c.i)) for c in kids)


def _verb_sense(parsed: Parsed, v: Token) -> Sense:
    s = sense(VERBS[verb_lemma(v)])
    lemma = verb_lemma(v)
    if s.type == "PROTEST" and lemma == "protest" and not _crowd_subject(parsed, v.i):
        return sense("ACCUSE.disapprove 11")  # a government "protests": verbal disapproval
    if lemma in ("strike", "occupy", "blockade") and _crowd_subject(parsed, v.i):  # workers strike, drivers blockade
        return sense("PROTEST.strike 14" if lemma == "strike" else "PROTEST.obstruct 14")
    return s


def _crowd_subject(parsed: Parsed, v: int) -> bool:
    for c in parsed.children(v):
        if c.dep in ("nsubj", "nsubjpass"):
            words = {_lemma(parsed.tokens[k]) for k in range(*parsed.subtree(c.i))}
            return bool(words & _CROWD) or any(parsed.tokens[k].tag == "CD" for k in range(*parsed.subtree(c.i)))
    return False


def _noun_sense(parsed: Parsed, n: Token) -> Sense:
    lemma = noun_lemma(parsed, n)
    mods = {_lemma(c) for c in parsed.children(n.i) if c.dep in ("compound", "amod")}
    if lemma == "strike":
        if "hunger" in mods:
            return sense("PROTEST.hunger 14")
        if mods & {"air", "missile", "drone", "military", "rocket"}:
            return sense("ASSAULT.aerial 18")
    if lemma in ("bombing", "attack") and "suicide" in mods:
        return sense("ASSAULT.suicide-attack 18")
    if sense(NOUNS[lemma]).type == "ASSAULT" and mods & _UNCONVENTIONAL:
        return sense("ASSAULT.unconventional 20")  # "a chemical attack"
    if lemma in ("call", "conversation") and mods & {"phone", "telephone"}:
        return sense("CONSULT.phone 04")  # "a phone call", "a telephone conversation"
    if lemma == "raid" and mods & {"air", "aerial", "bombing"}:
        return sense("ASSAULT.aerial 18")
    if lemma in ("deployment", "reinforcement") and _has_word(parsed, n.i, ("peacekeeping", "peacekeeper")):
        return sense("AID 07")
    return sense(NOUNS[lemma])


def _has_word(parsed: Parsed, i: int, words: tuple[str, ...]) -> bool:
    return any(_lemma(parsed.tokens[k]) in words for k in range(*parsed.subtree(i)))


def _prediction(parsed: Parsed, v: int) -> bool:
    """A warning about what may happen, unless the warner says what it will do itself
    ("warned Poland that it would respond to any provocation" is a threat)."""
    comp = next((c for c in parsed.children(v) if c.dep == "ccomp"), None)
    if comp is None:
        return False
    kids = parsed.children(comp.i)
    own = any(c.dep == "nsubj" and c.pos == "PRON" and _lemma(c) in ("it", "they", "we") for c in kids)
    will = any(c.dep == "aux" and _lemma(c) in ("will", "would", "shall") for c in kids)
    return not (own and will)


def find_triggers(parsed: Parsed, first: int, last: int) -> list[Trigger]:
    """Triggers in the token range [first, last), in text order."""
    found: list[Trigger] = []
    consumed: set[int] = set()
    for t in parsed.tokens[first:last]:
        if t.pos == "VERB" or (t.tag.startswith("VB") and t.pos != "AUX"):
            if verb_lemma(t) == "warn" and _prediction(parsed, t.i):
                continue  # "warned that troops could be deployed": a prediction, not a threat
            trig = _verb_trigger(parsed, t)
            if trig is not None:
                found.append(trig)
                consumed.update(trig.tokens)
    for t in parsed.tokens[first:last]:
        if t.pos in ("NOUN", "PROPN") and t.i not in consumed and noun_lemma(parsed, t) in NOUNS:
            if t.dep == "compound":
                continue  # "troop deployment", "riot police": the head noun decides
            if t.ent_type in _NAME_ENTS:
                continue  # part of a name or a date: "Warsaw Pact", "Economic Cooperation Council", "March"
            if any((_lemma(t), _lemma(c)) in NOT_EVENT for c in parsed.children(t.i)):
                continue
            found.append(Trigger(t.i, (t.i,), _noun_sense(parsed, t), "noun", t.i))
    return sorted(found, key=lambda tr: tr.tokens[0])
