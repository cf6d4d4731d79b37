"""Build the actor knowledge files shipped in src/eventwatch/data/actors/.

Usage (from the project root; needs the ../shared folder beside it)::

    .venv/bin/python scripts/build_actors.py [--shared ../shared] [--out src/eventwatch/data/actors]

Inputs (each folder's SOURCE.md gives licence and attribution) and outputs:

    countries.json.gz   <- data/countries (mledoze ODbL 1.0 + dr5hn ODbL 1.0)      ODbL 1.0
    leaders.tsv.gz      <- data/leaders Wikidata exports (CC0) + actor_facts/leaders.tsv
    igos.json.gz        <- actor_facts/igos.tsv + data/igos Phoenix (MIT); Wikidata ids
                           looked up in SupraVerden (the ids are CC0 Wikidata facts)
    igos-supraverden.json.gz <- data/igos SupraVerden names/abbreviations    CC BY-SA 4.0
    groups.json.gz      <- data/armed-groups UCDP actors + conflicts (CC BY 4.0)
                           + Phoenix MilNonState (MIT)
    outlets.tsv.gz      <- data/news-outlets Fundus list (MIT) + actor_facts/outlets.tsv
    facts.json.gz       <- actor_facts/ethnic.tsv, regions.tsv, armed.tsv (ours, Apache-2.0)
    MANIFEST.json       record counts and sources

The build is deterministic (sorted output, gzip mtime 0): rerunning it on the same inputs
gives byte-identical files.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _actors_sources import (  # noqa: E402  (helper module beside this script)
    read_countries, read_groups, read_igos, read_leaders, read_outlets, read_facts, read_supraverden,
)


def write_json_gz(path: Path, data) -> None:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    _write_gz(path, raw)


def write_tsv_gz(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    _write_gz(path, buf.getvalue().encode())


def _write_gz(path: Path, raw: bytes) -> None:
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)


def build(shared: Path, out: Path) -> dict:
    data = shared / "data"
    facts = HERE / "actor_facts"
    out.mkdir(parents=True, exist_ok=True)
    countries = read_countries(data / "countries")
    names_to_iso = {n.lower(): c["code"] for c in countries for n in [c["name"], *c["aliases"]]}
    supra = read_supraverden(data / "igos" / "supraverden-general_list.yaml")
    igos = read_igos(facts / "igos.tsv", data / "igos" / "Phoenix.International.actors.txt", supra)
    leaders = read_leaders(data / "leaders", facts / "leaders.tsv", countries)
    groups = read_groups(data / "armed-groups", names_to_iso)
    outlets = read_outlets(data / "news-outlets" / "fundus-publishers.tsv", facts / "outlets.tsv")
    extra = read_facts(facts / "ethnic.tsv", facts / "regions.tsv", facts / "armed.tsv")

    write_json_gz(out / "countries.json.gz", countries)
    write_tsv_gz(out / "leaders.tsv.gz", ["qid", "name", "country", "role", "title", "start", "end", "source"], leaders)
    write_json_gz(out / "igos.json.gz", igos)
    write_json_gz(out / "igos-supraverden.json.gz", supra)
    write_json_gz(out / "groups.json.gz", groups)
    write_tsv_gz(out / "outlets.tsv.gz", ["name", "aliases", "country", "kind", "source"], outlets)
    write_json_gz(out / "facts.json.gz", extra)
    manifest = {
        "built_by": "scripts/build_actors.py",
        "files": {
            "countries.json.gz": {"records": len(countries), "licence": "ODbL-1.0",
                                  "sources": ["mledoze/countries", "dr5hn/countries-states-cities-database"]},
            "leaders.tsv.gz": {"records": len(leaders), "licence": "CC0-1.0 (Wikidata) + Apache-2.0 (hand facts)",
                               "sources": ["cfmessias/geografia", "every-politician-scrapers/world-leaders-2021",
                                           "every-politician-scrapers/world", "scripts/actor_facts/leaders.tsv"]},
            "igos.json.gz": {"records": len(igos), "licence": "MIT (Phoenix) + Apache-2.0 (hand facts); Wikidata ids CC0",
                             "sources": ["openeventdata/petrarch2", "scripts/actor_facts/igos.tsv"]},
            "igos-supraverden.json.gz": {"records": len(supra), "licence": "CC-BY-SA-4.0",
                                         "sources": ["confirmordeny/supraverden"]},
            "groups.json.gz": {"records": len(groups), "licence": "CC-BY-4.0 (UCDP) + MIT (Phoenix)",
                               "sources": ["UCDP Actor 22.1", "UCDP/PRIO ACD 25.1", "openeventdata/petrarch2"]},
            "outlets.tsv.gz": {"records": len(outlets), "licence": "MIT (Fundus) + Apache-2.0 (hand facts)",
                               "sources": ["flairNLP/fundus", "scripts/actor_facts/outlets.tsv"]},
            "facts.json.gz": {"records": len(extra), "licence": "Apache-2.0",
                              "sources": ["scripts/actor_facts/ethnic.tsv", "scripts/actor_facts/regions.tsv",
                                          "scripts/actor_facts/armed.tsv"]},
        },
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    root = HERE.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--out", type=Path, default=root / "src" / "eventwatch" / "data" / "actors")
    args = ap.parse_args(argv)
    manifest = build(args.shared, args.out)
    for name, info in manifest["files"].items():
        print(f"{name}: {info['records']} records ({info['licence']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
