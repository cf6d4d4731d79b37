"""The clause a verb of saying reports: "said (that) X", "X, the ministry said, Y", "X, reported Z".

Read off the parse, with repairs for the small model's usual misreadings of reported
speech (a clause hung on "in a statement", a clause subject taken for the verb's object,
"that" taken for the subject, a reporter's "as reported by" hedge).
"""
from __future__ import annotations

from ..model import Parsed
from .cues import CLAUSE_BREAKS, SUBJECT_DEPS, is_cue, own_subject

__all__ = ["aside_clause", "reported_clause"]


def aside_clause(parsed: Parsed, i: int) -> tuple[int, int] | None:
    """The clause around a reporting aside: "X, the statement said, Y" or "X, reported Z".

    The aside is verb ``i`` set off by commas inside its head's clause (a parenthetical, or
    a conjunct the parser hung on the clause). An aside at the end reports what stands
    before it; one in the middle reports the clause after it when only a relative pronoun
    or a conjunction stands before ("which, the ministry said, had entered ..."), else the
    whole clause.
    """
    toks = parsed.tokens
    tok = toks[i]
    if tok.head == i or tok.dep not in ("parataxis", "conj", "advcl"):
        return None
    if any(c.dep in ("ccomp", "mark") for c in parsed.children(i)) or is_cue(toks[tok.head]):
        return None  # "said - as reported by X - "..."": the aside hangs on a report of its own
    a_first, a_last = parsed.subtree(i)
    if a_first == 0 or toks[a_first - 1].text not in CLAUSE_BREAKS and toks[a_first].text not in CLAUSE_BREAKS:
        return None
    first, last = parsed.subtree(tok.head)
    while a_last < last and toks[a_last].pos == "PUNCT" and toks[a_last].text in (",", ".", ";"):
        a_last += 1  # the aside's closing comma
    if a_last >= last:
        return first, a_first  # "..., officials reported."
    before = [t for t in toks[first:a_first] if t.pos != "PUNCT"]
    if all(t.tag in ("WDT", "WP", "IN", "CC") for t in before):
        return a_last, last
    return first, last


def _clause_after_setting(parsed: Parsed, i: int) -> list:
    """"said in a statement that X": the parser hangs the "that" clause on the setting's noun."""
    found = []
    for prep in parsed.children(i):
        if prep.dep != "prep" or prep.i < i:
            continue
        for obj in parsed.children(prep.i):
            found += [c for c in parsed.children(obj.i) if c.dep in ("acl", "relcl") and c.pos in ("VERB", "AUX")
                      and any(m.dep == "mark" and m.text.lower() == "that" for m in parsed.children(c.i))
                      and any(m.dep in SUBJECT_DEPS for m in parsed.children(c.i))]
    return found


def _past_hedge(parsed: Parsed, clause: int, first: int) -> int:
    """"said - as reported by Radio Sur - the fort ...": the clause starts after the reporter's hedge."""
    for child in parsed.children(clause):
        c_first, c_last = parsed.subtree(child.i)
        if child.dep == "advcl" and c_first == first and is_cue(child) and \
                any(m.dep == "mark" and m.text.lower() == "as" for m in parsed.children(child.i)):
            while c_last < len(parsed.tokens) and parsed.tokens[c_last].pos == "PUNCT":
                c_last += 1
            return c_last
    return first


def _two_subjects(parsed: Parsed, clause: int) -> bool:
    return sum(c.dep in SUBJECT_DEPS for c in parsed.children(clause)) >= 2


def _object_as_subject(parsed: Parsed, verb: int, clause: int, first: int) -> int:
    """"maintained a public inquiry is what ... needs": the parser took the clause's subject
    for the verb's object; a clause without a subject of its own starts at that object."""
    if any(c.dep in SUBJECT_DEPS or c.dep == "expl" for c in parsed.children(clause)):
        return first
    for child in parsed.children(verb):
        if child.dep == "dobj" and child.i < clause and parsed.subtree(child.i)[1] == first:
            return parsed.subtree(child.i)[0]
    return first


def reported_clause(parsed: Parsed, i: int) -> tuple[int, int] | None:
    """Token range of the clause reported by indirect-speech verb ``i`` ("said [that] X").

    The clause is kept on its own side of the verb: what stands before "said X" is the
    reporter's, not the speaker's.
    """
    if any(c.dep == "neg" for c in parsed.children(i)):
        return None  # "did not say he ordered it" reports no claim
    clauses = [c for c in parsed.children(i) if c.dep == "ccomp" and c.pos in ("VERB", "AUX")]
    clauses = clauses or _clause_after_setting(parsed, i)
    if not clauses:
        return aside_clause(parsed, i) if own_subject(parsed, i) is not None else None
    child = min(clauses, key=lambda c: c.i < i)  # "X, he reported that Y": Y, after the verb, first
    first, last = parsed.subtree(child.i)
    first = _object_as_subject(parsed, i, child.i, first)
    if child.i > i:
        first = max(first, i + 1)
    else:
        last = min(last, i)
    first = _past_hedge(parsed, child.i, first)
    if parsed.tokens[first].text.lower() in ("that", "whether", "if") and (
            parsed.tokens[first].dep == "mark" or _two_subjects(parsed, child.i)):
        first += 1  # the complementiser (also when misread as the subject: "that beds were short")
    if parsed.tokens[first].tag == "WDT" and parsed.tokens[first].text.lower() == "which":
        return None  # "commented on it - which the BBC noted as ...": a relative clause, no report
    return first, last
