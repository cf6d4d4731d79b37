"""Cues: the verbs (and "according to") that attribute speech, found in the parse.

A cue is a token of the parsed article; the speaker is read off its subject
(``speakers.py``). Verbs that take a reported clause (``say that ...``) also mark
indirect speech; a wider set (``call``, ``describe`` ...) only attributes quoted
words standing beside it.
"""
from __future__ import annotations

from ..model import Parsed, Token

__all__ = ["CLAUSE_BREAKS", "INDIRECT_VERBS", "QUOTE_VERBS", "SUBJECT_DEPS", "WEAK_VERBS", "according_to",
           "cue_subject", "governs", "inverted_sayer", "is_cue", "is_hearsay", "is_weak_report", "nearest_cue",
           "own_subject"]

# verbs of saying that take a reported clause: "X said (that) ..."
INDIRECT_VERBS = frozenset("""
say tell add state claim announce warn insist argue explain note report confirm deny allege assert
declare write tweet post suggest stress emphasise emphasize reiterate acknowledge admit reply
respond predict promise vow pledge threaten maintain contend complain concede reveal disclose
remark observe testify conclude recall caution charge counter inform comment
""".split())

# verbs that attribute quoted words beside them, beyond the above
QUOTE_VERBS = INDIRECT_VERBS | frozenset("""
ask answer comment continue describe call dub label term brand praise criticise criticize slam
condemn accuse thank urge demand plead appeal question wonder joke quip exclaim shout chant
read express hail blast lament welcome speak defend attack characterise characterize specify
find rule decide denounce justify refer
""".split())

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "acl")
_REPORT_DEPS = _CLIMB_DEPS + ("ccomp",)  # "said the 36 must face ..., adding": back to "said"
# what sets off an aside or an inverted cue from the clause it reports
CLAUSE_BREAKS = (",", "\u2014", "\u2013", "--", "\"", "\u201d", "''")

# verbs that report speech only with a named or pronoun sayer ("Klimov indicated 68 were missing",
# not "estimates indicate ...")
WEAK_VERBS = frozenset({"indicate", "estimate"})


def is_weak_report(parsed: Parsed, i: int) -> bool:
    """A weak verb whose subject is a name or a pronoun: it reports what someone said."""
    if parsed.tokens[i].lemma.lower() not in WEAK_VERBS:
        return False
    subject = own_subject(parsed, i)
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


def own_subject(parsed: Parsed, i: int, agent_first: bool = True) -> int | None:
    """The sayer of verb ``i``: the agent of a passive ("was told by X"), or its subject.

    ``agent_first=False`` when verb ``i`` is a clause above the cue: "The surgeon was cheered
    by staff upon announcing ...": whoever announced is the surgeon, the passive's subject.
    """
    tok = parsed.tokens[i]
    agent = next((obj.i for child in parsed.children(i) if child.dep == "agent"
                  for obj in parsed.children(child.i) if obj.dep == "pobj"), None)
    if agent is not None and agent_first:
        return agent
    for child in parsed.children(i):
        if child.dep in SUBJECT_DEPS:
            if child.tag in ("WDT", "WP"):  # "a statement which said", "police, who said"
                return tok.head if tok.dep == "relcl" else _noun_before(parsed, child.i)
            return child.i
    return agent if agent is not None else inverted_sayer(parsed, i)


def inverted_sayer(parsed: Parsed, i: int) -> int | None:
    """"..., reported local media.": a sayer after its verb, read by the parser as the object.

    Only for a finite verb of saying that follows a comma or a closing quote and has no
    clause of its own, when the noun phrase after it (and the verb's own modifiers) closes
    the clause: a comma or the sentence end.
    """
    toks = parsed.tokens
    if i == 0 or toks[i - 1].text not in CLAUSE_BREAKS or toks[i].lemma.lower() not in INDIRECT_VERBS \
            or toks[i].tag not in ("VBD", "VBZ", "VBP"):
        return None  # "..., claiming a right to ...": a participle's object is no sayer
    kids = parsed.children(i)
    listed = toks[i].dep == "conj" and any(c.dep in ("cc", "conj") for c in kids + parsed.children(toks[i].head)
                                           if c.i != i)
    if listed or any(c.dep == "ccomp" for c in kids):
        return None  # "closed the roads, warned residents and left": a list of the subject's acts
    for child in kids:
        if child.i > i and child.dep in ("dobj", "attr", "npadvmod", "dative") and child.pos in ("NOUN", "PROPN"):
            after = _past_modifiers(parsed, i, parsed.subtree(child.i)[1])
            if after >= len(toks) or toks[after].text in (",", ".", ";") or toks[after].sent != toks[i].sent:
                return child.i
    return None


def _past_modifiers(parsed: Parsed, verb: int, k: int) -> int:
    """Skip the verb's own trailing modifiers from token ``k`` on ("... warned the bank on Tuesday")."""
    for child in parsed.children(verb):
        if child.i >= k and child.dep in ("prep", "npadvmod", "advmod") and parsed.subtree(child.i)[0] == k:
            k = parsed.subtree(child.i)[1]
    return k


def _noun_before(parsed: Parsed, i: int) -> int | None:
    j = i - 1
    while j >= 0 and parsed.tokens[j].pos == "PUNCT":
        j -= 1
    return j if j >= 0 and parsed.tokens[j].pos in ("NOUN", "PROPN") else None


def cue_subject(parsed: Parsed, i: int) -> int | None:
    """The subject of cue ``i``; for "..., adding X" or "and said X", the subject of the clause above.

    Climbing prefers a speech verb above ("said ..., adding"), whose subject is the sayer.
    """
    own = own_subject(parsed, i)
    if own is not None:
        return own
    for j in _ancestors(parsed, i, _REPORT_DEPS):  # a speech verb above first
        if is_cue(parsed.tokens[j]) and own_subject(parsed, j) is not None:
            return own_subject(parsed, j)
    chain = _ancestors(parsed, i, _CLIMB_DEPS)
    for j in chain:
        subject = own_subject(parsed, j, agent_first=False)
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
    does not ("..., according to NBC"), a cue on the quote's side of a semicolon beats one
    across it, a main verb beats the verb of a "which" clause; otherwise the nearest wins.
    """
    inside = parsed.token_at(start)
    best: tuple[int, bool, bool, int, int] | None = None
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
        lo_c, hi_c = (tok.end, start) if tok.end <= start else (end, tok.start)
        across = any(t.text == ";" for t in _tokens_between(parsed, lo_c, hi_c))  # "X said ...; Y reported"
        # "commented - which the radio noted as rare - "..."": that verb remarks on the event
        remark = tok.dep == "relcl" and any(c.tag == "WDT" for c in parsed.children(tok.i))
        rank = (0 if governs(parsed, tok.i, inside) else 1, across, remark, dist, tok.i)
        if best is None or rank < best:
            best = rank
    return best[4] if best else None


def _tokens_between(parsed: Parsed, lo: int, hi: int):
    first = parsed.token_at(lo)
    if first is None:
        first = next((t.i for t in parsed.tokens if t.start >= lo), len(parsed.tokens))
    for tok in parsed.tokens[first:]:
        if tok.start >= hi:
            break
        yield tok
