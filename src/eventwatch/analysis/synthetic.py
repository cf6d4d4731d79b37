"""Synthetic stores for tests, demos and performance checks (made-up events, no real text).

``generate(path, events=1_000_000)`` writes a store with the real schema (store/schema.sql):
articles of a few template sentences, one event per sentence with valid evidence offsets,
one quote per article, and a few "crisis weeks" per country pair where conflict dominates,
so timelines and escalation alerts have something to find. Deterministic for a seed.

    python -m eventwatch.analysis.synthetic /tmp/synthetic.duckdb --events 1000000
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from importlib import resources
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa

__all__ = ["create_store", "generate", "insert_rows"]

# code, adjective/name used in sentences, capital, lat, lon
COUNTRIES = [
    ("SRB", "Serbian", "Belgrade", 44.82, 20.46), ("XKX", "Kosovo", "Pristina", 42.66, 21.17),
    ("RUS", "Russian", "Moscow", 55.76, 37.62), ("UKR", "Ukrainian", "Kyiv", 50.45, 30.52),
    ("USA", "US", "Washington", 38.90, -77.04), ("CHN", "Chinese", "Beijing", 39.90, 116.40),
    ("FRA", "French", "Paris", 48.86, 2.35), ("DEU", "German", "Berlin", 52.52, 13.40),
    ("TUR", "Turkish", "Ankara", 39.93, 32.86), ("IRN", "Iranian", "Tehran", 35.69, 51.39),
    ("IND", "Indian", "New Delhi", 28.61, 77.21), ("PAK", "Pakistani", "Islamabad", 33.68, 73.05),
    ("ARM", "Armenian", "Yerevan", 40.18, 44.51), ("AZE", "Azerbaijani", "Baku", 40.41, 49.87),
    ("ETH", "Ethiopian", "Addis Ababa", 9.03, 38.74), ("SDN", "Sudanese", "Khartoum", 15.50, 32.56),
    ("VEN", "Venezuelan", "Caracas", 10.48, -66.90), ("COL", "Colombian", "Bogota", 4.71, -74.07),
    ("GBR", "British", "London", 51.51, -0.13), ("JPN", "Japanese", "Tokyo", 35.68, 139.69),
    ("KOR", "South Korean", "Seoul", 37.57, 126.98), ("PRK", "North Korean", "Pyongyang", 39.04, 125.76),
    ("EGY", "Egyptian", "Cairo", 30.04, 31.24), ("NGA", "Nigerian", "Abuja", 9.08, 7.40),
    ("BRA", "Brazilian", "Brasilia", -15.79, -47.88), ("ZAF", "South African", "Pretoria", -25.75, 28.19),
]
SECTORS = [("GOV", "government"), ("MIL", "army"), ("COP", "police"), ("OPP", "opposition")]
# PLOVER type, quad, CAMEO root, Goldstein, trigger, sentence template ({a} {t} {b} ...)
TYPES = [
    ("CONSULT", 1, "04", 1.0, "met", "{a} {t} the {b} in {p}"),
    ("SUPPORT", 1, "05", 3.5, "praised", "{a} {t} the {b} for its restraint"),
    ("AGREE", 1, "03", 4.0, "pledged", "{a} {t} to work with the {b}"),
    ("AID", 2, "07", 7.0, "delivered", "{a} {t} food aid to the {b} near {p}"),
    ("COOPERATE", 2, "06", 6.0, "exchanged", "{a} {t} prisoners with the {b}"),
    ("REQUEST", 3, "10", -5.0, "urged", "{a} {t} the {b} to reopen the border"),
    ("ACCUSE", 3, "11", -2.0, "accused", "{a} {t} the {b} of provocations"),
    ("THREATEN", 3, "13", -4.4, "threatened", "{a} {t} the {b} with sanctions"),
    ("PROTEST", 4, "14", -6.5, "protested", "Supporters of the {a} {t} against the {b} in {p}"),
    ("MOBILIZE", 4, "15", -7.2, "deployed", "{a} {t} troops toward the {b} near {p}"),
    ("COERCE", 4, "17", -7.0, "arrested", "{a} {t} members of the {b} in {p}"),
    ("ASSAULT", 4, "18", -9.0, "shelled", "{a} {t} positions of the {b} near {p}"),
]
START, DAYS = dt.date(2020, 1, 6), 7 * 350
SCHEMA = resources.files("eventwatch") / "store" / "schema.sql"


def create_store(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A new writable store with the project schema (the caller closes it)."""
    con = duckdb.connect(str(path))
    con.execute(SCHEMA.read_text(encoding="utf-8"))
    return con


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Insert dicts by column name (missing columns stay NULL); ``table`` is a trusted name."""
    if not rows:
        return
    # the union of keys: from_pylist would keep only the first row's columns
    names = list(dict.fromkeys(k for row in rows for k in row))
    batch = pa.table({k: [row.get(k) for row in rows] for k in names})
    con.register("_batch", batch)
    try:
        con.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM _batch')
    finally:
        con.unregister("_batch")


class _Maker:
    """Builds articles, events and quotes for one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        # a skewed pair distribution: some dyads are busy, most are quiet
        pairs = [(a, b) for a in range(len(COUNTRIES)) for b in range(len(COUNTRIES)) if a < b]
        self.rng.shuffle(pairs)
        pairs.remove((0, 1))  # Serbia-Kosovo first: the busiest dyad, as in the project's example
        self.pairs = [(0, 1)] + pairs
        self.weights = [1.0 / (i + 1) ** 0.9 for i in range(len(self.pairs))]
        self.hostility = {p: self.rng.uniform(0.15, 0.7) for p in self.pairs}
        self.crises = {p: {self.rng.randrange(DAYS // 7) for _ in range(3)} for p in self.pairs}

    def article(self, n: int, n_events: int) -> tuple[dict, list[dict], dict]:
        rng = self.rng
        art_id = f"syn-a{n:07d}"
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        pair = rng.choices(self.pairs, self.weights)[0]
        hostile = self.hostility[pair] + (0.6 if (day - START).days // 7 in self.crises[pair] else 0.0)
        parts, events, offset = [], [], 0
        for k in range(n_events):
            a, b = pair if rng.random() < 0.5 else pair[::-1]
            conflict = rng.random() < min(hostile, 0.95)
            etype = rng.choice([t for t in TYPES if (t[1] >= 3) == conflict])
            sentence, ev = self._event(f"{art_id}-e{k}", art_id, day, a, b, etype, offset)
            parts.append(sentence)
            events.append(ev)
            offset += len(sentence) + 1
        speaker = COUNTRIES[pair[0]]
        quote = "We will not give up our people"
        q_sentence = f'"{quote}," the {speaker[1]} president said.'
        q_start = offset + 1
        text = " ".join(parts + [q_sentence])
        q_row = {"id": f"{art_id}-q0", "article_id": art_id, "text": quote, "start": q_start,
                 "end": q_start + len(quote), "speaker_name": f"{speaker[1]} president", "speaker_country": speaker[0],
                 "speaker_code": speaker[0] + "GOV", "speaker_text": f"the {speaker[1]} president", "cue": "said",
                 "kind": "direct", "event_ids": [events[0]["id"]]}
        art = {"id": art_id, "content_hash": f"{n:064x}", "title": f"Synthetic report {n}",
               "url": f"https://news.invalid/{art_id}", "source": rng.choice(["Daily Example", "Example Wire",
                                                                              "Sample Times"]),
               "published": day, "reference_date": day.isoformat(), "text": text, "origin": "synthetic",
               "coder": "synthetic", "ingested_at": dt.datetime(2026, 11, 1)}
        return art, events, q_row

    def _event(self, ev_id: str, art_id: str, day: dt.date, a: int, b: int, etype: tuple, offset: int):
        rng = self.rng
        ca, cb = COUNTRIES[a], COUNTRIES[b]
        sa, sb = rng.choice(SECTORS), rng.choice(SECTORS)
        name_a, name_b = f"{ca[1]} {sa[1]}", f"{cb[1]} {sb[1]}"
        place = rng.choice([ca, cb])
        lat, lon = place[3] + rng.gauss(0, 0.4), place[4] + rng.gauss(0, 0.4)
        sentence = etype[5].format(a=("The " + name_a) if not etype[5].startswith("Supp") else name_a,
                                   t=etype[4], b=name_b, p=place[2]) + "."
        t_start = offset + sentence.index(etype[4])
        p_at = sentence.find(place[2])
        negated = rng.random() < 0.03
        record = {
            "id": ev_id, "article_id": art_id, "event_type": etype[0], "mode": [], "asserted": not negated,
            "aux_modes": ["negation"] if negated else [], "quad": etype[1], "cameo_root": etype[2],
            "goldstein": etype[3], "confidence": 0.8, "coder": "synthetic",
            "actor": [{"text": name_a, "name": name_a, "country": ca[0], "sector": sa[0], "code": ca[0] + sa[0]}],
            "recipient": [{"text": name_b, "name": name_b, "country": cb[0], "sector": sb[0], "code": cb[0] + sb[0]}],
            "date": {"value": day.isoformat(), "granularity": "day", "source": "publication-fallback"},
            "location": {"text": place[2], "start": offset + p_at, "end": offset + p_at + len(place[2]),
                         "name": place[2], "country": place[0], "lat": lat, "lon": lon} if p_at >= 0 else None,
            "evidence": [{"sentence": sentence, "start": offset, "end": offset + len(sentence), "trigger": etype[4],
                          "trigger_start": t_start, "trigger_end": t_start + len(etype[4])}],
            "quotes": [], "context": [],
        }
        row = {"id": ev_id, "article_id": art_id, "event_type": etype[0], "mode": [], "aux_modes": record["aux_modes"],
               "asserted": not negated, "quad": etype[1], "cameo_root": etype[2], "goldstein": etype[3],
               "confidence": 0.8, "coder": "synthetic", "actor_name": name_a, "actor_country": ca[0],
               "actor_sector": sa[0], "actor_code": ca[0] + sa[0], "recipient_name": name_b,
               "recipient_country": cb[0], "recipient_sector": sb[0], "recipient_code": cb[0] + sb[0],
               "date": day, "date_value": day.isoformat(), "date_granularity": "day",
               "date_source": "publication-fallback", "place_name": place[2], "place_country": place[0],
               "lat": lat, "lon": lon, "trigger": etype[4], "sentence": sentence,
               "record": json.dumps(record, separators=(",", ":"))}
        return sentence, row


def _batches(total_events: int, per_article: int, batch_articles: int, seed: int) -> Iterable[tuple]:
    maker = _Maker(seed)
    made, n = 0, 0
    while made < total_events:
        arts, evs, qs = [], [], []
        while len(arts) < batch_articles and made < total_events:
            k = min(per_article, total_events - made)
            art, events, quote = maker.article(n, k)
            arts.append(art), evs.extend(events), qs.append(quote)
            made, n = made + k, n + 1
        yield arts, evs, qs


def generate(path: str | Path, events: int = 1_000_000, *, seed: int = 7, per_article: int = 4,
             batch_articles: int = 25_000) -> dict:
    """Write a new synthetic store at ``path`` (which must not exist); returns row counts."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    con = create_store(path)
    try:
        for arts, evs, qs in _batches(events, per_article, batch_articles, seed):
            insert_rows(con, "articles", arts)
            insert_rows(con, "events", evs)
            insert_rows(con, "quotes", qs)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                  for t in ("articles", "events", "quotes")}
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic eventwatch store.")
    parser.add_argument("path")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.path, args.events, seed=args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
