"""Indirect speech: "X said (that) ...", "... , X warned", "according to X, ...".

The quote is the reported clause (without "that"); the cue is the verb of
saying, or "according". A reported clause that holds quoted words is left to the
quoted span (one record per utterance, see docs/quotes.md).
"""
from __future__ import annotations

from typing import Iterator

from ..model import Parsed
from .cues import INDIRECT_VERBS, according_to, cue_subject, is_cue, is_hearsay, reported_clause
from .direct import Found
from .speakers import SpeakerContext, resolve_speaker

__all__ = ["indirect_candidates", "attribute_indirect"]

_MIN_TOKENS = 3  # a reported clause shorter than this is not worth a quote ("he said so")


def indirect_candidates(parsed: Parsed, quoted: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(cue token, clause first token, clause last token) for each reported clause outside quotes."""
    def in_quotes(a: int, b: int) -> bool:
        return any(a < qe and qs < b for qs, qe in quoted)

    for tok in parsed.tokens:
        if in_quotes(tok.start, tok.end):
            continue
        clause = None
        if is_cue(tok, INDIRECT_VERBS, parsed) and not is_hearsay(parsed, tok.i):
            clause = reported_clause(parsed, tok.i)
        elif according_to(parsed, tok.i) is not None:
            clause = _according_clause(parsed, tok.i)
        if clause is None or clause[1] - clause[0] < _MIN_TOKENS:
            continue
        first, last = _trim(parsed, *clause)
        if first < last and not in_quotes(parsed.tokens[first].start, parsed.tokens[last - 1].end):
            yield tok.i, first, last


def _according_clause(parsed: Parsed, i: int) -> tuple[int, int] | None:
    """The clause an "according to X" phrase hangs on, without the phrase."""
    head = parsed.tokens[i].head
    if head == i:
        return None
    first, last = parsed.subtree(head)
    a_first, a_last = parsed.subtree(i)
    if a_first <= first:  # "According to X, ..."
        return a_last, last
    if all(t.pos == "PUNCT" for t in parsed.tokens[a_last:last]):  # "..., according to X."
        return first, a_first
    return None  # the phrase sits mid-clause ("..., according to X, ..."): too loose to cut


def _trim(parsed: Parsed, first: int, last: int) -> tuple[int, int]:
    """Drop leading and trailing punctuation and conjunctions."""
    toks = parsed.tokens
    while first < last and (toks[first].pos in ("PUNCT", "CCONJ") or toks[first].dep == "mark" and toks[first].text.lower() == "that"):
        first += 1
    while last > first and toks[last - 1].pos in ("PUNCT", "CCONJ"):
        last -= 1
    return first, last


def attribute_indirect(ctx: SpeakerContext, cue: int, first: int, last: int) -> Found | None:
    parsed = ctx.parsed
    head = according_to(parsed, cue)
    if head is None:
        head = cue_subject(parsed, cue)
    if head is None:
        return None
    if first <= head < last:
        return None  # the "subject" is inside the clause: a misparse, not a sayer
    speaker = resolve_speaker(ctx, head)
    if speaker is None:
        return None
    return Found(parsed.tokens[first].start, parsed.tokens[last - 1].end, "indirect", speaker, cue,
                 parsed.tokens[cue].text)
