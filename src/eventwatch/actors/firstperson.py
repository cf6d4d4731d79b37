"""First person inside a quotation: "we", "our", "I" stand for the quoted speaker.

The quotes stage runs later and finds speakers properly; this is the cheap, general part the
actor stage can do on its own. A first-person pronoun between quote marks takes the actor of
the subject of a reporting verb ("said", "told" ...) outside the quotation, in the same sentence
or the sentence right before or after it. "I"/"me"/"my" take that speaker; "we"/"us"/"our"
take the speaker's state when the speaker is a state official (a person with a state role),
else the speaker's own actor (an organisation, a role noun, a state).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Parsed
from ._draft import Draft
from .kb import load
from .resolve import entry_actor

__all__ = ["first_person"]

_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_REPORTING = frozenset({"say", "tell", "add", "state", "explain", "insist", "note", "declare", "announce",
                        "write", "warn", "stress", "argue", "claim", "reply", "respond", "continue", "conclude"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans between quote marks (straight quotes pair up in order; curly and `` '' are explicit)."""
    spans, open_at = [], None
    i = 0
    while i < len(text):
        two = text[i:i + 2]
        ch = text[i]
        if ch == "“" or two == "``":
            open_at = i
        elif (ch == "”" or two == "''") and open_at is not None:
            spans.append((open_at, i))
            open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i))
                open_at = None
        i += 2 if two in ("``", "''") else 1
    return spans


def first_person(parsed: Parsed, text: str, drafts: list[Draft]) -> list[Draft]:
    """Drafts for first-person pronouns inside quotations whose speaker the stage can see."""
    spans = _quoted_spans(text)
    if not spans:
        return []
    toks = parsed.tokens
    covered = {i for d in drafts for i in range(d.first, d.last)}
    out = []
    for t in toks:
        word = t.text.lower()
        if t.i in covered or t.pos not in ("PRON", "DET") or word not in _SINGULAR | _PLURAL:
            continue
        span = next((s for s in spans if s[0] < t.start < s[1]), None)
        speaker = _speaker(parsed, span, t.sent, drafts) if span else None
        if speaker is None or speaker.actor is None:
            continue
        d = Draft(t.i, t.i + 1, "PRON", how="pron", plural=word in _PLURAL, antecedent=speaker)
        d.actor, d.entry = _voice(speaker, word in _PLURAL)
        if d.actor is not None:
            out.append(d)
    return out


def _speaker(parsed: Parsed, span: tuple[int, int], sent: int, drafts: list[Draft]) -> Draft | None:
    """The subject of a reporting verb outside the quotation, nearest sentence first."""
    toks = parsed.tokens
    for s in (sent, sent + 1, sent - 1):
        for t in toks:
            if t.sent != s or t.lemma.lower() not in _REPORTING or span[0] <= t.start <= span[1]:
                continue
            subj = next((c for c in parsed.children(t.i) if c.dep == "nsubj"), None)
            if subj is None or span[0] <= toks[subj.i].start <= span[1]:
                continue
            found = [d for d in drafts if d.first <= subj.i < d.last and d.actor is not None]
            if found:
                return min(found, key=lambda d: d.last - d.first)
    return None


def _voice(speaker: Draft, plural: bool):
    """(actor, KB entry id): "we" said by a state official is the state; else the speaker's actor."""
    a = speaker.actor
    state = load().entries.get("C:" + a.country) if a.country else None
    if plural and a.kind == "person" and a.sector in _STATE_SECTORS and state is not None:
        return entry_actor(state, None, min(a.confidence, 0.7), "quote:speaker"), state.id
    if plural and a.kind == "person":
        return None, None  # "we" from a person of unknown allegiance: leave it to the quotes stage
    return replace(a, confidence=min(a.confidence, 0.75), source="quote:speaker"), speaker.entry
