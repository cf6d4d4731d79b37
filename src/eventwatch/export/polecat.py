"""POLECAT-style TSV: one row per event, the columns POLECAT users know."""
from __future__ import annotations

import csv
from typing import IO

from ..store import Store
from .plover import plover_records

__all__ = ["POLECAT_COLUMNS", "polecat_row", "write_polecat"]

POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor Primary Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
    "Actor Wikipedia ID", "Actor Code",
    "Recipient Name", "Recipient Country", "Recipient Primary Sector", "Recipient Sectors", "Recipient Title",
    "Recipient Name Raw", "Recipient Wikipedia ID", "Recipient Code",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Language", "Version",
)
VERSION = "eventwatch-0.1"


def _side(actors: list[dict]) -> list:
    """Several actors stay in one cell, joined by ';' (POLECAT's convention for compound actors)."""
    def cell(key):
        return ";".join(str(a.get(key)) for a in actors if a.get(key)) or ""
    return [cell("actor"), cell("country"), cell("sector"),
            ";".join(",".join(a.get("sectors") or []) for a in actors), cell("title"), cell("text"),
            cell("wikidata"), cell("code")]


def _place(loc: dict | None) -> list:
    if not loc:
        return [""] * 10
    city = loc.get("name") if loc.get("resolution") == "city" else ""
    return [loc.get("name") or "", city or "", "", loc.get("admin1") or "", loc.get("country") or "",
            loc.get("lat") if loc.get("lat") is not None else "", loc.get("lon") if loc.get("lon") is not None else "",
            loc.get("geonames_id") or "", loc.get("text") or "", loc.get("feature") or ""]


def polecat_row(p: dict, goldstein: float | None) -> list:
    cite = p.get("cite_info") or {}
    return [p["id"], p.get("date") or "", p["event"][0], ";".join(p.get("mode") or []),
            goldstein if goldstein is not None else "", p.get("quad_code") or "", ";".join(p.get("context") or []),
            *_side(p.get("actor") or []), *_side(p.get("recipient") or []), *_place(p.get("event_loc")),
            cite.get("publication") or "", cite.get("publication_date") or "", "en", VERSION]


def write_polecat(store: Store, out: IO[str], kosovo: str) -> int:
    scores = dict(store.rows("SELECT id, goldstein FROM events"))
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(POLECAT_COLUMNS)
    n = 0
    for p in plover_records(store, kosovo):
        writer.writerow(polecat_row(p, scores.get(p["id"])))
        n += 1
    return n


