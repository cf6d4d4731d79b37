"""`eventwatch eval dedup PATH`: score event clustering and near-duplicate detection.

* MEANTIME (a folder with list_instances.csv): gold cross-document event instances. Each
  gold-linked event mention becomes a clustering Frame built from the annotation (trigger
  predicate as the type, the gold entity instances of Arg0/Arg1 as actor/recipient, the
  document creation time as the date, the document as the source), and our clustering is
  scored against the gold instances with B-cubed and pairwise P/R/F1. This scores the
  clustering rule given correct arguments; coder errors are not included.
  Split: dev = airbus + apple, held-out = gm + stock (window tuned on dev only).
* Wikinews CSVs (our constructed duplicates): each article gets three variants (new
  boilerplate, light word edits with a dropped sentence, a truncated copy); the MinHash
  detector is scored on pairs. Split: dev = 2019 file, held-out = 2020 file.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from ..evaluation import EvalReport
from ..settings import Settings
from .cluster import Frame, cluster_frames
from .constructed import evaluate_near_duplicates
from .meantime import GoldMention, read_corpus
from .scoring import b_cubed, pairwise

__all__ = ["evaluate", "evaluate_meantime"]

DEV_CORPORA, HELD_OUT_CORPORA = ("airbus", "apple"), ("gm", "stock")
WINDOWS = (0, 1, 3, 7, 30)
HEADER = ("task", "split", "method", "items", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1", "gold pairs")


def _frames(mentions: list[GoldMention], *, roles: bool = True) -> list[Frame]:
    out = []
    for m in mentions:
        actor, recipient = (m.arg0, m.arg1) if roles else ("*", "*")
        out.append(Frame(f"{m.doc}:{m.m_id}", m.doc, f"{m.corpus}:{m.pred}", actor, recipient, m.dct,
                         m.dct.isoformat() if m.dct else None, None, m.doc, None))
    return out


def _score(mentions: list[GoldMention], groups: list[list[Frame]]) -> tuple:
    predicted = {f.id: n for n, g in enumerate(groups) for f in g}
    gold = {f"{m.doc}:{m.m_id}": m.instance for m in mentions}
    return (len(gold), *b_cubed(predicted, gold), *pairwise(predicted, gold))


def _methods(mentions: list[GoldMention], window: int) -> dict[str, tuple]:
    frames = _frames(mentions)
    return {
        "singletons (baseline)": _score(mentions, [[f] for f in frames]),
        "same predicate (baseline)": _score(mentions, cluster_frames(_frames(mentions, roles=False), 100_000)),
        f"eventwatch window={window}d": _score(mentions, cluster_frames(frames, window)),
    }


def evaluate_meantime(folder: Path, split: str) -> tuple[list[tuple], dict, list[str]]:
    mentions = read_corpus(folder)
    dev = [m for m in mentions if m.corpus in DEV_CORPORA]
    held = [m for m in mentions if m.corpus in HELD_OUT_CORPORA]
    # tune the date window on dev only, by B-cubed F1
    best = max(WINDOWS, key=lambda w: (_score(dev, cluster_frames(_frames(dev), w))[3], -w))
    rows, metrics = [], {"meantime_window_days": best}
    for name, part in (("dev", dev), ("held-out", held)):
        if split not in ("all", name):
            continue
        for method, s in _methods(part, best).items():
            rows.append(("event clusters", name, method, *s))
            if method.startswith("eventwatch"):
                metrics[f"meantime_{name}_b3_f1"] = round(s[3], 3)
                metrics[f"meantime_{name}_pair_f1"] = round(s[6], 3)
    notes = [f"MEANTIME: {len(mentions)} event mentions linked to cross-document instances; participants and "
             "dates are the gold annotation (this scores the clustering rule, not the coder)",
             f"window tuned on dev over {WINDOWS}: {best} day(s)"]
    return rows, metrics, notes


def evaluate(path: str | Path, settings: Settings, split: str = "all") -> EvalReport:
    root = Path(path)
    targets = [root] if root.is_file() else [root, *sorted(p for p in root.iterdir() if p.is_dir())]
    rows, metrics, notes, sets = [], {}, [], []
    for folder in targets:
        if (folder / "list_instances.csv").exists():
            r, m, n = evaluate_meantime(folder, split)
            sets.append("MEANTIME English (annotations CC BY 4.0 FBK/VUA/EHU; text Wikinews CC BY 2.5)")
        elif list(folder.glob("wikinews_*.csv")):
            r, m, n = evaluate_near_duplicates(folder, settings, split)
            sets.append("Wikinews 2019-2021 with our constructed duplicates (Wikinews CC BY 2.5)")
        else:
            continue
        rows += r
        metrics.update(m)
        notes += n
    if not rows:
        raise ConfigError(f"{path}: expected a MEANTIME folder (list_instances.csv) or a folder of "
                          "wikinews_*.csv files (or a folder holding them)")
    return EvalReport("dedup", "; ".join(sets), metrics, tuple(_round(r) for r in rows), HEADER, tuple(notes))


def _round(row: tuple) -> tuple:
    return tuple(round(v, 3) if isinstance(v, float) else v for v in row)
