"""`eventwatch eval places PATH`: our place gold on Wikinews articles (see docs/places.md).

PATH is the Wikinews benchmark folder (../shared/benchmarks/wikinews). The gold set
(eval/gold/places-wikinews.tsv) holds only article file/row/url, character offsets, GeoNames
ids and a short note; the text is read from PATH. Articles split into dev and held-out by a
hash of the url, so the split never changes.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..evaluation import EvalReport
from ..model import Analysis, Article, Place
from ..settings import Settings
from .lookup import gazetteer
from .resolve import haversine_km

__all__ = ["GOLD", "GoldPlace", "evaluate", "load_gold", "split_of", "score"]

GOLD = Path(__file__).resolve().parents[3] / "eval" / "gold" / "places-wikinews.tsv"
KM = 161.0


@dataclass(frozen=True)
class GoldPlace:
    file: str
    row: int
    url_sha1: str  # sha1 hex of the article's URL: an id that carries no words of the article
    start: int
    end: int
    geonames_id: int | None
    note: str


def split_of(url_sha1: str) -> str:
    return "dev" if int(url_sha1, 16) % 2 == 0 else "held-out"


def load_gold(path: Path = GOLD) -> list[GoldPlace]:
    if not path.exists():
        raise ConfigError(f"place gold set missing: {path}")
    with open(path, encoding="utf-8", newline="") as fh:
        return [GoldPlace(r["file"], int(r["row"]), r["url_sha1"], int(r["start"]), int(r["end"]),
                          int(r["geonames_id"]) if r["geonames_id"] else None, r["note"])
                for r in csv.DictReader(fh, delimiter="\t")]


def evaluate(path: str, settings: Settings, split: str = "all") -> EvalReport:
    folder = Path(path)
    gold = [g for g in load_gold() if split == "all" or split_of(g.url_sha1) == split]
    articles = _articles(folder, gold)
    places = _run(articles, settings)
    metrics: dict = {}
    for name in (["all", "dev", "held-out"] if split == "all" else [split]):
        part = [g for g in gold if name == "all" or split_of(g.url_sha1) == name]
        prefix = "" if name == split else f"{name}."
        metrics.update({prefix + k: v for k, v in score(part, places).items()})
    return EvalReport(
        name="places", dataset="Wikinews articles (CC BY 2.5), our own place gold (eval/gold/places-wikinews.tsv)",
        metrics=metrics, rows=tuple(_errors(gold, places)), header=("article", "start", "gold id", "found", "why"),
        notes=("gold made by one annotator reading each article and marking every place mention",
               "span match = any overlap; accuracy is over gold mentions with a GeoNames id that were found",
               "unknown resolutions count as wrong in accuracy ('unknown beats a wrong pin' costs accuracy)"))


def _articles(folder: Path, gold: list[GoldPlace]) -> dict[tuple[str, int], Article]:
    wanted = {(g.file, g.row) for g in gold}
    out = {}
    csv.field_size_limit(1 << 30)
    for file in sorted({f for f, _ in wanted}):
        if not (folder / file).exists():
            raise ConfigError(f"{folder / file} not found: PATH must be the Wikinews benchmark folder")
        with open(folder / file, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if (file, i) in wanted:
                    out[(file, i)] = Article(id=f"{file}:{i}", text=row["text"], title=row["title"], url=row["url"])
    return out


def _run(articles: dict[tuple[str, int], Article], settings: Settings) -> dict[tuple[str, int], tuple[Place, ...]]:
    from ..pipeline import Pipeline

    stages = settings.stages[:settings.stages.index("places.gazetteer.v1") + 1]
    pipeline = Pipeline.from_settings(settings.with_(stages=stages))
    keys = list(articles)
    out = {}
    for key, result in zip(keys, pipeline.run(articles[k] for k in keys)):
        out[key] = result.places if isinstance(result, Analysis) else ()
    return out


def _match(g: GoldPlace, places: tuple[Place, ...]) -> Place | None:
    """The found place overlapping the gold span most (the tighter one on ties)."""
    best, best_key = None, None
    for p in places:
        overlap = min(p.end, g.end) - max(p.start, g.start)
        if overlap > 0:
            key = (overlap, -(p.end - p.start))
            if best_key is None or key > best_key:
                best, best_key = p, key
    return best


def _correct_km(g: GoldPlace, p: Place) -> bool:
    if p.geonames_id is not None and p.geonames_id == g.geonames_id:
        return True
    where = gazetteer().coordinates(g.geonames_id) if g.geonames_id is not None else None
    if p.lat is None or p.lon is None or where is None:
        return False
    return haversine_km(where[0], where[1], p.lat, p.lon) <= KM


def score(gold: list[GoldPlace], places: dict[tuple[str, int], tuple[Place, ...]]) -> dict[str, float | int]:
    found = with_id = km_ok = id_ok = 0
    for g in gold:
        p = _match(g, places.get((g.file, g.row), ()))
        found += p is not None
        if p is None or g.geonames_id is None:
            continue
        with_id += 1
        km_ok += _correct_km(g, p)
        id_ok += p.geonames_id == g.geonames_id
    system = hit = 0
    for key in {(g.file, g.row) for g in gold}:
        spans = [(g.start, g.end) for g in gold if (g.file, g.row) == key]
        for p in places.get(key, ()):
            system += 1
            hit += any(p.start < end and start < p.end for start, end in spans)
    return {"gold_mentions": len(gold), "span_recall": _ratio(found, len(gold)),
            "span_precision": _ratio(hit, system), "found_with_id": with_id,
            "accuracy_161km": _ratio(km_ok, with_id), "exact_id_accuracy": _ratio(id_ok, with_id)}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def _errors(gold: list[GoldPlace], places: dict) -> list[tuple]:
    rows = []
    for g in gold:
        p = _match(g, places.get((g.file, g.row), ()))
        if p is None:
            rows.append((f"{g.file}:{g.row}", g.start, g.geonames_id or "-", "-", "missed"))
        elif g.geonames_id is not None and not _correct_km(g, p):
            rows.append((f"{g.file}:{g.row}", g.start, g.geonames_id, p.geonames_id or p.resolution, "wrong place"))
    return rows
