"""Actor networks and country-pair summaries, aggregated in the store (fast on large stores)."""
from __future__ import annotations

import duckdb

from .db import rows
from .filters import EventFilter
from .scores import cci

__all__ = ["actor_network", "country_pairs"]

# the node key of a side: its CAMEO code, else its country. Unresolved sides ("students",
# "15 people") are left out: a network of raw phrases says little about who acts on whom.
_NODE = "coalesce({r}_code, {r}_country)"


def actor_network(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter(), *,
                  max_edges: int = 150) -> dict:
    """Directed actor→recipient edges (the ``max_edges`` busiest) between resolved actors, and their nodes."""
    where, params = flt.where()
    src, dst = _NODE.format(r="actor"), _NODE.format(r="recipient")
    edges = rows(con, f"""
        SELECT {src} AS source, {dst} AS target, count(*) AS events,
               round(avg(goldstein), 3) AS goldstein_mean,
               count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad IN (3, 4)) AS conflict
        FROM events WHERE {where} AND {src} IS NOT NULL AND {dst} IS NOT NULL AND {src} <> {dst}
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""", params + [max_edges])
    nodes: dict[str, dict] = {}
    for e in edges:
        e["cci"] = cci(e["cooperation"], e["conflict"])
        for key, role in ((e["source"], "out"), (e["target"], "in")):
            node = nodes.setdefault(key, {"id": key, "events": 0, "out": 0, "in": 0})
            node["events"] += e["events"]
            node[role] += e["events"]
    _label(con, nodes)
    return {"nodes": sorted(nodes.values(), key=lambda n: -n["events"]), "edges": edges}


def _label(con: duckdb.DuckDBPyConnection, nodes: dict[str, dict]) -> None:
    """Give each node its most frequent actor name and country (one query for all nodes)."""
    if not nodes:
        return
    keys = list(nodes)
    marks = ", ".join("?" * len(keys))
    found = rows(con, f"""
        SELECT {_NODE.format(r='actor')} AS id, mode(actor_name) AS name, mode(actor_country) AS country
        FROM events WHERE {_NODE.format(r='actor')} IN ({marks}) GROUP BY ALL""", keys)
    for r in found:
        nodes[r["id"]].update(name=r["name"], country=r["country"])
    for n in nodes.values():
        n.setdefault("name", n["id"])
        n.setdefault("country", None)


def country_pairs(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter(), *,
                  limit: int = 50) -> list[dict]:
    """Undirected country pairs with counts, Goldstein sum/mean and the conflict-cooperation index."""
    where, params = flt.where()
    found = rows(con, f"""
        SELECT least(actor_country, recipient_country) AS a, greatest(actor_country, recipient_country) AS b,
               count(*) AS events, round(sum(goldstein), 3) AS goldstein_sum,
               round(avg(goldstein), 3) AS goldstein_mean,
               count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad IN (3, 4)) AS conflict,
               min(date) AS first, max(date) AS last
        FROM events
        WHERE {where} AND actor_country IS NOT NULL AND recipient_country IS NOT NULL
              AND actor_country <> recipient_country
        GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?""", params + [limit])
    for r in found:
        r["cci"] = cci(r["cooperation"], r["conflict"])
    return found
