"""Find and resolve every actor mention of one parsed article.

Order: knowledge-base names (read in context: a demonym before "police" is a country, before
"boys" an ethnic group, elsewhere just an adjective); people with the titles the text gives
them; role nouns ("Serbian police"); the statistical NER's leftovers; then coreference.
Country words that only qualify a title or a role noun are absorbed into that mention.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..model import Actor, Mention, Parsed
from ._draft import LABEL_OF_KIND, Draft, Modifier
from .coref import definite_states, link_appositions, link_brackets, link_names, resolve_pronouns, surname_mentions
from .kb import KB, Entry, fold, load
from .lexicon import HYPHEN_MODIFIERS, PEOPLE_NOUNS, POLITICAL_VERBS, ROLE_NOUNS, TITLE_WORDS
from .matcher import Match, find_matches
from .nominals import find_nominals
from .people import _the, leftover_actor, nominal_actor, person_with_role, unknown_person
from .resolve import entry_actor, finalize, person_actor, plausible_on, term_at
from .roles import title_after, title_before

__all__ = ["find_mentions"]

_NER_ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
_KIND_RANK = {"state": 0, "igo": 1, "group": 2, "ethnic": 3, "person": 4}
_METONYM_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


def find_mentions(parsed: Parsed, text: str, day: dt.date, min_confidence: float = 0.5,
                  kosovo_code: str = "XKX") -> tuple[Mention, ...]:
    kb = load()
    matches = find_matches(parsed, kb)
    inside = [m for m in matches if _part_of_other_name(parsed, m)]
    skipped = {i for m in inside for i in range(m.first, m.last)}
    readings = [r for m in matches if m.first not in skipped
                for r in [_reading(parsed, kb, m, day)] if r is not None]
    mods = [Modifier(m.first, m.last, e.id, e.country) for m, e, use in readings
            if use in ("mention", "modifier", "people") and e.kind != "person"]
    mods_at = {i: mod for mod in mods for i in range(mod.first, mod.last)}
    drafts, taken = _people(parsed, kb, readings, mods, day)
    # country names inside a title or role phrase stay mentions of their own ("U.S." in "U.S.
    # President X", "Serbia" in "Serbia's police"), nested in the longer one; demonym
    # adjectives do not ("Serbian police" is one mention).
    person_tokens = {i for d in drafts for i in range(d.first, d.last)}
    named_tokens = {i for m, e, use in readings if use == "mention" for i in range(m.first, m.last)}
    nominals = find_nominals(parsed, taken | named_tokens | person_tokens, mods_at)
    drafts += _named(parsed, kb, readings, person_tokens, day)
    drafts.sort(key=lambda d: d.first)
    for n in nominals:
        noun = _noun_text(parsed, n)
        surface = text[parsed.tokens[n.first].start:parsed.tokens[n.last - 1].end]
        n.actor = nominal_actor(kb, n, noun, day, _context_country(parsed, drafts, n.first), surface)
        n.entry = n.modifier.entry if n.modifier is not None and n.actor.kind == "igo" else None
        drafts.append(n)
    _office_holders(parsed, kb, drafts, nominals, day)
    drafts += _ner_leftovers(parsed, kb, drafts, taken | _hyphenated(parsed, inside))
    drafts += _nested(parsed, kb, inside, drafts, day)
    drafts.sort(key=lambda d: (d.first, d.last))
    aliases = link_brackets(parsed, drafts)
    link_appositions(parsed, drafts)
    link_names(parsed, drafts, aliases)
    drafts += surname_mentions(parsed, drafts)
    drafts += definite_states(parsed, drafts)
    pronouns = resolve_pronouns(parsed, drafts)
    _owned_by_pronoun(parsed, kb, nominals, pronouns, day)
    return _to_mentions(parsed, text, drafts + pronouns, min_confidence, kosovo_code)


def _owned_by_pronoun(parsed: Parsed, kb: KB, nominals, pronouns: list[Draft], day: dt.date) -> None:
    """"its security forces": a role noun owned by a resolved pronoun takes that state."""
    owner = {d.first: d.actor for d in pronouns if d.actor is not None}
    for n in nominals:
        if n.actor is None or n.how != "nominal" or (n.actor.country and n.actor.source != "context"):
            continue
        for c in parsed.children(n.head):
            actor = owner.get(c.i) if c.dep == "poss" else None
            if actor is not None and actor.kind == "state" and actor.country:
                fresh = nominal_actor(kb, n, _noun_text(parsed, n), day, actor.country)
                n.actor = replace(fresh, confidence=0.8, source="text+coref")


def _office_holders(parsed: Parsed, kb: KB, drafts: list[Draft], nominals, day: dt.date) -> None:
    """"the prime minister" after "Prime Minister Ion Rusu": the person the article named, unless
    the KB knows that person was out of office on the day (then the KB's holder stands)."""
    people = sorted((d for d in drafts if d.label == "PERSON" and d.actor is not None and d.actor.title
                     and d.actor.sector != "ELI"), key=lambda d: d.first)  # not "former Prime Minister X"
    for n in nominals:
        if n.actor is None or n.actor.kind != "person" or n.plural:
            continue
        office = _noun_text(parsed, n)
        same = [p for p in people if p.first < n.first and office in p.actor.title.lower()
                and (n.actor.country is None or p.actor.country == n.actor.country)]
        if not same:
            continue
        named = kb.entries.get(same[-1].entry or "")
        if named is not None and term_at(named, day) is None:
            continue  # a past office holder the text recalls, not today's
        n.actor, n.entry, n.antecedent = same[-1].actor, same[-1].entry, same[-1]


def _hyphen_led(parsed: Parsed, m: Match) -> bool:
    toks = parsed.tokens
    return m.last + 1 < len(toks) and toks[m.last].text == "-" and toks[m.last + 1].text.lower() in HYPHEN_MODIFIERS


def _hyphenated(parsed: Parsed, inside: list[Match]) -> set[int]:
    return {i for m in inside if _hyphen_led(parsed, m) for i in range(m.first, m.last)}


def _nested(parsed: Parsed, kb: KB, inside: list[Match], drafts: list[Draft], day: dt.date) -> list[Draft]:
    """A country or IGO named inside another name ("Medical Journal of Australia"): a low-confidence
    nested mention; the longer name keeps its own mention, so a head-token lookup finds that one."""
    used = {i for d in drafts if d.how != "ner" for i in range(d.first, d.last)}
    out = []
    for m in inside:
        if _hyphen_led(parsed, m) or any(i in used for i in range(m.first, m.last)):
            continue
        entry = next((kb.entries[n.entry] for n in m.names if n.how in ("name", "alias", "title")
                      and kb.entries[n.entry].kind in ("state", "igo")), None)
        if entry is not None:
            actor = entry_actor(entry, day, 0.7, "kb:nested")
            out.append(Draft(m.first, m.last, LABEL_OF_KIND[entry.kind], actor, entry.id, "nested"))
    return out


def _part_of_other_name(parsed: Parsed, m: Match) -> bool:
    """"NATO-led", "New Mexico", "Belgrade Security Conference": not a mention of the match."""
    toks = parsed.tokens
    if _hyphen_led(parsed, m):
        return True
    ent = next((e for e in parsed.entities if e.first <= m.first and m.last <= e.last), None)
    if ent is None or (ent.first, ent.last) == (m.first, m.last):
        return False
    if any(_role(t) for t in toks[ent.first:ent.last] if not m.first <= t.i < m.last):
        return False  # "the U.S. Air Force": a country's body, the country stays a mention
    if ent.label in ("ORG", "FAC", "EVENT", "PRODUCT", "LAW"):
        beside = _same_name(toks, ent, m)  # "Bank of America"
    else:
        beside = [toks[i] for i in (m.first - 1, m.last) if ent.first <= i < ent.last]
    return any(t.pos == "PROPN" and t.text[:1].isupper() and t.text.lower() not in TITLE_WORDS
               and _role(t) is None for t in beside)


def _same_name(toks, ent, m: Match) -> list:
    """Entity tokens joined to the match without punctuation in between (brackets end a name)."""
    out = []
    for step, start in ((-1, m.first - 1), (1, m.last)):
        i = start
        while ent.first <= i < ent.last and toks[i].pos != "PUNCT":
            out.append(toks[i])
            i += step
    return out


def _role(t) -> str | None:
    return ROLE_NOUNS.get(t.lemma.lower()) or ROLE_NOUNS.get(t.text.lower())


def _reading(parsed: Parsed, kb: KB, m: Match, day: dt.date):
    """(match, entry, use): use is mention, modifier (qualifies a noun only), people or None."""
    head = parsed.tokens[m.last - 1]
    hows: dict[str, set[str]] = {}
    for n in m.names:
        hows.setdefault(n.entry, set()).add(n.how)
    entries = [(kb.entries[e], h) for e, h in hows.items()]
    people = [e for e, _ in entries if e.kind == "person"]
    if people:
        return m, _best_person(people, day), "mention"
    adjectival = head.dep in ("amod", "compound", "nmod") or head.pos == "ADJ"
    noun_head = parsed.tokens[head.head] if adjectival else None
    named = sorted(((e, "capital" if h <= {"capital", "demonym"} else "name") for e, h in entries
                    if h - {"demonym"}), key=lambda eh: (eh[1] == "capital", _KIND_RANK.get(eh[0].kind, 9)))
    demonym = next((e for e, h in entries if "demonym" in h), None)
    if adjectival and noun_head is not None and noun_head.lemma.lower() in PEOPLE_NOUNS:
        ethnic = next((e for e, _ in named if e.kind == "ethnic"), None) or demonym
        return m, ethnic or named[0][0], "people"
    if named and named[0][1] == "capital":
        metonym = _metonym(parsed, head, m.last)
        return m, named[0][0], "mention" if metonym else "modifier"
    if adjectival and demonym is not None and (not named or head.pos == "ADJ" or named[0][0].kind == "ethnic"):
        return m, demonym, "modifier"
    if named:
        entry = named[0][0]
        if adjectival and entry.kind == "ethnic":
            return m, entry, "modifier"
        return m, entry, "mention"
    return (m, demonym, "modifier") if demonym is not None else None


def _metonym(parsed: Parsed, head, after: int) -> bool:
    """"Belgrade rejected ...", "Moscow's envoy": a capital standing for its government."""
    toks = parsed.tokens
    if after < len(toks) and toks[after].text in ("'s", "’s"):
        owned = toks[head.head]
        return _role(owned) is not None or owned.text.lower() in TITLE_WORDS
    return head.dep in _METONYM_DEPS and toks[head.head].lemma.lower() in POLITICAL_VERBS


def _best_person(people: list[Entry], day: dt.date) -> Entry:
    active = [p for p in people if term_at(p, day) is not None]
    pool = active or people
    return max(pool, key=lambda p: max((t.start or dt.date.min) for t in p.terms) if p.terms else dt.date.min)


def _people(parsed: Parsed, kb: KB, readings, mods: list[Modifier], day: dt.date):
    """Named people (KB or NER PERSON) with the titles the text gives them."""
    by_last = {m.last: m for m in mods}
    by_first = {m.first: m for m in mods}
    spans = [(m.first, m.last, e) for m, e, use in readings if e.kind == "person"]
    covered = {i for m, _, _ in readings for i in range(m.first, m.last)}
    for ent in parsed.entities:
        if ent.label == "PERSON" and not any(i in covered for i in range(ent.first, ent.last)):
            first = ent.first + (parsed.tokens[ent.first].text.lower() == "the")
            while first < ent.last - 1 and parsed.tokens[first].text.lower() in TITLE_WORDS:
                first += 1  # NER sometimes takes the title in: keep the name only
            spans.append((first, ent.last, None))
    drafts, taken = [], set()
    for first, last, entry in sorted(spans, key=lambda s: s[0]):
        name = " ".join(t.text for t in parsed.tokens[first:last])
        role = title_before(parsed, first, by_last) or title_after(parsed, last, by_first)
        how = "kb" if entry else "ner"
        if role is not None:
            actor = person_with_role(kb, entry, name, role, day)
            if actor.country is None and role.sector in ("GOV", "LEG", "MIL", "JUD", "COP", "ELI"):
                actor = _with_context_country(kb, actor, _reading_country(parsed, readings, first))
            taken |= set(range(role.first, first)) | set(range(last, role.last))
            how = "title"
        elif entry is not None and plausible_on(entry, day):
            actor = person_actor(entry, day)
        elif entry is not None:
            actor, how, entry = Actor(name=name, kind="person", confidence=0.6, source="ner"), "ner", None
        else:
            actor, how = unknown_person(kb, name, day)
        drafts.append(Draft(first, last, "PERSON", actor, entry.id if entry else None, how))
    return drafts, taken


def _reading_country(parsed: Parsed, readings, i: int) -> str | None:
    """For a title without a country ("Prime Minister X"): the state named last (two sentences)
    before it, else the article's main state."""
    states = [(m.first, e.country) for m, e, use in readings if e.kind == "state" and e.country and use != "people"]
    sent = parsed.tokens[i].sent
    recent = [c for f, c in states if f < i and sent - parsed.tokens[f].sent <= 2]
    if recent:
        return recent[-1]
    counts: dict[str, int] = {}
    for _, c in states:
        counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _with_context_country(kb: KB, actor: Actor, country: str | None) -> Actor:
    if country is None:
        return actor
    from .codes import cameo_code

    state = kb.entries.get("C:" + country)
    national = actor.title and actor.title.split()[-1] in ("President", "Minister", "Chancellor", "King", "Queen",
                                                           "Emir", "Secretary", "Spokesperson")
    title = f"{actor.title} of {_the(state.name)}" if state and national and " of " not in actor.title else actor.title
    return replace(actor, country=country, code=cameo_code(country, actor.sector), title=title,
                   confidence=min(actor.confidence, 0.8), source=actor.source + "+context")


def _named(parsed: Parsed, kb: KB, readings, used: set[int], day: dt.date) -> list[Draft]:
    out = []
    for m, e, use in readings:
        if e.kind == "person" or any(i in used for i in range(m.first, m.last)):
            continue
        if use == "modifier":
            if not _capital(m):  # "Serbian" in "Serbian police": a nested mention of the country
                out.append(Draft(m.first, m.last, "NORP", entry_actor(e, day, 0.8, "kb:demonym"), e.id, "kb"))
            continue
        first, last = m.first, m.last
        if parsed.tokens[first].text.lower() == "the" and last - first > 1:
            first += 1  # "the Pentagon": keep spans tight
        if use == "people":
            last = parsed.tokens[m.last - 1].head + 1
            if last <= m.last:
                continue
        actor = entry_actor(e, day, 0.75 if _capital(m) else 0.9, "kb:capital" if _capital(m) else None)
        if use == "people" and e.kind != "ethnic":
            actor = replace(entry_actor(e, day, 0.75), kind="ethnic", sector="CVL", sectors=("CVL",), code=None,
                            name=f"people of {e.name}", wikidata=None)
        out.append(Draft(first, last, LABEL_OF_KIND.get(actor.kind, "ORG"), actor, e.id, "kb",
                         plural=parsed.tokens[last - 1].tag in ("NNS", "NNPS") or e.kind == "ethnic"))
    return out


def _capital(m: Match) -> bool:
    return all(n.how == "capital" for n in m.names)


def _noun_text(parsed: Parsed, n) -> str:
    toks = parsed.tokens
    start = n.head
    while start > n.first and toks[start - 1].head == n.head and (toks[start - 1].text.lower() in TITLE_WORDS
                                                                   or toks[start - 1].dep == "compound"
                                                                   and _role(toks[start - 1])):
        start -= 1
    return " ".join(t.text.lower() for t in toks[start:n.head + 1])


def _context_country(parsed: Parsed, drafts: list[Draft], i: int) -> str | None:
    """The state last named before token ``i`` (same or previous two sentences)."""
    sent = parsed.tokens[i].sent
    for d in sorted((d for d in drafts if d.last <= i), key=lambda d: -d.first):
        if sent - parsed.tokens[d.first].sent > 2:
            break
        if d.actor is not None and d.actor.kind == "state" and d.actor.country:
            return d.actor.country
    return _main_country(drafts)


def _main_country(drafts: list[Draft]) -> str | None:
    """The article's main state: named at least twice and more often than any other."""
    counts: dict[str, int] = {}
    for d in drafts:  # states named, and office holders of a state
        a = d.actor
        if a is not None and a.country and len(a.country) == 3 and a.country not in ("IGO", "UNO", "EUR", "WST") \
                and (a.kind == "state" and d.how == "kb" or a.kind == "person" and a.sector == "GOV"):
            counts[a.country] = counts.get(a.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _ner_leftovers(parsed: Parsed, kb: KB, drafts: list[Draft], taken: set[int]) -> list[Draft]:
    used = taken | {i for d in drafts for i in range(d.first, d.last)}
    out = []
    for ent in parsed.entities:
        if ent.label not in _NER_ACTOR_LABELS or ent.label == "PERSON" or any(i in used for i in range(ent.first, ent.last)):
            continue
        first = ent.first + (parsed.tokens[ent.first].text.lower() == "the")
        if first >= ent.last:
            continue
        words = " ".join(t.text for t in parsed.tokens[first:ent.last])
        d = _leftover(parsed, kb, ent.label, first, ent.last, words)
        if d is not None:
            out.append(d)
    return out


def _leftover(parsed: Parsed, kb: KB, label: str, first: int, last: int, words: str) -> Draft | None:
    actor = leftover_actor(kb, label, words, parsed.tokens[last - 1].tag)
    if label == "NORP" and actor is None:
        return None
    plural = label != "ORG" and parsed.tokens[last - 1].tag in ("NNS", "NNPS")  # "General Motors" is one
    return Draft(first, last, label, actor, None, "ner", plural=plural)


def _to_mentions(parsed: Parsed, text: str, drafts: list[Draft], min_conf: float, kosovo: str) -> tuple[Mention, ...]:
    drafts = sorted(drafts, key=lambda d: (d.first, d.last))
    index = {id(d): n for n, d in enumerate(drafts)}
    out = []
    for d in drafts:
        start, end = parsed.tokens[d.first].start, parsed.tokens[d.last - 1].end
        ante = index.get(id(d.antecedent)) if d.antecedent is not None else None
        out.append(Mention(text[start:end], start, end, d.label, finalize(d.actor, min_conf, kosovo),
                           d.first, d.last, ante))
    return tuple(out)
