"""Cues: the verbs (and "according to") that attribute speech, found in the parse.

A cue is a token of the parsed article; the speaker is read off its subject
(``speakers.py``). Verbs that take a reported clause (``say that ...``) also mark
indirect speech; a wider set (``call``, ``describe`` ...) only attributes quoted
words standing beside it.
"""
from __future__ import annotations

from ..model import Parsed, Token

__all__ = ["INDIRECT_VERBS", "QUOTE_VERBS", "WEAK_VERBS", "according_to", "aside_clause", "cue_subject", "governs",
           "inverted_sayer", "is_cue",
           "is_hearsay", "is_weak_report", "nearest_cue", "reported_clause"]

# verbs of saying that take a reported clause: "X said (that) ..."
INDIRECT_VERBS = frozenset("""
say tell add state claim announce warn insist argue explain note report confirm deny allege assert
declare write tweet post suggest stress emphasise emphasize reiterate acknowledge admit reply
respond predict promise vow pledge threaten maintain contend complain concede reveal disclose
remark observe testify conclude recall caution charge counter inform
""".split())

# verbs that attribute quoted words beside them, beyond the above
QUOTE_VERBS = INDIRECT_VERBS | frozenset("""
ask answer comment continue describe call dub label term brand praise criticise criticize slam
condemn accuse thank urge demand plead appeal question wonder joke quip exclaim shout chant
read express hail blast lament welcome speak defend attack characterise characterize specify
find rule decide denounce justify refer
""".split())

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "acl")
_REPORT_DEPS = _CLIMB_DEPS + ("ccomp",)  # "said the 36 must face ..., adding": back to "said"


_CLAUSE_BREAKS = (",", "\u2014", "\u2013", "--", "\"", "\u201d", "''")

# verbs that report speech only with a named or pronoun sayer ("Klimov indicated 68 were missing",
# not "estimates indicate ...")
WEAK_VERBS = frozenset({"indicate", "estimate"})


def is_weak_report(parsed: Parsed, i: int) -> bool:
    """A weak verb whose subject is a name or a pronoun: it reports what someone said."""
    if parsed.tokens[i].lemma.lower() not in WEAK_VERBS:
        return False
    subject = _own_subject(parsed, i)
    return subject is not None and (parsed.tokens[subject].ent_type in ("PERSON", "ORG", "GPE", "NORP")
                                    or parsed.tokens[subject].tag == "PRP")


def is_cue(tok: Token, verbs: frozenset[str] = QUOTE_VERBS, parsed: Parsed | None = None) -> bool:
    if tok.pos not in ("VERB", "AUX") and tok.tag not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return False
    if parsed is not None and tok.i > 0 and parsed.tokens[tok.i - 1].text == "-" and not parsed.tokens[tok.i - 1].ws:
        return False  # "so-called", "self-declared": part of an adjective
    return tok.lemma.lower() in verbs


def is_hearsay(parsed: Parsed, i: int) -> bool:
    """"is said to be", "to confirm if": a passive or an infinitive, no report by a speaker."""
    kids = parsed.children(i)
    passive = any(c.dep == "auxpass" for c in kids) and not any(c.dep == "agent" for c in kids)
    infinitive = parsed.tokens[i].tag == "VB" and any(c.dep == "aux" and c.text.lower() == "to" for c in kids)
    return passive or infinitive


def according_to(parsed: Parsed, i: int) -> int | None:
    """If token ``i`` is "according" in "according to X", the index of X's head."""
    if parsed.tokens[i].text.lower() != "according":
        return None
    for child in parsed.children(i):
        if child.text.lower() == "to":
            for obj in parsed.children(child.i):
                if obj.dep == "pobj":
                    return obj.i
    nxt = i + 1
    if nxt + 1 < len(parsed.tokens) and parsed.tokens[nxt].text.lower() == "to":
        return nxt + 1  # the parser missed the attachment: take the next word
    return None


def _own_subject(parsed: Parsed, i: int) -> int | None:
    """The sayer of verb ``i``: its subject, or the agent of a passive ("was told by X")."""
    tok = parsed.tokens[i]
    for child in parsed.children(i):
        if child.dep == "agent":
            for obj in parsed.children(child.i):
                if obj.dep == "pobj":
                    return obj.i
    for child in parsed.children(i):
        if child.dep in _SUBJECT_DEPS:
            if child.tag in ("WDT", "WP"):  # "a statement which said", "police, who said"
                return tok.head if tok.dep == "relcl" else _noun_before(parsed, child.i)
            return child.i
    return inverted_sayer(parsed, i)


def inverted_sayer(parsed: Parsed, i: int) -> int | None:
    """"..., reported local media.": a sayer after its verb, read by the parser as the object.

    Only for a finite verb of saying that follows a comma or a closing quote and has no
    clause of its own, when the noun phrase after it closes the clause (a comma or the sentence end).
    """
    toks = parsed.tokens
    if i == 0 or toks[i - 1].text not in _CLAUSE_BREAKS or toks[i].lemma.lower() not in INDIRECT_VERBS \
            or toks[i].tag not in ("VBD", "VBZ", "VBP"):
        return None  # "..., claiming a right to ...": a participle's object is no sayer
    kids = parsed.children(i)
    if any(c.dep == "ccomp" for c in kids):
        return None
    for child in kids:
        if child.i > i and child.dep in ("dobj", "attr", "npadvmod", "dative") and child.pos in ("NOUN", "PROPN"):
            after = parsed.subtree(child.i)[1]
            if after >= len(toks) or toks[after].text in (",", ".", ";") or toks[after].sent != toks[i].sent:
                return child.i
    return None


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
    if a_first == 0 or toks[a_first - 1].text not in _CLAUSE_BREAKS and toks[a_first].text not in _CLAUSE_BREAKS:
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


def _noun_before(parsed: Parsed, i: int) -> int | None:
    j = i - 1
    while j >= 0 and parsed.tokens[j].pos == "PUNCT":
        j -= 1
    return j if j >= 0 and parsed.tokens[j].pos in ("NOUN", "PROPN") else None


def cue_subject(parsed: Parsed, i: int) -> int | None:
    """The subject of cue ``i``; for "..., adding X" or "and said X", the subject of the clause above.

    Climbing prefers a speech verb above ("said ..., adding"), whose subject is the sayer.
    """
    own = _own_subject(parsed, i)
    if own is not None:
        return own
    for j in _ancestors(parsed, i, _REPORT_DEPS):  # a speech verb above first
        if is_cue(parsed.tokens[j]) and _own_subject(parsed, j) is not None:
            return _own_subject(parsed, j)
    chain = _ancestors(parsed, i, _CLIMB_DEPS)
    for j in chain:
        subject = _own_subject(parsed, j)
        if subject is not None:
            return subject
    for j in [i] + _ancestors(parsed, i, _REPORT_DEPS):
        name = _name_before(parsed, j)
        if name is not None:
            return name
    return None


def _name_before(parsed: Parsed, i: int, reach: int = 15) -> int | None:
    """A misparsed sentence with no subject: the nearest name before the cue in its sentence."""
    sent = parsed.tokens[i].sent
    for ent in reversed(parsed.entities):
        if ent.last <= i and i - ent.last <= reach and parsed.tokens[ent.first].sent == sent \
                and ent.label in ("PERSON", "ORG"):
            return ent.last - 1
    return None


def _ancestors(parsed: Parsed, i: int, deps: tuple[str, ...], limit: int = 6) -> list[int]:
    chain: list[int] = []
    while parsed.tokens[i].dep in deps and parsed.tokens[i].head != i and len(chain) < limit:
        i = parsed.tokens[i].head
        chain.append(i)
    return chain


def governs(parsed: Parsed, cue: int, target: int | None, limit: int = 12) -> bool:
    """Is ``cue`` an ancestor of token ``target``?"""
    steps = 0
    while target is not None and steps < limit:
        if target == cue:
            return True
        head = parsed.tokens[target].head
        target = None if head == target else head
        steps += 1
    return False


def nearest_cue(parsed: Parsed, lo: int, hi: int, start: int, end: int, skip: list[tuple[int, int]]) -> int | None:
    """The cue in chars [lo, hi) for the quote [start, end), outside quoted text ``skip``.

    A cue that governs the quote in the parse ("called it "..."") beats a nearer one that
    does not ("..., according to NBC"); otherwise the nearest wins.
    """
    inside = parsed.token_at(start)
    best: tuple[int, int, int] | None = None
    for tok in _tokens_between(parsed, lo, hi):
        if any(a <= tok.start < b for a, b in skip):
            continue
        if not (is_cue(tok, parsed=parsed) or according_to(parsed, tok.i) is not None):
            continue
        if tok.lemma.lower() != "say" and is_hearsay(parsed, tok.i):
            continue  # "was called the "breadbasket"": whoever called it so is not the subject
        if any(c.dep == "neg" or (c.dep == "mark" and c.text.lower() in ("if", "unless"))
               for c in parsed.children(tok.i)):
            continue  # "did not disclose", "if written by": attributes nothing
        dist = start - tok.end if tok.end <= start else tok.start - end
        if dist < 0:
            continue
        rank = (0 if governs(parsed, tok.i, inside) else 1, dist, tok.i)
        if best is None or rank < best:
            best = rank
    return best[2] if best else None


def _tokens_between(parsed: Parsed, lo: int, hi: int):
    first = parsed.token_at(lo)
    if first is None:
        first = next((t.i for t in parsed.tokens if t.start >= lo), len(parsed.tokens))
    for tok in parsed.tokens[first:]:
        if tok.start >= hi:
            break
        yield tok


def reported_clause(parsed: Parsed, i: int) -> tuple[int, int] | None:
    """Token range of the clause reported by indirect-speech verb ``i`` ("said [that] X").

    The clause is kept on its own side of the verb: what stands before "said X" is the
    reporter's, not the speaker's.
    """
    if any(c.dep == "neg" for c in parsed.children(i)):
        return None  # "did not say he ordered it" reports no claim
    clauses = [c for c in parsed.children(i) if c.dep == "ccomp" and c.pos in ("VERB", "AUX")]
    if not clauses:
        return aside_clause(parsed, i) if _own_subject(parsed, i) is not None else None
    child = min(clauses, key=lambda c: c.i < i)  # "X, he reported that Y": Y, after the verb, first
    first, last = parsed.subtree(child.i)
    if child.i > i:
        first = max(first, i + 1)
    else:
        last = min(last, i)
    if parsed.tokens[first].text.lower() in ("that", "whether", "if") and parsed.tokens[first].dep == "mark":
        first += 1
    return first, last
