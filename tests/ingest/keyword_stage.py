"""A tiny keyword coder for ingest tests: one ACCUSE event per sentence with 'accuse'.

It lets the ingest, store and engine tests check events end to end without depending on
the real coding stages (which are tested in their own packages).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from eventwatch.ingest.ids import stable_id
from eventwatch.model import Actor, Event, EventDate, Evidence

NAME = "test.keywords.v1"
STAGES = ("nlp.spacy.v1", NAME)


def _actor(text: str) -> Actor:
    code = text[:3].upper()
    return Actor(name=text, kind="state", country=code, sector="GOV", sectors=("GOV",), code=code + "GOV")


@dataclass(frozen=True)
class KeywordStage:
    name: str = NAME
    requires: tuple = ("parsed",)
    produces: tuple = ("events",)

    def __call__(self, analysis):
        parsed, text = analysis.parsed, analysis.article.text
        events = []
        for sent in parsed.sentences:
            toks = parsed.tokens[sent.first:sent.last]
            trig = next((t for t in toks if t.lemma.lower() == "accuse"), None)
            ents = [e for e in parsed.entities if sent.start <= e.start < sent.end and e.label in ("GPE", "NORP", "ORG")]
            if trig is None or not ents:
                continue
            actor, recipient = _actor(ents[0].text), (_actor(ents[1].text),) if len(ents) > 1 else ()
            published = analysis.article.published
            events.append(Event(
                id=stable_id(analysis.article.id, trig.start), article_id=analysis.article.id, event_type="ACCUSE",
                quad=3, cameo_root="11", goldstein=-2.0, confidence=0.7, coder=NAME, actor=(actor,),
                recipient=recipient, actor_text=(ents[0].text,),
                recipient_text=tuple(e.text for e in ents[1:2]),
                date=EventDate(published.isoformat() if published else None, "day" if published else None,
                               "publication-fallback" if published else "unresolved"),
                evidence=(Evidence(text[sent.start:sent.end], sent.start, sent.end, trig.text, trig.start,
                                   trig.end),)))
        return replace(analysis, events=tuple(events))


def ensure_registered() -> None:
    from eventwatch import registry

    if NAME not in registry.available():
        registry.register(NAME, lambda settings: KeywordStage())
