"""Synthetic articles and events: for the write/query benchmarks and for tests.

Deterministic (seeded), built from our own short template sentences; nothing here comes
from a real corpus.
"""
from __future__ import annotations

import datetime as dt
import random

from ..ingest.ids import article_id, stable_id
from ..model import Actor, Analysis, Article, Event, EventDate, Evidence, Place

__all__ = ["make_analysis", "make_event", "synthetic_analyses"]

_COUNTRIES = (("SRB", "Serbia"), ("XKX", "Kosovo"), ("USA", "United States"), ("DEU", "Germany"),
              ("FRA", "France"), ("UKR", "Ukraine"), ("RUS", "Russia"), ("TUR", "Turkey"))
_TYPES = (("CONSULT", 1, "04", 2.5), ("ACCUSE", 3, "11", -2.0), ("ASSAULT", 4, "18", -9.0),
          ("AID", 2, "07", 10.0), ("PROTEST", 4, "14", -5.0), ("REQUEST", 3, "10", 0.0))


def make_event(article: str, n: int, *, event_type: str = "ACCUSE", actor: tuple[str, str] = ("SRB", "Serbia"),
               recipient: tuple[str, str] | None = ("XKX", "Kosovo"), date: str | None = "2023-01-08",
               place: str | None = None, sentence: tuple[str, int] = ("", 0), trigger: tuple[str, int] = ("", 0),
               quad: int = 3, cameo: str = "11", goldstein: float = -2.0, confidence: float = 0.8) -> Event:
    """One hand-made event; country codes become GOV actors (``SRBGOV``)."""
    def actor_of(code_name):
        code, name = code_name
        return Actor(name=f"Government of {name}", kind="state", country=code, sector="GOV",
                     sectors=("GOV",), code=f"{code}GOV", source="synthetic")

    sent_text, sent_start = sentence
    trig_text, trig_start = trigger
    evidence = (Evidence(sent_text, sent_start, sent_start + len(sent_text), trig_text, trig_start,
                         trig_start + len(trig_text)),) if sent_text else ()
    return Event(id=stable_id(article, n, event_type), article_id=article, event_type=event_type, quad=quad,
                 cameo_root=cameo, goldstein=goldstein, confidence=confidence, coder="synthetic.v1",
                 actor=(actor_of(actor),), recipient=(actor_of(recipient),) if recipient else (),
                 actor_text=(actor[1],), recipient_text=(recipient[1],) if recipient else (),
                 date=EventDate(date, "day" if date else None, "explicit" if date else "unresolved"),
                 location=Place(place, 0, len(place), name=place, country=actor[0]) if place else None,
                 evidence=evidence)


def make_analysis(text: str, events_spec: list[dict] | None = None, *, published: str | None = "2023-01-09",
                  source: str | None = "Example Wire", title: str | None = None, id: str | None = None) -> Analysis:
    """An Analysis of ``text`` with events built by ``make_event(**spec)``."""
    aid = id or article_id(text)
    article = Article(aid, text, title, None, dt.date.fromisoformat(published) if published else None, source)
    events = tuple(make_event(aid, n, **spec) for n, spec in enumerate(events_spec or []))
    return Analysis(article, events=events)


def synthetic_analyses(n_articles: int, events_per_article: int = 5, seed: int = 7) -> list[Analysis]:
    """Many small analyses with random dyads, types and dates (for write benchmarks)."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    out = []
    for i in range(n_articles):
        text = f"Synthetic report number {i}: officials met and traded accusations."
        specs = []
        for _ in range(events_per_article):
            etype, quad, cameo, gold = rng.choice(_TYPES)
            a, b = rng.sample(_COUNTRIES, 2)
            day = (start + dt.timedelta(days=rng.randrange(1500))).isoformat()
            specs.append(dict(event_type=etype, quad=quad, cameo=cameo, goldstein=gold, actor=a, recipient=b,
                              date=day, sentence=(text, 0), trigger=("met", text.index("met"))))
        out.append(make_analysis(text, specs, published=day, source=f"Outlet {i % 20}"))
    return out
