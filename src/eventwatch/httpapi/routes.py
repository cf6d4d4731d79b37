"""The /api endpoints: thin over eventwatch.analysis (same functions, same names).

Every parameter is validated and bounded here (lengths, page sizes, enumerations) and then
passed to parameterised SQL; nothing from the request is pasted into a query.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated, Iterator

import duckdb
import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import Field

from ..analysis import browse
from ..analysis.alerts import AlertRule, dyad_alerts
from ..analysis.filters import EventFilter
from ..analysis.network import actor_network, country_pairs
from ..analysis.timeline import dyad_timeline
from .cache import MISSING

__all__ = ["router"]

router = APIRouter()

Text = Annotated[str | None, Query(max_length=100)]
Code = Annotated[str, Query(min_length=2, max_length=40, pattern=r"^[A-Za-z0-9]+$")]
Limit = Annotated[int, Query(ge=1, le=browse.MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Freq = Annotated[str, Query(pattern="^(day|week|month)$")]
NOT_FOUND = {404: {"description": "No record with this id"}}


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A per-request cursor on the shared read-only connection."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def cached(request: Request, key: tuple, compute):
    """The result for ``key`` from the app's cache, computing it on a miss."""
    return request.app.state.cache.get(key, compute)


async def event_filter(
    actor: Text = None, recipient: Text = None,
    country: Annotated[str | None, Query(max_length=3, pattern="^[A-Za-z]{3}$")] = None,
    # item constraints live in the OpenAPI description too, so clients (and schemathesis) know them
    type: Annotated[list[Annotated[str, Field(pattern=r"^[A-Za-z]{1,20}$")]],  # noqa: A002 - the API's name
                    Query(max_length=20)] = [],
    quad: Annotated[list[Annotated[int, Field(ge=1, le=4)]], Query(max_length=4)] = [],
    date_from: dt.date | None = None, date_to: dt.date | None = None,
    place: Text = None, q: Text = None, asserted: bool | None = None, article_id: Text = None,
) -> EventFilter:
    """Filters shared by /events, /network and /map (repeat ``type`` or ``quad`` for several).

    ``async`` only so that FastAPI builds it on the event loop instead of a threadpool hop.
    """
    return EventFilter(actor=actor, recipient=recipient, country=country, event_type=tuple(type),
                       quad=tuple(quad), date_from=date_from, date_to=date_to, place=place, text=q,
                       asserted=asserted, article_id=article_id)


Filter = Annotated[EventFilter, Depends(event_filter)]


@router.get("/stats", summary="Totals, date range and counts per type and quad")
def stats(request: Request, con: Con) -> dict:
    return cached(request, ("stats",), lambda: browse.stats(con))


@router.get("/events", summary="Events matching filters, newest first, one page", response_model=dict)
async def events(request: Request, flt: Filter, limit: Limit = 50, offset: Offset = 0) -> Response:
    """The busiest endpoint: pages are cached as JSON bytes and a hit never leaves the event loop
    (no threadpool, no cursor, no re-serialisation); a miss queries DuckDB in the threadpool."""
    key, cache = ("events", flt, limit, offset), request.app.state.cache
    body = cache.lookup(key)
    if body is MISSING:
        body = await request.app.state.flights.run(key, lambda: _events_json(request.app.state.con, flt, limit, offset))
        cache.put(key, body)
    return Response(body, media_type="application/json")


def _events_json(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int, offset: int) -> bytes:
    cur = con.cursor()
    try:
        return orjson.dumps(browse.events(cur, flt, limit=limit, offset=offset))
    finally:
        cur.close()


@router.get("/events/{event_id}", summary="One event with its record, article text, quotes and evidence spans",
            responses=NOT_FOUND)
def event(con: Con, event_id: Annotated[str, Path(max_length=200)]) -> dict:
    return browse.event(con, event_id)


@router.get("/dyads", summary="Country pairs by event count, with the conflict-cooperation index")
def dyads(request: Request, con: Con, flt: Filter, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[dict]:
    return cached(request, ("dyads", flt, limit), lambda: country_pairs(con, flt, limit=limit))


@router.get("/timeline", summary="Dyad timeline: counts per type and quad, Goldstein and PLOVER sums")
def timeline(request: Request, con: Con, a: Code, b: Code, freq: Freq = "week", directed: bool = False,
             date_from: dt.date | None = None, date_to: dt.date | None = None) -> dict:
    key = ("timeline", a.upper(), b.upper(), freq, directed, date_from, date_to)
    return cached(request, key, lambda: dyad_timeline(con, a, b, freq=freq, directed=directed, date_from=date_from,
                                                      date_to=date_to).as_dict())


@router.get("/alerts", summary="Escalation alerts for a dyad: weekly Goldstein z-score vs trailing window")
def alerts(request: Request, con: Con, a: Code, b: Code, window: Annotated[int, Query(ge=2, le=104)] = 8,
           threshold: Annotated[float, Query(gt=0, le=10)] = 2.0,
           min_events: Annotated[int, Query(ge=0, le=1000)] = 3) -> dict:
    rule = AlertRule(window=window, threshold=threshold, min_events=min_events)
    return {"a": a.upper(), "b": b.upper(), "rule": asdict(rule),
            "alerts": cached(request, ("alerts", a.upper(), b.upper(), rule),
                             lambda: [x.as_dict() for x in dyad_alerts(con, a, b, rule)])}


@router.get("/network", summary="Actor network: the busiest actor→recipient edges and their nodes")
def network(request: Request, con: Con, flt: Filter, max_edges: Annotated[int, Query(ge=1, le=500)] = 150) -> dict:
    return cached(request, ("network", flt, max_edges), lambda: actor_network(con, flt, max_edges=max_edges))


@router.get("/actors", summary="Actors by event count (CAMEO code, else country, else name)")
def actors(request: Request, con: Con, q: Text = None, limit: Limit = 50) -> list[dict]:
    return cached(request, ("actors", q, limit), lambda: browse.actors(con, text=q, limit=limit))


@router.get("/map", summary="Event locations binned on a lat/lon grid")
def map_bins(request: Request, con: Con, flt: Filter, cell: Annotated[float, Query(ge=0.05, le=10)] = 0.5,
             limit: Annotated[int, Query(ge=1, le=5000)] = 2000) -> list[dict]:
    return cached(request, ("map", flt, cell, limit), lambda: browse.map_bins(con, flt, cell=cell, limit=limit))


@router.get("/quotes", summary="Quotes with speakers, newest article first")
def quotes(request: Request, con: Con, speaker: Text = None, q: Text = None, article_id: Text = None,
           limit: Limit = 50, offset: Offset = 0) -> dict:
    return cached(request, ("quotes", speaker, q, article_id, limit, offset),
                  lambda: browse.quotes(con, speaker=speaker, text=q, article_id=article_id, limit=limit, offset=offset))


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, con: Con, q: Text = None, source: Text = None, limit: Limit = 50,
             offset: Offset = 0) -> dict:
    return cached(request, ("articles", q, source, limit, offset),
                  lambda: browse.articles(con, text=q, source=source, limit=limit, offset=offset))


@router.get("/articles/{article_id}", summary="One article with its text", responses=NOT_FOUND)
def article(con: Con, article_id: Annotated[str, Path(max_length=200)]) -> dict:
    return browse.article(con, article_id)
