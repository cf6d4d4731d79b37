"""Who said it: the subject of a cue, resolved to a name and, when possible, an Actor.

Names come from the parse (``names.py``); the actors stage (``analysis.mentions``)
supplies the Actor of the speaker's mention when it has one. Pronouns are resolved
here first, so quotes work with or without the actors stage: "he"/"she" is the
most recent person who spoke or was a main clause's subject, whichever is later, whose
gender as the article shows it agrees (``pronouns.py``); "she added" goes on with the
last speaker; "they" the same for organisations, plural subjects and people named
together, "it" for organisations and singular subjects. The actors stage's own
coreference is used when it agrees with ours, or alone when we find nothing and its
person's gender does not clash.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..model import Actor, Analysis, Parsed
from .names import full_name, known_person, name_span, noun_phrase, same_surname, strip_possessive, titled_person
from .pronouns import GenderBook, coordinated_subjects

__all__ = ["Speaker", "SpeakerContext", "resolve_speaker"]

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "it", "we", "them"}
_GROUP_LABELS = ("ORG", "GPE", "NORP")
_CONTINUING_VERBS = {"add", "continue"}  # "..., she added": the last speaker goes on


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str  # what the quote record shows: the surface name, or the full name behind a pronoun
    start: int
    end: int
    name: str  # the fullest name found (compared in evaluation)
    is_person: bool
    actor: Actor | None = None


@dataclass
class SpeakerContext:
    """Speakers seen so far in the article, in text order (for pronouns and run-on quotes)."""

    analysis: Analysis
    history: list[Speaker]

    @property
    def parsed(self) -> Parsed:
        assert self.analysis.parsed is not None
        return self.analysis.parsed

    @property
    def text(self) -> str:
        return self.analysis.article.text

    @cached_property
    def genders(self) -> GenderBook:
        return GenderBook(self.parsed, self.text)

    def last(self, person: bool | None = None, before: int | None = None) -> Speaker | None:
        for sp in reversed(self.history):
            if before is not None and sp.start >= before:
                continue
            if person is None or sp.is_person == person:
                return sp
        return None


def resolve_speaker(ctx: SpeakerContext, head: int) -> Speaker | None:
    """The speaker whose phrase is headed by token ``head``."""
    tok = ctx.parsed.tokens[head]
    if tok.tag in ("PRP", "PRP$") or tok.text.lower() in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        return _pronoun(ctx, head)
    start, end, label = name_span(ctx.parsed, ctx.text, head)
    surface = ctx.text[start:end]
    is_person = label == "PERSON" or (label is not None and known_person(ctx.parsed, ctx.text, surface))
    name = full_name(ctx.parsed, ctx.text, surface) if is_person else surface
    if label is None:  # "the archbishop": the person given that title earlier
        titled = titled_person(ctx.parsed, ctx.text, head)
        if titled is not None:
            name, is_person = titled, True
    actor = _actor_at(ctx.analysis, start, end)
    if actor is not None:
        fuller = is_person and len(name.split()) > len(actor.name.split()) and \
            same_surname(name.split()[-1], actor.name.split()[-1])  # a bare surname the KB did not know
        name, is_person = (name if fuller else actor.name), actor.kind == "person" or is_person
        if fuller and actor.kind == "unknown":
            actor = None  # an unresolved mention ("Saree" tagged ORG): our person's full name is the better record
    return Speaker(surface, start, end, name, is_person, actor)


def _pronoun(ctx: SpeakerContext, head: int) -> Speaker | None:
    """"he insisted": our own antecedent (last speaker or last subject) first.

    The actors stage's coreference is used to attach its Actor when it agrees with ours,
    and on its own when we find nothing (on our Wikinews dev set our speaker-centred
    choice was the better one for quotes).
    """
    tok = ctx.parsed.tokens[head]
    theirs = _actor_at(ctx.analysis, tok.start, tok.end)
    ours = _own_antecedent(ctx, head)
    if theirs is not None and theirs.kind == "person" and not ctx.genders.agrees(theirs.name, tok.text):
        theirs = None  # their "she" is a man the article calls "he"
    if ours is None:
        if theirs is None:
            return None
        return Speaker(theirs.name, tok.start, tok.end, theirs.name, theirs.kind == "person", theirs)
    if theirs is not None and _shares_word(theirs.name, ours.name):
        return Speaker(ours.text, tok.start, tok.end, theirs.name, ours.is_person, theirs)
    return ours


def _shares_word(a: str, b: str) -> bool:
    return bool({w.lower() for w in a.split()} & {w.lower() for w in b.split()})


def _own_antecedent(ctx: SpeakerContext, head: int) -> Speaker | None:
    """The latest earlier speaker or main-clause subject the pronoun can stand for.

    "he"/"she" skips persons whose gender, as the article shows it, disagrees
    (``pronouns.GenderBook``); "they"/"it" look at groups, plural subjects and names
    joined as one subject. At equal positions the speaker beats the subject; "she added",
    "he continued" go on with the last speaker whoever was named since.
    """
    tok = ctx.parsed.tokens[head]
    word = tok.text.lower()
    if word not in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        return None  # "I", "you": first and second person belong inside quotes
    person = word in _PERSON_PRONOUNS
    candidates = [(sp.start, 1, sp.name, sp) for sp in ctx.history
                  if sp.start < tok.start and sp.is_person == person]
    candidates += [(start, 0, surface, None) for start, surface in _subjects_before(ctx, tok.start, person, word)]
    continuing = ctx.parsed.tokens[tok.head].lemma.lower() in _CONTINUING_VERBS
    order = (lambda c: (c[1], c[0])) if continuing else (lambda c: (c[0], c[1]))
    for start, _, surface, prior in sorted(candidates, key=order, reverse=True):
        if person and not ctx.genders.agrees(surface, word):
            continue
        if person:
            ctx.genders.learn(surface, word)  # "Haddad ... he said": Haddad is "he" from now on
        if prior is not None:
            return Speaker(prior.name, tok.start, tok.end, prior.name, prior.is_person, prior.actor)
        name = full_name(ctx.parsed, ctx.text, surface) if person else surface
        actor = _actor_at(ctx.analysis, start, start + len(surface)) if " and " not in surface else None
        return Speaker(name, tok.start, tok.end, actor.name if actor else name, person, actor)
    return None


def _subjects_before(ctx: SpeakerContext, char: int, person: bool, word: str) -> list[tuple[int, str]]:
    """Subjects before ``char`` that a he/she (a person) or they/it (a group) can point to;
    plural subjects only for "they" and "we", not for "it"."""
    parsed, text = ctx.parsed, ctx.text
    labels = ("PERSON",) if person else _GROUP_LABELS
    found = [(ent.start, text[ent.start:strip_possessive(text, ent.start, ent.end)]) for ent in parsed.entities
             if ent.end <= char and ent.label in labels and _is_subject(parsed, ent.first, ent.last)]
    if person:  # "Dahl was more cautious": a surname the tagger did not mark this time
        found += [(t.start, t.text) for t in parsed.tokens if t.end <= char and t.pos == "PROPN" and not t.ent_type
                  and t.dep in ("nsubj", "nsubjpass") and known_person(parsed, text, t.text)
                  and parsed.tokens[t.head].dep not in ("relcl", "acl")]
    if person:
        return found
    # "foreign ministers ... They concluded"; "the coast guard ... It said": common-noun subjects
    # of the pronoun's number (plural for they/we, singular for it)
    number = "NN" if word == "it" else "NNS"
    for t in parsed.tokens:
        if t.end > char:
            break
        if t.tag == number and t.dep in ("nsubj", "nsubjpass") and parsed.tokens[t.head].dep not in ("relcl", "acl"):
            start, end = noun_phrase(parsed, t.i)
            found.append((start, text[start:end]))
    joined = coordinated_subjects(parsed, text, char) if word != "it" else None
    if joined is not None:  # "Berg and Holm met ... They said"
        found.append(joined)
    return found


def _is_subject(parsed: Parsed, first: int, last: int) -> bool:
    for i in range(first, last):
        tok = parsed.tokens[i]
        if not (first <= tok.head < last):  # the entity's root
            if tok.dep in ("appos", "compound"):
                tok = parsed.tokens[tok.head]
            # a subject of a main clause: "in which X became ..." does not make X the topic
            return tok.dep in ("nsubj", "nsubjpass") and parsed.tokens[tok.head].dep not in ("relcl", "acl")
    return False


def _actor_at(analysis: Analysis, start: int, end: int) -> Actor | None:
    mention = analysis.mention_at(start, end)
    return mention.actor if mention is not None else None


