"""PLOVER JSON lines: one record per coded event (ontology.md, "Output schemas")."""
from __future__ import annotations

import datetime as dt
import json
from typing import IO, Iterator

from ..store import Store
from .kosovo import map_record

__all__ = ["plover_records", "write_plover"]

_SQL = """SELECT e.record, e.canonical_id, a.url, a.title, a.source, a.published
FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.article_id, e.id"""


def _actors(items: list[dict]) -> list[dict]:
    return [{"actor": a.get("name"), "text": a.get("text"), "country": a.get("country"),
             "sector": a.get("sector"), "sectors": a.get("sectors") or [], "code": a.get("code"),
             "wikidata": a.get("wikidata"), "title": a.get("title")} for a in items]


def plover_record(r: dict, canonical: str | None, url, title, source, published) -> dict:
    ev = (r.get("evidence") or [{}])[0]
    date = r.get("date") or {}
    aux = r.get("aux_modes") or []
    return {
        "id": r["id"], "date": date.get("value"), "enddate": None,
        "actor": _actors(r.get("actor") or []), "recipient": _actors(r.get("recipient") or []),
        "event": [r["event_type"]], "mode": r.get("mode") or [], "aux_mode": aux,
        "context": r.get("context") or [], "event_loc": r.get("location"),
        "event_text": ev.get("trigger"), "quad_code": r.get("quad"),
        "text": ev.get("sentence"),
        "text_info": {"article_id": r.get("article_id"), "sentence_start": ev.get("start"),
                      "sentence_end": ev.get("end"), "trigger_start": ev.get("trigger_start"),
                      "trigger_end": ev.get("trigger_end")},
        "cite_info": {"url": url, "title": title, "publication": source,
                      "publication_date": published.isoformat() if published else None, "license": None},
        "coder": r.get("coder"), "coded_date": dt.date.today().isoformat(),
        "comment": None, "confidence": r.get("confidence"), "canonical_id": canonical,
        "date_info": date,
    }


def plover_records(store: Store, kosovo: str) -> Iterator[dict]:
    for batch in store.con.sql(_SQL).to_arrow_reader(5000):
        for row in zip(*(c.to_pylist() for c in batch.columns)):
            record, rest = json.loads(row[0]), row[1:]
            yield map_record(plover_record(record, *rest), kosovo)


def write_plover(store: Store, out: IO[str], kosovo: str) -> int:
    n = 0
    for record in plover_records(store, kosovo):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
