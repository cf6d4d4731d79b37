"""What a pronoun can point to: a person's gender as the article itself shows it, and groups.

We keep no list of first names: a person's gender is learned from the article, from a
gendered title before the name ("Mrs", "Sir", "Queen", "congresswoman") or from the first
he/she (his/her) that follows a mention of the person before any other person or human
noun is named ("Rojas met her counterpart": Rojas is "she"), in the mention's sentence (a
first mention may also look into the next one), and only when nobody else is named
earlier in that sentence (the pronoun would more likely be theirs). Several mentions vote; a tie
leaves the gender unknown, and an unknown gender agrees with any pronoun.

"They" may also point to people named together as one subject ("Anna Berg and Lars Holm
met ... They said"): such a coordination is a group of its own.
"""
from __future__ import annotations

import unicodedata
from collections import Counter

from ..model import Parsed

__all__ = ["GenderBook", "coordinated_subjects", "pronoun_gender"]

_FEMALE_WORDS = {"she", "her", "hers", "herself"}
_MALE_WORDS = {"he", "him", "his", "himself"}
_FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "duchess",
                  "baroness", "countess", "congresswoman", "chairwoman", "spokeswoman", "businesswoman",
                  "actress", "sister", "mother"}
_MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "duke", "baron", "count", "congressman",
                "spokesman", "businessman", "actor", "brother", "father"}
# a human noun between a name and a pronoun may be what the pronoun means ("Ruiz's wife said she")
_HUMAN_NOUNS = {"wife", "husband", "mother", "father", "daughter", "son", "sister", "brother", "woman",
                "man", "girl", "boy", "widow", "partner", "girlfriend", "boyfriend"}


def pronoun_gender(word: str) -> str | None:
    """"f" for she/her, "m" for he/him/his, None for any other word."""
    word = word.lower()
    return "f" if word in _FEMALE_WORDS else "m" if word in _MALE_WORDS else None


def _key(name: str) -> str:
    """A person's key: the folded last word of the name (surnames carry across mentions)."""
    words = name.replace("\u2019s", "").replace("'s", "").split()
    last = words[-1] if words else name
    return unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode().lower().strip(".,")


class GenderBook:
    """Genders of the article's persons, learned from titles and the pronouns after them."""

    def __init__(self, parsed: Parsed, text: str) -> None:
        votes: dict[str, Counter] = {}
        people = [(e, _key(text[e.start:e.end])) for e in parsed.entities if e.label == "PERSON"]
        seen: set[str] = set()
        for ent, key in people:
            others = [e for e, k in people if k != key]
            found = _title_gender(parsed, ent.first) or _title_gender(parsed, ent.first + 1)
            if found is None and not _other_before(parsed, ent, others):
                reach = 0 if key in seen else 1  # a first mention may look into the next sentence
                found = _first_pronoun(parsed, ent.last, [e for e in others if e.first >= ent.last], reach)
            seen.add(key)
            if found is not None:
                votes.setdefault(key, Counter())[found] += 1
        self._genders = {key: _majority(c) for key, c in votes.items()}

    def gender(self, name: str) -> str | None:
        return self._genders.get(_key(name))

    def learn(self, name: str, pronoun: str) -> None:
        """A he/she we bound to ``name`` tells its gender, when the article had not yet."""
        found = pronoun_gender(pronoun)
        if found is not None and self._genders.get(_key(name)) is None:
            self._genders[_key(name)] = found

    def agrees(self, name: str, pronoun: str) -> bool:
        """Can ``pronoun`` stand for the person ``name``? Unknown genders agree with anything."""
        wanted, known = pronoun_gender(pronoun), self.gender(name)
        return wanted is None or known is None or wanted == known


def _majority(votes: Counter) -> str | None:
    ranked = votes.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _other_before(parsed: Parsed, ent, others) -> bool:
    """Is someone else named earlier in the sentence? ("Roe criticised Doe, saying she ...":
    "she" is more likely the subject, so Doe learns nothing from it.)"""
    sent_first = parsed.sentence_of(ent.first).first
    return any(sent_first <= e.first < ent.first for e in others)


def _title_gender(parsed: Parsed, first: int) -> str | None:
    """"Mrs. Roe", "Queen Margrethe", "congresswoman Ana Ruiz": the word before token ``first``
    (called with the name's first token, and its second when the title is part of the name)."""
    j = first - 1
    if j >= 0 and parsed.tokens[j].text == ".":
        j -= 1
    if j < 0:
        return None
    word = parsed.tokens[j].text.lower().rstrip(".")
    return "f" if word in _FEMALE_TITLES else "m" if word in _MALE_TITLES else None


def _first_pronoun(parsed: Parsed, after: int, later_people, reach_sentences: int) -> str | None:
    """The gender of the first he/she after token ``after``, when nobody else stands between.

    It must come within ``reach_sentences`` sentences, before the next person's name and
    before any human noun ("his wife") the pronoun could mean instead.
    """
    toks = parsed.tokens
    if after >= len(toks):
        return None
    limit_sent = toks[after - 1].sent + reach_sentences
    stop = later_people[0].first if later_people else len(toks)
    for tok in toks[after:stop]:
        if tok.sent > limit_sent:
            return None
        if tok.lemma.lower() in _HUMAN_NOUNS and tok.pos == "NOUN":
            return None
        found = pronoun_gender(tok.text)
        if found is not None:
            return found
    return None


def coordinated_subjects(parsed: Parsed, text: str, char: int) -> tuple[int, str] | None:
    """The last subject before ``char`` that joins people ("Berg and Holm said", "Shoukry and
    his counterparts, Dendias and Le Drian, met"): (its start, the names it holds)."""
    best = None
    for tok in parsed.tokens:
        if tok.end > char:
            break
        if tok.dep not in ("nsubj", "nsubjpass") or not any(c.dep == "conj" for c in parsed.children(tok.i)):
            continue  # (a list as an object is left out: "Police arrested A, B and C. They said" is the police)
        first, last = parsed.subtree(tok.i)
        names = [text[e.start:e.end].replace("\u2019s", "").replace("'s", "") for e in parsed.entities
                 if e.label == "PERSON" and first <= e.first and e.last <= last]
        if len(names) >= 2 or (names and any(c.dep == "conj" and c.tag == "NNS" for c in parsed.children(tok.i))):
            best = (parsed.tokens[first].start, _joined(list(dict.fromkeys(names))))
    return best


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
