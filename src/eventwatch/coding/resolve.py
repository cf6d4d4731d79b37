"""Argument heads -> Actors, through the actors stage's mentions.

The actors stage (actors.kb.v1) fills ``analysis.mentions``; an argument takes the tightest
mention overlapping its head (then its span). When no mention resolves it, pronouns get a small
fallback (a subject pronoun in "X said/informed Y that it ..." is X, a possessive one is Y; else
the last named subject before it) and anything else stays visible as
``Actor(name=<text>, kind="unknown")`` so the dyad is not lost.
"""
from __future__ import annotations

from ..model import Actor, Analysis, Parsed, Token
from .frames import arg_span, subject_of
from .modes import SPEECH

__all__ = ["ArgResolver", "EVENT_REFS"]

# Nouns that name an act, not an actor: "Serbia slammed the decision" targets whoever decided.
EVENT_REFS = frozenset({"decision", "move", "refusal", "rejection", "step", "action", "answer", "response",
                        "reply", "declaration", "announcement", "statement", "plan", "policy", "measure",
                        "remark", "comment", "verdict", "ruling", "law", "vote", "deal", "stance", "claim",
                        "position", "policies", "conduct", "behaviour", "behavior", "actions"})

_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them", "him", "we",
                       "our", "i", "my", "latter", "former"})
_POSSESSIVE = frozenset({"its", "their", "his", "her", "our", "my"})


class ArgResolver:
    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.parsed: Parsed = analysis.parsed
        self.text = analysis.article.text
        self._subjects: list[int] = self._named_subjects()

    def _named_subjects(self) -> list[int]:
        return [t.i for t in self.parsed.tokens
                if t.dep in ("nsubj", "nsubjpass") and t.pos == "PROPN" or
                (t.dep == "nsubj" and t.ent_type in ("GPE", "ORG", "NORP", "PERSON"))]

    def resolve(self, i: int) -> tuple[Actor, str]:
        tok = self.parsed.tokens[i]
        if self._is_pronoun(tok):
            # the reporting frame beats plain nearness: "KFOR informed Serbia that it could not ..."
            ante = self._latter(tok) if tok.lemma.lower() in ("latter", "former") else self._frame_antecedent(tok)
            m = self.analysis.mention_at(tok.start, tok.end)
            if ante is None and m is not None:
                return m.actor, tok.text
            ante = ante if ante is not None else self._antecedent(tok)
            if ante is not None:
                actor, _ = self._resolve_named(ante)
                return actor, tok.text
        return self._resolve_named(i)

    def act_author(self, noun: int, earlier: list[tuple[Actor, str]], own: set[str]) -> tuple[Actor, str] | None:
        """Who did the act a noun names: its possessor or "of" phrase, the subject of an earlier
        verb it nominalises ("declared" -> "the declaration"), else the last other actor."""
        p = self.parsed
        for c in p.children(noun):
            if c.dep == "poss" or (c.dep == "compound" and c.ent_type):
                return self.resolve(c.i)
            if c.dep == "prep" and c.lemma.lower() in ("of", "by"):
                obj = next((g for g in p.children(c.i) if g.dep == "pobj"), None)
                if obj is not None:
                    return self.resolve(obj.i)
        stem = p.tokens[noun].lemma.lower()[:5]
        for t in reversed(p.tokens[:noun]):
            if t.pos == "VERB" and len(stem) == 5 and t.lemma.lower().startswith(stem):
                subj = subject_of(p, t.i)
                if subj is not None:
                    return self.resolve(subj.i)
        for actor, text in reversed(earlier):
            if text.lower() not in own and actor.name.lower() not in own:
                return actor, text
        return None

    def words(self, i: int) -> str:
        first, last = arg_span(self.parsed, i)
        return self.text[self.parsed.tokens[first].start:self.parsed.tokens[last - 1].end]

    def _resolve_named(self, i: int) -> tuple[Actor, str]:
        tok = self.parsed.tokens[i]
        first, last = arg_span(self.parsed, i)
        start, end = self.parsed.tokens[first].start, self.parsed.tokens[last - 1].end
        m = self._head_mention(tok) or self.analysis.mention_at(start, end)
        if m is None or not (m.actor.country or m.actor.code):
            m = self._appos_mention(tok) or m
        text = self.text[start:end]
        if m is not None:
            return m.actor, text
        return Actor(name=text, kind="unknown", confidence=0.0, source="coding:text"), text

    def _head_mention(self, tok: Token):
        """The head's own mention, else its modifiers' ("its European Union partners" -> the EU,
        "the Cambodian camp in Thailand" -> Cambodia): a title or generic noun takes the actor
        that qualifies it, before any wider span (whose first mention may be a pronoun)."""
        m = self.analysis.mention_at(tok.start, tok.end)
        kids = self.parsed.children(tok.i)
        for dep in ("compound", "amod", "poss"):
            for c in kids if m is None else ():
                if c.dep == dep and not self._is_pronoun(c) and (dep != "amod" or c.ent_type):
                    m = m or self.analysis.mention_at(c.start, c.end)
        return m

    def _appos_mention(self, tok: Token):
        """'Sheikh Salim, Oman's envoy, ...': a name without a mention takes its apposition's."""
        near = [c for c in self.parsed.children(tok.i) if c.dep == "appos"]
        if tok.dep == "appos" and tok.head != tok.i:
            near.append(self.parsed.tokens[tok.head])
        return next((m for t in near if (m := self._head_mention(t)) is not None and m.actor.country), None)

    @staticmethod
    def _is_pronoun(tok: Token) -> bool:
        return tok.pos == "PRON" or tok.lemma.lower() in ("latter", "former") or tok.text.lower() in _PRONOUNS

    def _antecedent(self, tok: Token) -> int | None:
        """Speech/inform frame first ("X informed Y that it ..."), then the last named subject."""
        if tok.lemma.lower() in ("latter", "former"):
            return self._latter(tok)
        earlier = [s for s in self._subjects if s < tok.i and not self._is_pronoun(self.parsed.tokens[s])]
        return earlier[-1] if earlier else None

    def _frame_antecedent(self, tok: Token) -> int | None:
        """A pronoun inside what someone said or told: "X said it would ..." -> X."""
        j = tok.head
        for _ in range(6):
            t = self.parsed.tokens[j]
            if t.dep in ("ccomp", "xcomp", "advcl") and t.head != j:
                head = self.parsed.tokens[t.head]
                if head.lemma.lower() in SPEECH:
                    return self._speech_antecedent(tok, head.i)
                j = head.i
                continue
            if t.head == j:
                break
            j = t.head
        return None

    def _latter(self, tok: Token) -> int | None:
        """'the latter' / 'the former': the last / first member of the nearest coordination."""
        for t in reversed(self.parsed.tokens[:tok.i]):
            if t.dep == "conj" and t.pos in ("PROPN", "NOUN"):
                if tok.lemma.lower() == "latter":
                    return t.i
                j = t.i
                while self.parsed.tokens[j].dep == "conj":
                    j = self.parsed.tokens[j].head
                return j
        return None

    def _speech_antecedent(self, tok: Token, speech: int) -> int | None:
        obj = next((c for c in self.parsed.children(speech) if c.dep in ("dobj", "dative")), None)
        if tok.text.lower() in _POSSESSIVE and obj is not None:
            return obj.i
        subj = subject_of(self.parsed, speech)
        if subj is not None and not self._is_pronoun(subj):
            return subj.i
        return obj.i if obj is not None else None
