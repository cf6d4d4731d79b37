"""Indirect speech: "X said (that) ...", "... , X warned", "according to X, ...".

The quote is the reported clause (without "that"); the cue is the verb of
saying, or "according". A reported clause that holds quoted words is left to the
quoted span (one record per utterance, see docs/quotes.md).
"""
from __future__ import annotations

from typing import Iterator

from ..model import Parsed
from .clauses import reported_clause
from .cues import INDIRECT_VERBS, according_to, cue_subject, is_cue, is_hearsay, is_weak_report
from .direct import Found
from .speakers import SpeakerContext, resolve_speaker

__all__ = ["indirect_candidates", "attribute_indirect"]

_MIN_TOKENS = 3  # a reported clause shorter than this is not worth a quote ("he said so")


def indirect_candidates(parsed: Parsed, quoted: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(cue token, clause first token, clause last token) for each reported clause outside quotes.

    Reporting nested in a reported clause ("Znak reported its source said ...") is part of
    the outer quote, not a quote of its own.
    """
    found = list(_candidates(parsed, quoted))
    return [c for c in found if not any(o is not c and o[1] <= c[0] < o[2] for o in found)]


def _candidates(parsed: Parsed, quoted: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    def in_quotes(a: int, b: int) -> bool:
        return any(a < qe and qs < b for qs, qe in quoted)

    for tok in parsed.tokens:
        if in_quotes(tok.start, tok.end):
            continue
        clause = None
        reporting = is_cue(tok, INDIRECT_VERBS, parsed) or is_weak_report(parsed, tok.i)
        if reporting and not is_hearsay(parsed, tok.i):
            clause = reported_clause(parsed, tok.i)
        elif according_to(parsed, tok.i) is not None:
            clause = _according_clause(parsed, tok.i)
        if clause is None or clause[1] - clause[0] < _MIN_TOKENS:
            continue
        first, last = _trim(parsed, *_before_quotes(parsed, *clause, quoted))
        if last - first >= _MIN_TOKENS and not in_quotes(parsed.tokens[first].start, parsed.tokens[last - 1].end):
            yield tok.i, first, last


def _before_quotes(parsed: Parsed, first: int, last: int, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """"claimed she acted alone, insisting she was "never pressured"": the clause stops where the
    branch holding the quoted words begins, when a cue of its own attributes them (they are a
    quote of their own); quoted words inside the clause itself make it empty (the partial quote
    is the record)."""
    toks = parsed.tokens
    for qs, _ in quoted:
        if toks[first].start < qs < toks[last - 1].end:
            inside = parsed.token_at(qs + 1)
            if inside is None or not first < inside < last:
                return first, last
            branch, path = inside, [inside]
            while toks[branch].head != branch and parsed.subtree(toks[branch].head)[0] > first:
                branch = toks[branch].head
                path.append(branch)
            if not any(is_cue(toks[j], parsed=parsed) for j in path):
                return first, first  # quoted words inside the reported clause: one quote, the quoted one
            return first, min(last, parsed.subtree(branch)[0])
    return first, last

def _according_clause(parsed: Parsed, i: int) -> tuple[int, int] | None:
    """The clause an "according to X" phrase hangs on, without the phrase."""
    head = parsed.tokens[i].head
    if head == i:
        return None
    while parsed.tokens[head].pos not in ("VERB", "AUX") and parsed.tokens[head].head != head:
        head = parsed.tokens[head].head  # "... since the 1970s according to X": the clause's verb
    first, last = parsed.subtree(head)
    a_first, a_last = parsed.subtree(i)
    if a_first < first or a_last > last:
        return None  # attached to a clause it does not stand in: a misparse
    if a_first == first:  # "According to X, ..."
        return a_last, last
    if _ends_clause(parsed, a_last, last) and _closes_clause(parsed, a_first, a_last):
        return first, a_first  # "..., according to X." or "..., according to X, who said ..."
    return None  # the phrase sits mid-clause ("..., according to X, ..."): too loose to cut


def _ends_clause(parsed: Parsed, k: int, last: int) -> bool:
    """Only punctuation from token ``k`` to ``last``, or a relative clause about the source
    (", who said ...", ", which ..."): the according-phrase closes the reported clause."""
    toks = parsed.tokens
    while k < last and toks[k].pos in ("PUNCT", "SPACE"):
        if toks[k].text == "," and k + 1 < last and toks[k + 1].tag in ("WP", "WDT"):
            return True
        k += 1
    return k >= last


def _closes_clause(parsed: Parsed, a_first: int, a_last: int) -> bool:
    """"..., according to X, the attorney." closes its clause; "... and, according to X, Y" does not."""
    toks = parsed.tokens
    if a_first >= 2 and toks[a_first - 1].text == ",":
        return toks[a_first - 2].pos != "CCONJ"
    return not any(t.text == "," for t in toks[a_first:a_last])


def _trim(parsed: Parsed, first: int, last: int) -> tuple[int, int]:
    """Drop leading and trailing punctuation and conjunctions."""
    toks = parsed.tokens
    while first < last and (toks[first].pos in ("PUNCT", "CCONJ", "SPACE") or toks[first].dep == "mark" and toks[first].text.lower() == "that"):
        first += 1
    while last > first and toks[last - 1].pos in ("PUNCT", "CCONJ", "SPACE") and not _closes_bracket(toks, first, last):
        last -= 1
    return first, last


def _closes_bracket(toks, first: int, last: int) -> bool:
    """Is the last token a ")" whose "(" is in the clause? ("at noon (1100 UTC)" keeps it)"""
    return toks[last - 1].text == ")" and any(t.text == "(" for t in toks[first:last - 1])


def attribute_indirect(ctx: SpeakerContext, cue: int, first: int, last: int) -> Found | None:
    parsed = ctx.parsed
    head = according_to(parsed, cue)
    if head is None:
        head = cue_subject(parsed, cue)
    if head is None:
        return None
    aside_first, aside_last = parsed.subtree(cue)
    if first <= head < last and not aside_first <= head < aside_last:
        return None  # the "subject" is inside the clause (not in an aside around it): a misparse
    speaker = resolve_speaker(ctx, head)
    if speaker is None:
        return None
    return Found(parsed.tokens[first].start, parsed.tokens[last - 1].end, "indirect", speaker, cue,
                 parsed.tokens[cue].text)
