"""Run deduplication over a store: near-duplicate articles, then canonical events.

Both passes read the store, compute in Python and write back in Arrow batches. They are
recomputed from scratch on every ingest, so the result never depends on arrival order of
batches (only on the articles' own dates).
"""
from __future__ import annotations

import json

import pyarrow as pa

from ..store import Store
from .cluster import Canonical, Frame, cluster_frames, summarise
from .near import find_near_duplicates, signature_bytes

__all__ = ["mark_near_duplicates", "rebuild_canonical_events", "update"]


def _fill_signatures(store: Store) -> None:
    missing = store.rows("SELECT id, text FROM articles WHERE minhash IS NULL")
    if not missing:
        return
    table = pa.table({"id": [r[0] for r in missing], "sig": [signature_bytes(r[1]) for r in missing]})
    store.con.register("_sigs", table)
    try:
        store.exec("UPDATE articles SET minhash = s.sig FROM _sigs s WHERE articles.id = s.id")
    finally:
        store.con.unregister("_sigs")


def mark_near_duplicates(store: Store, threshold: float = 0.5) -> int:
    """Set articles.near_dup_of; returns the number of articles marked."""
    _fill_signatures(store)
    rows = store.rows("SELECT id, minhash FROM articles ORDER BY coalesce(published, DATE '9999-12-31'), "
                      "ingested_at, id")
    found = find_near_duplicates(rows, threshold)
    table = pa.table({"id": pa.array(list(found), pa.string()), "dup": pa.array(list(found.values()), pa.string())})
    store.con.register("_dups", table)
    try:
        store.exec("UPDATE articles SET near_dup_of = NULL WHERE near_dup_of IS NOT NULL")
        store.exec("UPDATE articles SET near_dup_of = d.dup FROM _dups d WHERE articles.id = d.id")
    finally:
        store.con.unregister("_dups")
    return len(found)


# actor keys: the CAMEO code, else the country, else the name; Kosovo's three spellings are one
_FRAMES_SQL = """
SELECT e.id, e.article_id, e.event_type,
       regexp_replace(coalesce(e.actor_code, e.actor_country, lower(e.actor_name)), '^(KOS|KSV)', 'XKX') AS actor,
       regexp_replace(coalesce(e.recipient_code, e.recipient_country, lower(e.recipient_name)), '^(KOS|KSV)', 'XKX')
           AS recipient,
       e.date, e.date_value, e.place_name, coalesce(a.source, a.url, a.origin) AS source,
       coalesce(CAST(a.published AS TIMESTAMP), a.ingested_at) AS seen
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.asserted
"""


def _frames(store: Store) -> list[Frame]:
    return [Frame(*row) for row in store.rows(_FRAMES_SQL)]


def _canonical_table(store: Store, clusters: list[Canonical]) -> pa.Table:
    wanted = {c.first.id for c in clusters} | {c.place_from for c in clusters if c.place_from}
    info = {r[0]: r[1:] for r in store.rows(
        "SELECT e.id, e.actor_code, e.recipient_code, e.actor_country, e.recipient_country, e.quad, "
        "e.goldstein, e.place_name, e.place_country, e.lat, e.lon, a.url FROM events e "
        "JOIN articles a ON a.id = e.article_id WHERE e.id IN (SELECT unnest(?))", [sorted(wanted)])}
    rows = []
    for c in clusters:
        ac, rc, acty, rcty, quad, gold, _, _, _, _, url = info[c.first.id]
        pname, pcty, lat, lon = info[c.place_from][6:10] if c.place_from else (None, None, None, None)
        rows.append((c.id, c.first.event_type, ac, rc, acty, rcty, c.date, quad, gold, c.num_mentions,
                     c.num_articles, c.num_sources, c.first_seen, json.dumps(c.conflicts) if c.conflicts else None,
                     pname, pcty, lat, lon, c.first.article_id, url))
    names = ["id", "event_type", "actor_code", "recipient_code", "actor_country", "recipient_country", "date",
             "quad", "goldstein", "num_mentions", "num_articles", "num_sources", "first_seen", "conflicts",
             "place_name", "place_country", "lat", "lon", "first_article_id", "source_url"]
    return pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})


def rebuild_canonical_events(store: Store, window_days: int = 1) -> int:
    """Recluster every asserted event; returns the number of canonical events."""
    clusters = [summarise(g) for g in cluster_frames(_frames(store), window_days)]
    canon = _canonical_table(store, clusters)
    links = pa.table({"event_id": [f.id for c in clusters for f in c.members],
                      "cid": [c.id for c in clusters for _ in c.members]})
    con = store.con
    store.exec("BEGIN TRANSACTION")
    try:
        store.exec("DELETE FROM canonical_events")
        con.register("_canon", canon)
        con.register("_links", links)
        cols = ", ".join(canon.column_names)
        store.exec(f"INSERT INTO canonical_events ({cols}) SELECT {cols} FROM _canon")
        store.exec("UPDATE events SET canonical_id = NULL WHERE canonical_id IS NOT NULL")
        store.exec("UPDATE events SET canonical_id = l.cid FROM _links l WHERE events.id = l.event_id")
        store.exec("UPDATE mentions SET canonical_id = l.cid FROM _links l WHERE mentions.event_id = l.event_id")
        store.exec("COMMIT")
    except Exception:
        store.exec("ROLLBACK")
        raise
    finally:
        con.unregister("_canon")
        con.unregister("_links")
    return len(clusters)


def update(store: Store, *, threshold: float = 0.5, window_days: int = 1) -> dict[str, int]:
    return {"near_duplicates": mark_near_duplicates(store, threshold),
            "canonical_events": rebuild_canonical_events(store, window_days)}
