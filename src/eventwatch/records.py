"""Records as JSON: the event record of the README and the per-article analysis.

One place turns frozen records into the documented JSON shapes, so the CLI, the
store and the HTTP API all print the same thing.
"""
from __future__ import annotations

from typing import Any

from .model import Actor, Analysis, Event, as_json

__all__ = ["actor_record", "analysis_record", "event_record"]


def actor_record(actor: Actor | None, text: str | None = None) -> dict[str, Any]:
    if actor is None:
        return {"text": text, "name": None, "kind": "unknown", "country": None, "sector": None,
                "sectors": [], "code": None, "wikidata": None}
    return {"text": text, "name": actor.name, "kind": actor.kind, "country": actor.country,
            "sector": actor.sector, "sectors": list(actor.sectors), "code": actor.code,
            "wikidata": actor.wikidata, "title": actor.title}


def _actors(actors: tuple[Actor, ...], texts: tuple[str, ...]) -> list[dict[str, Any]]:
    texts = texts + (None,) * (len(actors) - len(texts))
    return [actor_record(a, t) for a, t in zip(actors, texts)]


def event_record(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "article_id": event.article_id,
        "event_type": event.event_type,
        "mode": list(event.mode),
        "aux_modes": list(event.aux_modes),
        "asserted": event.asserted,
        "quad": event.quad,
        "cameo_root": event.cameo_root,
        "goldstein": event.goldstein,
        "confidence": round(event.confidence, 3),
        "coder": event.coder,
        "actor": _actors(event.actor, event.actor_text),
        "recipient": _actors(event.recipient, event.recipient_text),
        "attribution": actor_record(event.attribution) if event.attribution else None,
        "date": as_json(event.date),
        "location": as_json(event.location),
        "evidence": as_json(event.evidence),
        "quotes": list(event.quotes),
        "context": list(event.context),
    }


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    art = analysis.article
    return {
        "id": art.id,
        "title": art.title,
        "url": art.url,
        "published": art.published.isoformat() if art.published else None,
        "reference_date": as_json(analysis.reference_date),
        "entities": [
            {"text": m.text, "start": m.start, "end": m.end, "label": m.label,
             "actor": actor_record(m.actor, m.text) if m.actor else None}
            for m in analysis.mentions
        ],
        "times": [as_json(t) for t in analysis.times],
        "places": [as_json(p) for p in analysis.places],
        "quotes": [{**as_json(q), "speaker": actor_record(q.speaker, q.speaker_text) if q.speaker else None}
                   for q in analysis.quotes],
        "events": [event_record(e) for e in analysis.events],
    }
