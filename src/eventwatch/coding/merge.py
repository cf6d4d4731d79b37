"""One event per happening: mentions that tell the same event again merge into one.

Two candidates merge when they have the same PLOVER type and the same assertedness, their
actors and recipients are compatible (equal keys, or one side is a pronoun/anaphor/missing), at
least one side matches for real (an equal actor or recipient key) or the later mention is a
definite retelling ("the request", "its request"). The first mention stays the main one, unless
it is a headline line and a body sentence tells the same event (then the body sentence leads);
the others add evidence and fill in missing arguments. Actor keys use the resolved actor (code,
country) when the actors stage found one, else the words, mapped through the article's own
bracketed aliases ("NATO's mission in Kosovo [KFOR]").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor, Event, Evidence, Parsed
from .build import Candidate
from .frames import arg_span

__all__ = ["aliases", "headline_like", "merge_candidates"]

_ANAPHORS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them", "him", "we",
                       "latter", "former", "the latter", "the former", "this", "that"})


def _norm(text: str) -> str:
    t = text.lower().replace("’", "'")
    t = re.sub(r"^(the|a|an)\s+", "", t)
    return re.sub(r"\s+", " ", t).strip()


def aliases(parsed: Parsed, text: str) -> dict[str, str]:
    """Bracketed short names in the article: 'Kurdistan Workers' Party (PKK)' -> {party...: pkk}."""
    out: dict[str, str] = {}
    toks = parsed.tokens
    for t in toks:
        if t.text not in ("(", "[") or t.i + 2 >= len(toks):
            continue
        close = next((k for k in range(t.i + 1, min(t.i + 5, len(toks))) if toks[k].text in (")", "]")), None)
        if close is None or close == t.i + 1:
            continue
        inner = text[toks[t.i + 1].start:toks[close - 1].end]
        if not inner[:1].isupper() or t.i == 0:
            continue
        head = toks[t.i + 1].head
        head = _np_top(parsed, head if head < t.i and toks[head].pos in ("NOUN", "PROPN") else t.i - 1, t.i)
        first, last = arg_span(parsed, head)
        last = min(last, t.i)
        out[_norm(text[toks[first].start:toks[last - 1].end])] = _norm(inner)
    return out


def _anaphor(text: str) -> bool:
    n = _norm(text)
    return n in _ANAPHORS or n.split()[-1:] in (["latter"], ["former"])


def _np_top(parsed: Parsed, j: int, limit: int) -> int:
    """Climb from a noun to the top of its noun phrase ("Kosovo" -> "mission" in "mission in Kosovo")."""
    toks = parsed.tokens
    for _ in range(6):
        t = toks[j]
        up = toks[t.head].head if t.dep == "pobj" else t.head
        if t.dep == "pobj" and toks[t.head].pos == "ADP" and toks[up].pos in ("NOUN", "PROPN") and up < limit:
            j = up
        elif t.dep in ("compound", "amod", "poss") and toks[t.head].pos in ("NOUN", "PROPN") and t.head < limit:
            j = t.head
        else:
            break
    return j


_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "CVL", "BUS", "JRN",
                      "MED", "REL", "SOC", "LAB", "EDU", "ELI", "REF", "UAF", "UNK", "PRM", "AGR", "CRM"})


def _code_keys(actor: Actor) -> set[str]:
    """Country, full code, and the code without its role blocks (SRBGOV -> SRB, IGOWSTNATMIL -> IGOWSTNAT)."""
    keys = {k.upper() for k in (actor.country, actor.code) if k}
    code = (actor.code or "").upper()
    while len(code) > 3 and code[-3:] in _SECTORS:
        code = code[:-3]
    if code:
        keys.add(code)
    return keys - {"IGO", "NGO", "UNK"}  # too broad to identify anyone


def _key(actor: Actor, text: str, alias: dict[str, str]) -> set[str]:
    if _anaphor(text):
        if actor.code or actor.country:
            return _code_keys(actor)
        if _anaphor(actor.name):
            return set()
        text = actor.name  # a pronoun the resolver tied to a named antecedent
    if actor.code or actor.country:
        return _code_keys(actor)
    n = _norm(text)
    return {alias.get(n, n)}


def _keys(actors: tuple[Actor, ...], texts: tuple[str, ...], alias: dict[str, str]) -> set[str]:
    return {k for a, t in zip(actors, texts) for k in _key(a, t, alias)}


def _compatible(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _same(m: Event, e: Event, definite: bool, alias: dict[str, str]) -> bool:
    if m.event_type != e.event_type or m.asserted != e.asserted:
        return False
    ma, ea = _keys(m.actor, m.actor_text, alias), _keys(e.actor, e.actor_text, alias)
    mr, er = _keys(m.recipient, m.recipient_text, alias), _keys(e.recipient, e.recipient_text, alias)
    if ("historical" in m.aux_modes) != ("historical" in e.aux_modes) and not definite:
        if not (ma & ea and m.mode == e.mode):  # background and news meet only on a clear match
            return False
    if not (_compatible(ma, ea) and _compatible(mr, er)):
        return False
    if set(m.mode) and set(e.mode) and set(m.mode) != set(e.mode) and not (definite or ma & ea):
        return False
    return bool(ma & ea) or bool(mr & er) or definite


def _absorb(m: Event, e: Event, alias: dict[str, str]) -> Event:
    changes: dict = {"evidence": m.evidence + e.evidence, "confidence": max(m.confidence, e.confidence)}
    if not _keys(m.actor, m.actor_text, alias) and _keys(e.actor, e.actor_text, alias):
        changes.update(actor=e.actor, actor_text=e.actor_text)
    if not _keys(m.recipient, m.recipient_text, alias) and _keys(e.recipient, e.recipient_text, alias):
        changes.update(recipient=e.recipient, recipient_text=e.recipient_text)
    if not m.mode and e.mode:
        changes["mode"] = e.mode
    return replace(m, **changes)


def merge_candidates(cands: list[Candidate], alias: dict[str, str], text: str = "") -> list[Event]:
    """Merge in text order; a body sentence takes over as main mention from a headline line."""
    merged: list[Event] = []
    for c in cands:
        for k, m in enumerate(merged):
            if _same(m, c.event, c.definite, alias):
                if headline_like(m.evidence[0], text) and not headline_like(c.event.evidence[0], text):
                    merged[k] = _absorb(c.event, m, alias)  # the body tells it in full: it leads
                else:
                    merged[k] = _absorb(m, c.event, alias)
                break
        else:
            merged.append(c.event)
    return merged


_HEADLINE_WORDS = 12  # a short line standing alone
_UNSTOPPED_WORDS = 20  # a line with no final stop
_BLANK = re.compile(r"[ \t]*\n[ \t]*\n")


def headline_like(ev: Evidence, text: str) -> bool:
    """A headline or title line: a line of its own (not a sentence the splitter cut off inside a
    paragraph) with no final stop, or a short one before a blank line ("Brussels suspends talks
    with Minsk\n\nThe European Union on Monday ...")."""
    body = ev.sentence.rstrip().rstrip("\"'”’)")
    if not body or not text:
        return False
    body_end = ev.start + len(ev.sentence.rstrip())
    starts_line = ev.start == 0 or text[:ev.start].rstrip(" \t").endswith("\n")
    ends_line = body_end >= len(text.rstrip()) or text[body_end:].lstrip(" \t")[:1] == "\n"
    if not (starts_line and ends_line):
        return False
    words = len(body.split())
    if body[-1] not in ".!?":
        return words <= _UNSTOPPED_WORDS
    return _BLANK.match(text, body_end) is not None and words <= _HEADLINE_WORDS
