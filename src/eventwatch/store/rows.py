"""Analyses -> Arrow tables, one per store table (bulk writes, never row by row).

Each builder returns column lists; ``to_arrow`` types them with the schemas below, which
mirror schema.sql. The event ``record`` column is the JSON of ``records.event_record``.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterable

import pyarrow as pa

from ..ingest.ids import content_hash
from ..model import Actor, Analysis, Event, Failure
from ..records import event_record

__all__ = ["SCHEMAS", "analyses_to_tables", "event_date", "failures_to_table"]

_S, _I, _F, _B = pa.string(), pa.int32(), pa.float64(), pa.bool_()
_TS, _D, _L = pa.timestamp("us"), pa.date32(), pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([("id", _S), ("content_hash", _S), ("title", _S), ("url", _S), ("source", _S),
                           ("published", _D), ("reference_date", _S), ("reference_reason", _S), ("text", _S),
                           ("origin", _S), ("near_dup_of", _S), ("coder", _S), ("ingested_at", _TS),
                           ("minhash", pa.binary()), ("content_chars", _I)]),
    "events": pa.schema([("id", _S), ("article_id", _S), ("canonical_id", _S), ("event_type", _S),
                         ("mode", _L), ("aux_modes", _L), ("asserted", _B), ("quad", _I), ("cameo_root", _S),
                         ("goldstein", _F), ("confidence", _F), ("coder", _S),
                         ("actor_name", _S), ("actor_country", _S), ("actor_sector", _S), ("actor_code", _S),
                         ("recipient_name", _S), ("recipient_country", _S), ("recipient_sector", _S),
                         ("recipient_code", _S), ("date", _D), ("date_value", _S), ("date_granularity", _S),
                         ("date_source", _S), ("place_name", _S), ("place_country", _S), ("lat", _F),
                         ("lon", _F), ("geonames_id", pa.int64()), ("trigger", _S), ("sentence", _S),
                         ("record", pa.json_())]),  # JSON type: DuckDB skips re-validating it
    "mentions": pa.schema([("event_id", _S), ("canonical_id", _S), ("article_id", _S), ("sentence_start", _I),
                           ("sentence_end", _I), ("trigger_start", _I), ("trigger_end", _I),
                           ("confidence", _F), ("source", _S), ("mention_time", _TS)]),
    "actors": pa.schema([("article_id", _S), ("text", _S), ("start", _I), ("end", _I), ("label", _S),
                         ("name", _S), ("kind", _S), ("country", _S), ("sector", _S), ("code", _S),
                         ("wikidata", _S)]),
    "places": pa.schema([("article_id", _S), ("text", _S), ("start", _I), ("end", _I), ("name", _S),
                         ("country", _S), ("admin1", _S), ("lat", _F), ("lon", _F),
                         ("geonames_id", pa.int64()), ("resolution", _S)]),
    "times": pa.schema([("article_id", _S), ("text", _S), ("start", _I), ("end", _I), ("value", _S),
                        ("granularity", _S), ("source", _S)]),
    "quotes": pa.schema([("id", _S), ("article_id", _S), ("text", _S), ("start", _I), ("end", _I),
                         ("speaker_name", _S), ("speaker_country", _S), ("speaker_code", _S),
                         ("speaker_text", _S), ("cue", _S), ("venue", _S), ("kind", _S), ("event_ids", _L)]),
    "failures": pa.schema([("article_id", _S), ("origin", _S), ("reason", _S), ("message", _S), ("stage", _S),
                           ("failed_at", _TS), ("content_hash", _S)]),
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def event_date(value: str | None) -> dt.date | None:
    """First calendar day of a TIMEX3 value (2023-01-08, 2023-01, 2023), else None."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def _first(actors: tuple[Actor, ...]) -> Actor | None:
    return actors[0] if actors else None


def _actor_cols(actor: Actor | None) -> list:
    if actor is None:
        return [None, None, None, None]
    return [actor.name, actor.country, actor.sector, actor.code]


def event_row(event: Event, record: dict | None = None) -> list:
    record = record if record is not None else event_record(event)
    date, place, ev = event.date, event.location, (event.evidence[0] if event.evidence else None)
    return [event.id, event.article_id, None, event.event_type, list(event.mode), list(event.aux_modes),
            event.asserted, event.quad, event.cameo_root or None, event.goldstein, event.confidence,
            event.coder or None, *_actor_cols(_first(event.actor)), *_actor_cols(_first(event.recipient)),
            event_date(date.value if date else None), date.value if date else None,
            date.granularity if date else None, date.source if date else None,
            place.name if place else None, place.country if place else None,
            place.lat if place else None, place.lon if place else None,
            place.geonames_id if place else None, ev.trigger if ev else None, ev.sentence if ev else None,
            json.dumps(record, ensure_ascii=False)]


def _mention_row(event: Event, analysis: Analysis, when: dt.datetime) -> list:
    ev = event.evidence[0] if event.evidence else None
    art = analysis.article
    seen = dt.datetime.combine(art.published, dt.time()) if art.published else when
    return [event.id, None, event.article_id, ev.start if ev else None, ev.end if ev else None,
            ev.trigger_start if ev else None, ev.trigger_end if ev else None, event.confidence,
            art.source, seen]


def _article_row(a: Analysis, origin: str | None, coder: str | None, when: dt.datetime,
                 minhash: bytes | None, near_dup_of: str | None) -> list:
    art, ref = a.article, a.reference_date
    return [art.id, content_hash(art.text), art.title, art.url, art.source, art.published,
            ref.value if ref else None, (ref.reason or ref.source) if ref else None, art.text, origin,
            near_dup_of, coder, when, minhash, len(art.text)]


def _side_rows(a: Analysis, out: dict[str, list]) -> None:
    aid = a.article.id
    for m in a.mentions:
        act = m.actor
        out["actors"].append([aid, m.text, m.start, m.end, m.label, act.name if act else None,
                              act.kind if act else None, act.country if act else None,
                              act.sector if act else None, act.code if act else None,
                              act.wikidata if act else None])
    for p in a.places:
        out["places"].append([aid, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon,
                              p.geonames_id, p.resolution])
    for t in a.times:
        out["times"].append([aid, t.text, t.start, t.end, t.value, t.granularity, t.source])
    for q in a.quotes:
        sp = q.speaker
        out["quotes"].append([q.id, aid, q.text, q.start, q.end, sp.name if sp else None,
                              sp.country if sp else None, sp.code if sp else None, q.speaker_text, q.cue,
                              q.venue, q.kind, list(q.event_ids)])


def analyses_to_tables(analyses: Iterable[Analysis], *, origins: dict[str, str] | None = None,
                       coder: str | None = None, minhashes: dict[str, bytes] | None = None,
                       near_dups: dict[str, str] | None = None) -> dict[str, pa.Table]:
    """Arrow tables for every store table an analysis fills."""
    origins, minhashes, near_dups = origins or {}, minhashes or {}, near_dups or {}
    when = _now()
    out: dict[str, list] = {name: [] for name in SCHEMAS if name != "failures"}
    for a in analyses:
        aid = a.article.id
        out["articles"].append(_article_row(a, origins.get(aid), coder, when, minhashes.get(aid),
                                            near_dups.get(aid)))
        for e in a.events:
            out["events"].append(event_row(e))
            out["mentions"].append(_mention_row(e, a, when))
        _side_rows(a, out)
    return {name: rows_to_table(name, rows) for name, rows in out.items()}


def failures_to_table(failures: Iterable[Failure], hashes: dict[str, str] | None = None) -> pa.Table:
    when, hashes = _now(), hashes or {}
    rows = [[f.article_id, f.source, f.reason, f.message, f.stage, when, hashes.get(f.article_id)]
            for f in failures]
    return rows_to_table("failures", rows)


def rows_to_table(name: str, rows: list[list]) -> pa.Table:
    schema = SCHEMAS[name]
    columns = list(zip(*rows)) if rows else [[] for _ in schema]
    return pa.table([_array(list(col), f.type) for col, f in zip(columns, schema)], schema=schema)


def _array(values: list, type_: pa.DataType) -> pa.Array:
    if isinstance(type_, pa.ExtensionType):
        return pa.ExtensionArray.from_storage(type_, pa.array(values, type=type_.storage_type))
    return pa.array(values, type=type_)
