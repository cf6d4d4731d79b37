"""Coreference inside one article, for actors only.

- bracketed expansions: "the alliance's mission [KFOR]" / "the Liberation Front (LF)";
- short forms: a surname after the full name ("... Albin Kurti ... Kurti"), an acronym the
  article introduced in brackets;
- pronouns (he/she, they, it/its) by salience: same-sentence subjects first, then the
  nearest compatible actor within two sentences; a bracket after a pronoun wins ("They [X]");
- "the latter" / "the former".

Pronoun mentions get label PRON, the others COREF; ``antecedent`` points at the mention
whose actor they take.
"""
from __future__ import annotations

from ..model import Parsed
from ._draft import Draft
from .kb import fold
from .lexicon import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS

__all__ = ["definite_states", "link_appositions", "link_brackets", "link_names", "resolve_pronouns", "surname_mentions"]

_OPEN = {"[", "("}
_WINDOW = 2  # sentences back


def _starting_at(drafts: list[Draft], i: int) -> Draft | None:
    return next((d for d in drafts if d.first == i and d.actor is not None), None)


def _follow(d: Draft, ante: Draft, label: str | None = None, how: str = "coref") -> None:
    d.actor, d.entry, d.antecedent, d.how = ante.actor, ante.entry, ante, how
    if label:
        d.label = label


def link_brackets(parsed: Parsed, drafts: list[Draft]) -> dict[str, Draft]:
    """Resolve "X [Y]" pairs; return acronyms introduced this way (folded text -> full mention)."""
    toks, aliases = parsed.tokens, {}
    for d in drafts:
        end = _phrase_end(parsed, d)
        if end >= len(toks) or toks[end].text not in _OPEN:
            continue
        inner = _starting_at(drafts, end + 1)
        if inner is None or d.actor is None:
            continue
        if inner.entry and (d.entry is None or d.how == "nominal"):
            _follow(d, inner, how="bracket")  # generic phrase explained by a known name
        elif d.entry and inner.entry is None:
            _follow(inner, d, "COREF")  # a new short form for a known actor
            aliases[_text(parsed, inner)] = d
    return aliases


def _phrase_end(parsed: Parsed, d: Draft) -> int:
    """The bracket after the mention, or inside its phrase for role nouns ("the mission in X [Y]")."""
    head = getattr(d, "head", -1)
    if head < 0 or d.how != "nominal":
        return d.last
    end = parsed.subtree(head)[1]
    return next((j for j in range(d.last, end) if parsed.tokens[j].text in _OPEN), d.last)


def link_appositions(parsed: Parsed, drafts: list[Draft]) -> None:
    """"KFOR, the alliance's mission": a role-noun apposition takes the named actor."""
    by_token = {i: d for d in drafts if d.entry and d.how != "nominal" for i in range(d.first, d.last)}
    for d in drafts:
        head = getattr(d, "head", -1)
        if d.how != "nominal" or head < 0:
            continue
        linked = [parsed.tokens[head].head] if parsed.tokens[head].dep == "appos" else []
        linked += [c.i for c in parsed.children(head) if c.dep == "appos"]
        named = next((by_token[i] for i in linked if i in by_token and by_token[i].actor is not None), None)
        if named is not None:
            _follow(d, named, how="appos")


def surname_mentions(parsed: Parsed, drafts: list[Draft]) -> list[Draft]:
    """Bare surnames of people named in full elsewhere in the article, wherever NER missed them."""
    full: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.label == "PERSON" and d.actor is not None and d.last - d.first >= 2:
            full.setdefault(fold(parsed.tokens[d.last - 1].text), []).append(d)
    covered = {i for d in drafts for i in range(d.first, d.last)}
    starts = {d.first for d in drafts if d.label == "PERSON"}
    out = []
    for t in parsed.tokens:
        names = full.get(fold(t.text))
        # a word right before another person's name is that person's title ("King Hassan")
        if names and t.i not in covered and t.text[:1].isupper() and t.i + 1 not in starts:
            before = [f for f in names if f.first < t.i]
            d = Draft(t.i, t.i + 1, "COREF", how="coref")
            _follow(d, before[-1] if before else names[0])
            out.append(d)
    return out


def _text(parsed: Parsed, d: Draft) -> str:
    return " ".join(fold(parsed.tokens[i].text) for i in range(d.first, d.last))


def link_names(parsed: Parsed, drafts: list[Draft], aliases: dict[str, Draft]) -> None:
    """Surnames and other short forms take the actor of the full name used elsewhere."""
    full = [d for d in drafts if d.label == "PERSON" and d.actor is not None and d.last - d.first >= 2]
    for d in drafts:
        if d.how not in ("ner", "surname") and not (d.how == "title" and d.entry is None):
            continue
        key = _text(parsed, d)
        if key in aliases and aliases[key] is not d:
            _follow(d, aliases[key], "COREF")
            continue
        if d.label not in ("PERSON", "ORG", "NORP", "GPE"):
            continue  # NER sometimes tags a surname ORG or GPE ("Trump said")
        words = key.split()
        same = [f for f in full if _text(parsed, f).split()[-len(words):] == words and f is not d
                and (f.last - f.first > len(words) or f.first < d.first)]  # a repeat links back, not forward
        if same and (d.label == "PERSON" or len(words) == 1):
            before = [f for f in same if f.first < d.first]
            _follow(d, before[-1] if before else same[0], "COREF")


def _is_subject(parsed: Parsed, d: Draft) -> bool:
    return any(parsed.tokens[i].dep in ("nsubj", "nsubjpass") for i in range(d.first, d.last))


def _compatible(word: str, d: Draft) -> bool:
    kind = d.actor.kind if d.actor else ""
    if word in PERSON_PRONOUNS:
        return kind == "person"
    if word in PLURAL_PRONOUNS:
        return kind != "person" and (d.plural or kind in ("igo", "state", "group", "ethnic", "unknown"))
    # unknown organisations count: "General Motors said it ..." must not jump to a country
    return kind in ("igo", "state", "group", "unknown") and not d.plural and d.label != "NORP"


def _near_enough(parsed: Parsed, word: str, d: Draft, distance: int) -> bool:
    """"they" reaches an organisation or state only as a recent subject; plural groups further."""
    if word in PLURAL_PRONOUNS and not d.plural:
        return distance <= 1 and _is_subject(parsed, d)
    return True


def _pick(parsed: Parsed, i: int, word: str, pool: list[Draft]) -> Draft | None:
    sent = parsed.tokens[i].sent
    def usable(d: Draft) -> bool:
        if d.actor is None or d.last > i or not _compatible(word, d):
            return False
        distance = sent - parsed.tokens[d.first].sent
        window = _WINDOW + (word in PERSON_PRONOUNS)  # people stay salient a little longer
        return distance <= (0 if d.label == "PRON" else window) and _near_enough(parsed, word, d, distance)

    cands = [d for d in pool if usable(d)]
    if not cands and word in PERSON_PRONOUNS:
        # beyond the window: the article's only person so far is still "he"/"she"
        people = [d for d in pool if d.actor is not None and d.actor.kind == "person" and d.last <= i]
        if len({d.actor.name for d in people}) == 1:
            return people[-1]
    if not cands:
        return None
    return min(cands, key=lambda d: (sent - parsed.tokens[d.first].sent, not _is_subject(parsed, d), -d.first))


def resolve_pronouns(parsed: Parsed, drafts: list[Draft]) -> list[Draft]:
    toks, covered = parsed.tokens, {i for d in drafts for i in range(d.first, d.last)}
    pool = sorted((d for d in drafts if d.how != "nested"), key=lambda d: d.first)
    out: list[Draft] = []
    for t in toks:
        word = t.text.lower()
        if word in ("who", "which") and t.i not in covered:
            rel = _relative(parsed, t.i, pool)
            if rel is not None:
                out.append(rel)
            continue
        if t.i in covered or t.pos not in ("PRON", "DET") or word not in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            continue
        if word == "it" and t.dep not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue  # expletive "it is ...", "make it"
        ante = _bracketed(parsed, t.i, pool) or _pick(parsed, t.i, word, pool + out)
        d = Draft(t.i, t.i + 1, "PRON", how="pron", plural=word in PLURAL_PRONOUNS)
        if ante is not None:
            _follow(d, ante, how="pron")
        elif word in THING_PRONOUNS:
            continue
        out.append(d)
    return out + _latter_former(parsed, pool, covered)


_STATE_NOUNS = {"country", "nation"}
_STATE_DETS = {"the", "this", "that"}  # "our country" is the speaker's


def definite_states(parsed: Parsed, drafts: list[Draft]) -> list[Draft]:
    """"the country", "this nation": the state named last (same or previous two sentences)."""
    toks, covered = parsed.tokens, {i for d in drafts for i in range(d.first, d.last)}
    states = sorted((d for d in drafts if d.actor is not None and d.actor.kind == "state"
                     and (d.entry or "").startswith("C:") and d.how == "kb" and d.label == "GPE"),
                    key=lambda d: d.first)  # country names, not demonyms or armies
    out = []
    for t in toks:
        if t.text.lower() not in _STATE_NOUNS or t.i in covered or t.i == 0 or toks[t.i - 1].text.lower() not in _STATE_DETS:
            continue
        before = [d for d in states if d.last <= t.i - 1]
        recent = [d for d in before if t.sent - toks[d.first].sent <= _WINDOW]
        ante = recent[-1] if recent else _most_named(before)
        if ante is not None:
            d = Draft(t.i - 1, t.i + 1, "COREF")
            _follow(d, ante, how="coref")
            out.append(d)
    return out


def _most_named(states: list[Draft]) -> Draft | None:
    """The state named most often so far (at least twice, no tie), its last mention."""
    counts: dict[str, int] = {}
    for d in states:
        counts[d.actor.country] = counts.get(d.actor.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return [d for d in states if d.actor.country == ranked[0][0]][-1]


def _relative(parsed: Parsed, i: int, pool: list[Draft]) -> Draft | None:
    """"KFOR, which ...", "the minister who ...": the relative pronoun takes the noun it follows."""
    verb = parsed.tokens[parsed.tokens[i].head]
    if verb.dep != "relcl":
        return None
    noun = verb.head
    ante = next((d for d in pool if d.first <= noun < d.last and d.actor is not None), None)
    if ante is None:
        return None
    d = Draft(i, i + 1, "PRON", plural=ante.plural)
    _follow(d, ante, how="pron")
    return d


def _bracketed(parsed: Parsed, i: int, pool: list[Draft]) -> Draft | None:
    if i + 1 < len(parsed.tokens) and parsed.tokens[i + 1].text in _OPEN:
        return _starting_at(pool, i + 2)
    return None


def _latter_former(parsed: Parsed, pool: list[Draft], covered: set[int]) -> list[Draft]:
    toks, out = parsed.tokens, []
    for t in toks:
        word = t.text.lower()
        if word not in ("latter", "former") or t.i in covered or t.i == 0 or toks[t.i - 1].text.lower() != "the":
            continue
        if t.i + 1 < len(toks) and toks[t.i + 1].pos in ("NOUN", "PROPN", "ADJ"):
            continue  # "the former province": an adjective, not a reference
        prior, seen = [], set()
        for d in reversed([d for d in pool if d.last <= t.i - 1 and d.actor is not None]):
            key = d.entry or d.actor.name
            if key not in seen and toks[t.i].sent - toks[d.first].sent <= 1:
                seen.add(key)
                prior.append(d)
        idx = 0 if word == "latter" else 1
        if len(prior) > idx:
            d = Draft(t.i - 1, t.i + 1, "COREF", plural=prior[idx].plural)
            _follow(d, prior[idx], how="coref")
            out.append(d)
    return out

