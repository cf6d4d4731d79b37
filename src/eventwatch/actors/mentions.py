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
from .bodies import leading_countries, national_bodies
from .codes import cameo_code
from .firstperson import first_person
from .context import context_country, nested_state, person_context_country, with_context_country
from .holders import holder_by_name
from .kb import KB, load
from .lexicon import TITLE_WORDS
from .matcher import Match, find_matches
from .nominals import find_nominals
from .people import leader_country, leftover_actor, nominal_actor, office_country, person_with_role, unknown_person
from .reading import best_person, hyphen_led, hyphenated, part_of_other_name, reading, role_of
from .resolve import entry_actor, finalize, person_actor, plausible_on, term_at
from .roles import country_after, title_after, title_before

__all__ = ["find_mentions"]

_NER_ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}


def find_mentions(parsed: Parsed, text: str, day: dt.date, min_confidence: float = 0.5,
                  kosovo_code: str = "XKX") -> tuple[Mention, ...]:
    kb = load()
    matches = find_matches(parsed, kb)
    inside = [m for m in matches if part_of_other_name(parsed, m)]
    skipped = {i for m in inside for i in range(m.first, m.last)}
    readings = [r for m in matches if m.first not in skipped
                for r in [reading(parsed, kb, m, day)] if r is not None]
    mods = [Modifier(m.first, m.last, e.id, e.country) for m, e, use in readings
            if use in ("mention", "modifier", "people") and e.kind != "person"]
    mods_at = {i: mod for mod in mods for i in range(mod.first, mod.last)}
    drafts, taken = _people(parsed, kb, readings, mods, day, inside)
    mods_at.update(_person_owners(parsed, kb, drafts))
    # country names inside a title or role phrase stay mentions of their own ("U.S." in "U.S.
    # President X", "Serbia" in "Serbia's police"), nested in the longer one; demonym
    # adjectives do not ("Serbian police" is one mention).
    person_tokens = {i for d in drafts for i in range(d.first, d.last)}
    named_tokens = {i for m, e, use in readings if use == "mention" for i in range(m.first, m.last)}
    nominals = find_nominals(parsed, taken | named_tokens | person_tokens, mods_at)
    drafts += _named(parsed, kb, readings, person_tokens, day)
    drafts += leading_countries(parsed, kb, drafts, day)
    drafts.sort(key=lambda d: d.first)
    for n in nominals:
        noun = _noun_text(parsed, n)
        surface = text[parsed.tokens[n.first].start:parsed.tokens[n.last - 1].end]
        n.actor = nominal_actor(kb, n, noun, day, context_country(parsed, drafts, n.first, n.head), surface)
        n.entry = n.modifier.entry if n.modifier is not None and n.actor.kind == "igo" else None
        drafts.append(n)
    _office_holders(parsed, kb, drafts, nominals, day)
    drafts += _ner_leftovers(parsed, kb, drafts, taken | hyphenated(parsed, inside))
    drafts += _nested(parsed, kb, inside, drafts, day)
    national_bodies(parsed, kb, drafts)
    drafts.sort(key=lambda d: (d.first, d.last))
    aliases = link_brackets(parsed, drafts)
    link_appositions(parsed, drafts)
    link_names(parsed, drafts, aliases)
    drafts += surname_mentions(parsed, drafts)
    drafts += definite_states(parsed, drafts)
    pronouns = resolve_pronouns(parsed, drafts)
    pronouns += first_person(parsed, text, drafts + pronouns)
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


def _nested(parsed: Parsed, kb: KB, inside: list[Match], drafts: list[Draft], day: dt.date) -> list[Draft]:
    """A country or IGO named inside another name ("Medical Journal of Australia"): a low-confidence
    nested mention; the longer name keeps its own mention, so a head-token lookup finds that one."""
    used = {i for d in drafts if d.how != "ner" for i in range(d.first, d.last)}
    out = []
    for m in inside:
        if hyphen_led(parsed, m) or any(i in used for i in range(m.first, m.last)):
            continue
        entry = next((kb.entries[n.entry] for n in m.names if n.how in ("name", "alias", "title")
                      and kb.entries[n.entry].kind in ("state", "igo")), None)
        if entry is not None:
            actor = entry_actor(entry, day, 0.7, "kb:nested")
            out.append(Draft(m.first, m.last, LABEL_OF_KIND[entry.kind], actor, entry.id, "nested"))
    return out


def _people(parsed: Parsed, kb: KB, readings, mods: list[Modifier], day: dt.date, inside: list[Match]):
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
        if role is not None and role.modifier is None:
            role = country_after(parsed, last, by_first, role)  # "King Hassan of Morocco"
        how = "kb" if entry else "ner"
        if role is not None:
            holder = holder_by_name(kb, name, role.office, day) if entry is None and role.modifier is None else None
            entry = holder or entry  # "President Lula": the KB holder of that office on the day
            actor = person_with_role(kb, entry, name, role, day)
            if actor.country is None and entry is None:  # "President Reagan": the KB's office holder
                actor = with_context_country(kb, actor, office_country(kb, name, role.office), "kb:surname")
            if actor.country is None:  # "then speaker of the US House": a state inside the title
                actor = with_context_country(kb, actor, nested_state(parsed, kb, inside, role), "text:nested")
            if actor.country is None and role.sector in ("GOV", "LEG", "MIL", "JUD", "COP", "ELI"):
                # only the one state the nearby text names; never the article-wide majority
                nearby = person_context_country(parsed, readings, first)
                actor = with_context_country(kb, replace(actor, confidence=min(actor.confidence, 0.6)), nearby) \
                    if nearby else actor
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


def _named(parsed: Parsed, kb: KB, readings, used: set[int], day: dt.date) -> list[Draft]:
    out = []
    demonyms = {m.last: (m, e) for m, e, use in readings
                if use == "modifier" and e.kind in ("state", "ethnic") and e.country and not _capital(m)}
    for m, e, use in readings:
        if e.kind == "person" or any(i in used for i in range(m.first, m.last)):
            continue
        if use == "modifier":
            if not _capital(m):  # "Serbian" in "Serbian police": a nested mention of the country
                out.append(Draft(m.first, m.last, "NORP", entry_actor(e, day, 0.8, "kb:demonym"), e.id, "kb"))
            elif parsed.tokens[m.last - 1].dep not in ("compound", "amod", "nmod"):
                # "an embassy in Tehran": a place, but one an event coder may take as the state
                out.append(Draft(m.first, m.last, "GPE", entry_actor(e, day, 0.6, "kb:capital"), e.id, "place"))
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
        if e.kind == "ethnic" and m.first in demonyms and use == "mention":
            first, actor = _qualified_people(parsed, demonyms[m.first], actor)  # "Iraqi Kurds" -> IRQ
        label = "ORG" if e.kind == "state" and e.id.startswith("F:") and e.code and len(e.code) > 3 \
            else LABEL_OF_KIND.get(actor.kind, "ORG")  # a state's body ("the Pentagon", "the Knesset")
        out.append(Draft(first, last, label, actor, e.id, "kb",
                         plural=parsed.tokens[last - 1].tag in ("NNS", "NNPS") or e.kind == "ethnic"))
    return out


_REGIME_NOUNS = frozenset({"administration", "government", "cabinet", "regime", "presidency"})


def _person_owners(parsed: Parsed, kb: KB, drafts: list[Draft]) -> dict[int, Modifier]:
    """A person owning a role noun lends it the person's country: "Putin's spokesman" (RUS GOV),
    "the Bush administration" (a surname all of whose KB heads of state/government are one country's)."""
    out = {}
    for d in drafts:
        head = parsed.tokens[d.last - 1]
        owned = parsed.tokens[head.head]
        if d.label != "PERSON" or head.dep not in ("poss", "compound") or role_of(owned) is None:
            continue
        country = d.actor.country if d.actor is not None else None
        if country is None and owned.lemma.lower() in _REGIME_NOUNS:
            country = leader_country(kb, " ".join(t.text for t in parsed.tokens[d.first:d.last]))
        if country and "C:" + country in kb.entries:
            out.update({i: Modifier(d.first, d.last, "C:" + country, country) for i in range(d.first, d.last)})
    return out


def _qualified_people(parsed: Parsed, demonym, actor: Actor) -> tuple[int, Actor]:
    """An ethnic group qualified by a state's demonym belongs to that state ("Bosnian Serbs" -> BIH):
    the CAMEO convention codes a people by the country it lives in when the text says so."""
    m, state = demonym
    words = " ".join(t.text for t in parsed.tokens[m.first:m.last])
    return m.first, replace(actor, name=f"{words} {actor.name}", country=state.country,
                            code=cameo_code(state.country, actor.sector or "CVL"), wikidata=None)


def _capital(m: Match) -> bool:
    return all(n.how == "capital" for n in m.names)


def _noun_text(parsed: Parsed, n) -> str:
    toks = parsed.tokens
    start = n.head
    while start > n.first and toks[start - 1].head == n.head and (toks[start - 1].text.lower() in TITLE_WORDS
                                                                   or toks[start - 1].dep == "compound"
                                                                   and role_of(toks[start - 1])):
        start -= 1
    return " ".join(t.text.lower() for t in toks[start:n.head + 1])


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
