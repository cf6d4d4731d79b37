"""Auxiliary modes and attribution, from grammar.

- negation: "not", "never", "no" on the event's verb (or "no" on an event noun).
- hypothetical: could/would/may/might/should, conditionals ("if", "unless", "should it ...").
- future: will/shall/'ll, "plans to", "is to", "is going to", "is ready/willing to".
- historical: before the article's time: the pluperfect ("had sent") or an explicit earlier
  year in the clause, or on the noun a relative clause hangs on ("the 1998-1999 war in which
  NATO bombed ..."). Sentence-to-sentence carry-over lives in the stage (``historical_run``).
- attribution: "X said that ...", "according to X": who reports, kept apart from who acts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Parsed, Token
from .frames import subject_of

__all__ = ["Modality", "SPEECH", "attribution_of", "modality", "years_in"]

SPEECH = frozenset({"say", "tell", "announce", "state", "report", "claim", "add", "insist", "declare",
                    "comment", "note", "stress", "explain", "write", "reply", "respond", "assert",
                    "argue", "affirm", "confirm", "reiterate", "quote", "inform", "emphasize",
                    "emphasise", "suggest", "indicate", "believe", "think", "consider", "mention"})
_HYPO = frozenset({"could", "would", "may", "might", "should", "can", "must", "'d"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_GOV = frozenset({"plan", "intend", "aim", "expect", "schedule", "go", "prepare", "seek",
                         "hope", "want", "wish", "vow", "pledge", "promise", "offer"})
_INTENT_ADJ = frozenset({"ready", "willing", "prepared", "determined", "set", "due", "poised", "eager"})
_HYPO_GOV = frozenset({"propose", "suggest", "consider", "mull", "like", "need"})
# Verbs after which an infinitive did happen ("began to shell", "tried to hack"): PLOVER codes
# attempts; any other bare "to" infinitive (purpose, fragment) is not asserted.
_IMPLICATIVE = frozenset({"manage", "begin", "start", "continue", "proceed", "try", "attempt", "go",
                          "dare", "resume", "keep", "fail", "get", "decide", "agree", "refuse", "vote"})
_YEAR = re.compile(r"^(1[6-9]\d\d|20\d\d)s?(?:[-–/](?:1[6-9]\d\d|20\d\d|\d\d))?$")


@dataclass(frozen=True)
class Modality:
    negation: bool = False
    hypothetical: bool = False
    future: bool = False
    intent: bool = False  # future or would-style intent of the subject ("will send", "is ready to")
    conditional: str = ""  # "if"/"unless": a condition hangs on the event; "inside": it sits in one
    historical: bool = False

    def aux_modes(self) -> tuple[str, ...]:
        names = ("negation", "hypothetical", "future", "historical")
        return tuple(n for n in names if getattr(self, n))


def _lemma(t: Token) -> str:
    return t.lemma.lower()


def _auxes(parsed: Parsed, v: int) -> list[str]:
    return [c.text.lower() for c in parsed.children(v) if c.dep in ("aux", "auxpass")]


def years_in(parsed: Parsed, first: int, last: int, skip: tuple[int, int] | None = None) -> list[int]:
    out = []
    for t in parsed.tokens[first:last]:
        if skip and skip[0] <= t.i < skip[1]:
            continue
        m = _YEAR.match(t.text)
        if m and (t.ent_type == "DATE" or t.tag == "CD"):
            out.append(int(m.group(1)))
    return out


def _clause_years(parsed: Parsed, v: int) -> list[int]:
    """Years in the clause of ``v``, not inside its subordinate clauses."""
    years = []
    for c in parsed.children(v):
        if c.dep not in ("ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis"):
            years += years_in(parsed, *parsed.subtree(c.i))
    t = parsed.tokens[v]
    if t.dep == "relcl":  # "the 1998-1999 war in which NATO bombed ..."
        noun = t.head
        years += years_in(parsed, *parsed.subtree(noun), skip=parsed.subtree(v))
    return years


def modality(parsed: Parsed, v: int, noun: int | None, ref_year: int | None) -> Modality:
    """Modes of the event whose clause verb is ``v`` (and event noun ``noun``, if any)."""
    neg = hypo = fut = intent = False
    cond = ""
    chain = _up_chain(parsed, v)
    for j in chain:
        auxes = _auxes(parsed, j)
        neg = neg or any(c.dep == "neg" for c in parsed.children(j))
        if any(a in _FUTURE for a in auxes):
            fut = intent = True
        if any(a in _HYPO for a in auxes):
            hypo = True
            intent = intent or any(a in ("would", "'d") for a in auxes)
        if j != v and _lemma(parsed.tokens[j]) in _FUTURE_GOV:
            fut = intent = True
        if j != v and _lemma(parsed.tokens[j]) in _HYPO_GOV:
            hypo = True
        if j != v and _lemma(parsed.tokens[j]) in _INTENT_ADJ:
            fut = intent = True
        if j != v and _lemma(parsed.tokens[j]) == "be" and parsed.tokens[v].dep == "xcomp":
            fut = intent = True  # "is to visit"
        cond = cond or _conditional(parsed, j)
        if parsed.tokens[j].dep == "advcl" and {_lemma(c) for c in parsed.children(j) if c.dep == "mark"} & {"so"}:
            hypo = True  # a purpose clause: "so that marriages are banned"
        if _bare_infinitive(parsed, j) and j != v:
            hypo = True
    if noun is not None and noun != v:
        neg = neg or any(_lemma(c) == "no" for c in parsed.children(noun) if c.dep == "det")
    if _bare_infinitive(parsed, v) and not fut:
        hypo = True
    if parsed.tokens[v].dep == "xcomp" and _lemma(parsed.tokens[parsed.tokens[v].head]) == "fail":
        neg = True
    hist = _historical(parsed, v, noun, ref_year)
    if cond == "inside":  # the event sits in an "if" clause; a condition hanging on it changes nothing
        hypo = True
    if cond in ("if", "unless") and hypo:
        intent = True  # "may halt mediation if ...": a conditional intention
    return Modality(neg, hypo, fut, intent, cond, hist)


def _bare_infinitive(parsed: Parsed, v: int) -> bool:
    t = parsed.tokens[v]
    if not any(c.dep == "aux" and c.tag == "TO" for c in parsed.children(v)):
        return False
    head = parsed.tokens[t.head]
    return not (t.dep == "xcomp" and _lemma(head) in _IMPLICATIVE)


def _up_chain(parsed: Parsed, v: int) -> list[int]:
    """``v`` and the verbs/adjectives it is an infinitive complement of ("plans to visit")."""
    chain = [v]
    j = v
    for _ in range(4):
        t = parsed.tokens[j]
        if t.dep in ("xcomp", "conj") and t.head != j:
            j = t.head
            chain.append(j)
        elif t.dep == "acomp" and t.head != j:
            j = t.head
        else:
            break
    return chain


def _conditional(parsed: Parsed, v: int) -> str:
    t = parsed.tokens[v]
    marks = {_lemma(c) for c in parsed.children(v) if c.dep == "mark"}
    if t.dep == "advcl" and marks & {"if", "unless", "whether"}:
        return "inside"  # the event sits inside the condition
    for c in parsed.children(v):  # a condition hangs on the event: "will withdraw unless ..."
        cmarks = {_lemma(g) for g in parsed.children(c.i) if g.dep == "mark"}
        if c.dep == "advcl" and cmarks & {"if", "unless"}:
            return "unless" if "unless" in cmarks else "if"
    kids = parsed.children(v)
    subj = next((c for c in kids if c.dep in ("nsubj", "nsubjpass")), None)
    should = next((c for c in kids if c.dep == "aux" and c.text.lower() == "should"), None)
    return "inside" if subj and should and should.i < subj.i else ""  # "should it formally demand so"


def _historical(parsed: Parsed, v: int, noun: int | None, ref_year: int | None) -> bool:
    t = parsed.tokens[v]
    auxes = [c for c in parsed.children(v) if c.dep in ("aux", "auxpass")]
    if t.tag == "VBN" and any(_lemma(a) == "have" and a.tag == "VBD" for a in auxes):
        return True
    if any(a.text.lower() == "had" for a in auxes) and any(_lemma(a) == "be" for a in auxes):
        return True
    if ref_year is None:
        return False
    years = _clause_years(parsed, v)
    if noun is not None and noun != v:
        years += years_in(parsed, *parsed.subtree(noun))
    return bool(years) and max(years) < ref_year


def attribution_of(parsed: Parsed, v: int) -> Token | None:
    """Who reports the event in clause ``v`` (speech verb subject or "according to X")."""
    j = v
    for _ in range(5):
        t = parsed.tokens[j]
        for c in parsed.children(j):
            if c.dep == "prep" and _lemma(c) == "accord":
                to = next((g for g in parsed.children(c.i) if g.dep == "prep"), None)
                obj = next((g for g in parsed.children(to.i) if g.dep == "pobj"), None) if to else None
                if obj is not None:
                    return obj
        if t.dep in ("ccomp", "parataxis", "xcomp") and t.head != j:
            head = parsed.tokens[t.head]
            if _lemma(head) in SPEECH:
                return subject_of(parsed, head.i)
            j = head.i
            continue
        if t.dep == "ROOT":
            for c in parsed.children(j):  # "..., Vucic said" (speech verb as a parataxis child)
                if c.dep in ("parataxis", "ccomp") and _lemma(c) in SPEECH and c.i > v:
                    return subject_of(parsed, c.i)
        break
    return _colon_speaker(parsed, v)


def _colon_speaker(parsed: Parsed, v: int) -> Token | None:
    """A headline's speaker after a colon at the end of the line: "West 'not worried about ...': Vucic".

    Read from the token sequence, not the tree: a headline line is often parsed into the
    sentence that follows it.
    """
    toks = parsed.tokens
    k = v + 1
    while k < len(toks) and toks[k].text != ":" and "\n" not in toks[k].text and toks[k].text.strip():
        k += 1
    if k + 1 >= len(toks) or toks[k].text != ":" or toks[k + 1].pos != "PROPN":
        return None
    end = k + 1
    while end + 1 < len(toks) and toks[end + 1].pos == "PROPN":
        end += 1
    after = toks[end + 1] if end + 1 < len(toks) else None
    if after is None or "\n" in after.text:
        return toks[end]
    return None
