"""Paged listings and single records: events, articles, quotes, actors, map bins, totals.

Every listing is bounded (``MAX_LIMIT`` rows a page) and ordered deterministically, so the
HTTP API and the dashboard stay fast on stores with millions of events.
"""
from __future__ import annotations

import json

import duckdb

from .db import NotFound, rows, scalar
from .filters import EventFilter, text_match

__all__ = ["MAX_LIMIT", "actors", "article", "articles", "event", "events", "map_bins", "quotes", "stats"]

MAX_LIMIT = 200
EVENT_COLUMNS = ("id, article_id, date, event_type, quad, goldstein, confidence, asserted, "
                 "actor_name, actor_country, actor_code, recipient_name, recipient_country, recipient_code, "
                 "place_name, place_country, lat, lon, trigger, sentence")


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def events(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter(), *, limit: int = 50,
           offset: int = 0) -> dict:
    limit, offset = _page(limit, offset)
    where, params = flt.where()
    # events per date, newest first: the total, and the oldest date the page can reach
    per_date = rows(con, f"SELECT date, count(*) AS n FROM events WHERE {where} "
                         "GROUP BY date ORDER BY date DESC NULLS LAST", params)
    total = sum(r["n"] for r in per_date)
    cut = _oldest_date_needed(per_date, offset + limit)
    if cut is not None:  # the sort then sees only the newest rows (5x faster on a first page of 1M)
        where, params = f"{where} AND date >= CAST(? AS DATE)", params + [cut]
    # sort only (date, id) to find the page, then fetch its rows: three times faster than
    # sorting every column at deep offsets on a million events
    ids = [r["id"] for r in rows(con, f"SELECT id FROM events WHERE {where} "
                                      "ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?", params + [limit, offset])]
    found = {}
    if ids:
        marks = ", ".join("?" * len(ids))
        found = {r["id"]: r for r in rows(con, f"SELECT {EVENT_COLUMNS} FROM events WHERE id IN ({marks})", ids)}
    return {"total": total, "limit": limit, "offset": offset, "items": [found[i] for i in ids]}


def _oldest_date_needed(per_date: list[dict], rows_needed: int) -> str | None:
    """The newest date by which ``rows_needed`` events (newest first) are covered; None when the
    page reaches undated events (they sort last) or beyond the end."""
    seen = 0
    for r in per_date:
        if r["date"] is None:
            return None
        seen += r["n"]
        if seen >= rows_needed:
            return r["date"]
    return None


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict:
    """One event with its full record, article text, quotes and the spans to highlight."""
    found = rows(con, f"SELECT {EVENT_COLUMNS}, record FROM events WHERE id = ?", [event_id])
    if not found:
        raise NotFound(f"no event {event_id!r}")
    ev = found[0]
    record = json.loads(ev.pop("record")) if ev.get("record") else {}
    art = article(con, ev["article_id"], with_text=True)
    quote_rows = rows(con, "SELECT id, text, start, \"end\", speaker_name, speaker_country, speaker_code, "
                           "speaker_text, cue, kind, event_ids FROM quotes WHERE article_id = ? ORDER BY start",
                      [ev["article_id"]])
    linked = set(record.get("quotes") or ())
    for q in quote_rows:
        q["linked"] = q["id"] in linked or event_id in (q.pop("event_ids") or ())
    return {"event": ev, "record": record, "article": art, "quotes": quote_rows,
            "highlights": _highlights(record, quote_rows, art.get("text") or "")}


def _highlights(record: dict, quote_rows: list[dict], text: str) -> list[dict]:
    """Character spans of evidence sentences, triggers, the event place and linked quotes."""
    spans = []
    for ev in record.get("evidence") or ():
        spans.append({"kind": "sentence", "start": ev["start"], "end": ev["end"]})
        spans.append({"kind": "trigger", "start": ev["trigger_start"], "end": ev["trigger_end"],
                      "label": ev.get("trigger")})
    loc = record.get("location") or {}
    if loc.get("start") is not None and loc.get("end") is not None:
        spans.append({"kind": "place", "start": loc["start"], "end": loc["end"], "label": loc.get("name")})
    for q in quote_rows:
        if q["linked"]:
            spans.append({"kind": "quote", "start": q["start"], "end": q["end"], "label": q.get("speaker_name")})
    # drop spans that do not fit the text (a corrupt record must not break the page)
    return sorted((s for s in spans if 0 <= s["start"] < s["end"] <= len(text)),
                  key=lambda s: (s["start"], -s["end"]))


def article(con: duckdb.DuckDBPyConnection, article_id: str, *, with_text: bool = True) -> dict:
    cols = "id, title, url, source, published, reference_date, origin, near_dup_of" + (", text" if with_text else "")
    found = rows(con, f"SELECT {cols} FROM articles WHERE id = ?", [article_id])
    if not found:
        raise NotFound(f"no article {article_id!r}")
    art = found[0]
    art["events"] = scalar(con, "SELECT count(*) FROM events WHERE article_id = ?", [article_id])
    return art


def articles(con: duckdb.DuckDBPyConnection, *, text: str | None = None, source: str | None = None,
             limit: int = 50, offset: int = 0) -> dict:
    limit, offset = _page(limit, offset)
    parts, params = ["TRUE"], []
    if text:
        title_sql, title_params = text_match("title", text)
        text_sql, text_params = text_match("text", text)
        parts.append(f"({title_sql} OR {text_sql})")
        params += title_params + text_params
    if source:
        parts.append("source = ?")
        params.append(source)
    where = " AND ".join(parts)
    total = scalar(con, f"SELECT count(*) FROM articles WHERE {where}", params)
    items = rows(con, f"SELECT id, title, url, source, published FROM articles WHERE {where} "
                      "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None, text: str | None = None,
           article_id: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    limit, offset = _page(limit, offset)
    parts, params = ["TRUE"], []
    if speaker:
        name_sql, name_params = text_match("q.speaker_name", speaker)
        parts.append(f"(q.speaker_code = ? OR q.speaker_country = ? OR {name_sql})")
        params += [speaker.upper(), speaker.upper()] + name_params
    if text:
        text_sql, text_params = text_match("q.text", text)
        parts.append(text_sql)
        params += text_params
    if article_id:
        parts.append("q.article_id = ?")
        params.append(article_id)
    where = " AND ".join(parts)
    total = scalar(con, f"SELECT count(*) FROM quotes q WHERE {where}", params)
    items = rows(con, f"""SELECT q.id, q.article_id, q.text, q.start, q."end", q.speaker_name, q.speaker_country,
                                 q.speaker_code, q.cue, q.kind, a.title, a.published
                          FROM quotes q LEFT JOIN articles a ON a.id = q.article_id WHERE {where}
                          ORDER BY a.published DESC NULLS LAST, q.id LIMIT ? OFFSET ?""", params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def actors(con: duckdb.DuckDBPyConnection, *, text: str | None = None, limit: int = 50) -> list[dict]:
    """Actors (by CAMEO code, else country, else name) with their event counts as actor and recipient."""
    limit, _ = _page(limit, 0)
    match, params = "TRUE", []
    if text:
        name_sql, name_params = text_match("name", text)
        match = f"(key = ? OR {name_sql})"
        params = [text.upper()] + name_params
    return rows(con, f"""
        WITH sides AS (
            SELECT coalesce(actor_code, actor_country, actor_name) AS key, actor_name AS name,
                   actor_country AS country, 1 AS as_actor, 0 AS as_recipient FROM events
            UNION ALL
            SELECT coalesce(recipient_code, recipient_country, recipient_name), recipient_name,
                   recipient_country, 0, 1 FROM events)
        SELECT key AS id, mode(name) AS name, mode(country) AS country, count(*) AS events,
               sum(as_actor) AS as_actor, sum(as_recipient) AS as_recipient
        FROM sides WHERE key IS NOT NULL AND {match}
        GROUP BY key ORDER BY events DESC, key LIMIT ?""", params + [limit])


def map_bins(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter(), *, cell: float = 0.5,
             limit: int = 2000) -> list[dict]:
    """Event locations binned on a lat/lon grid of ``cell`` degrees (the map draws bins, not events)."""
    cell = min(max(float(cell), 0.01), 10.0)
    limit = max(1, min(int(limit), 5000))
    where, params = flt.where()
    return rows(con, f"""
        SELECT round(floor(lat / ?) * ? + ? / 2, 4) AS lat, round(floor(lon / ?) * ? + ? / 2, 4) AS lon,
               count(*) AS events, round(avg(goldstein), 3) AS goldstein_mean,
               min(place_name) AS place  -- a name in the cell (mode() would cost 2.5x the query)
        FROM events WHERE {where} AND lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY 1, 2 ORDER BY events DESC LIMIT ?""", [cell] * 6 + params + [limit])


def stats(con: duckdb.DuckDBPyConnection) -> dict:
    totals = rows(con, """SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM articles) AS articles,
                                 (SELECT count(*) FROM quotes) AS quotes,
                                 (SELECT min(date) FROM events) AS first, (SELECT max(date) FROM events) AS last""")[0]
    totals["types"] = rows(con, "SELECT event_type AS type, count(*) AS events FROM events GROUP BY 1 ORDER BY 2 DESC")
    totals["quads"] = rows(con, "SELECT quad, count(*) AS events FROM events GROUP BY 1 ORDER BY 1")
    return totals
