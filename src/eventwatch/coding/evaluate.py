"""`eventwatch eval plover-gsr PATH`: score the coder on the PLOVER gold-standard records.

The file (openeventdata/PLOVER, CC BY-SA 4.0, (c) Open Event Data Alliance) holds one short
sentence per record with its event category (PLOVER v0.5 names, mapped through
``ontology.GSR_CROSSWALK``) and source/target actor codes. Each sentence is scored by its
highest-confidence asserted event. Our own split: a record is held out when the SHA-1 of its id
modulo 10 is below 3 (about 30%); rules are written on ``dev`` only.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..evaluation import EvalReport, prf
from ..model import Actor, Analysis, Article, Event
from ..ontology import GSR_CROSSWALK, normalise_country
from ..settings import Settings
from .build import CODER

__all__ = ["GoldRecord", "evaluate", "gold_records", "in_split", "top_event"]

DATASET = "PLOVER gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0, Open Event Data Alliance)"
# CAMEO-era country codes in the file that differ from ISO 3166 alpha-3.
_OLD_CODES = {"ITL": "ITA", "JAP": "JPN", "GER": "DEU", "UK": "GBR", "KSV": "XKX", "KOS": "XKX"}
_NONSTATE = ("IGO", "NGO", "IMG", "ISM", "MNC", "UNO", "EUR")


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    event_type: str
    mode: str | None
    source: tuple[str, ...]  # actor codes (country or IGO/NGO ...)
    target: tuple[str, ...]
    source_text: tuple[str, ...]
    target_text: tuple[str, ...]


def in_split(record_id: str, split: str) -> bool:
    held = int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 10 < 3
    return split == "all" or (split == "held-out") == held


def _actors(value) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    return [a for a in value or () if isinstance(a, dict)]


def _code(raw: str | None) -> str:
    code = (raw or "").upper()[:3]
    return normalise_country(_OLD_CODES.get(code, code)) or ""


def gold_records(path: str | Path, split: str = "all") -> list[GoldRecord]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read PLOVER gold file {path}: {exc}", reason="malformed") from exc
    out = []
    for r in data:
        if r.get("event") == "DOCUMENT" or not r.get("text") or not in_split(r["id"], split):
            continue
        type_, mode = GSR_CROSSWALK.get(r["event"], (r["event"], None))
        src, tar = _actors(r.get("source")), _actors(r.get("target"))
        out.append(GoldRecord(r["id"], r["text"], type_, mode or r.get("mode") or None,
                              tuple(_code(a.get("code")) for a in src), tuple(_code(a.get("code")) for a in tar),
                              tuple(a.get("actorText") or "" for a in src),
                              tuple(a.get("actorText") or "" for a in tar)))
    return out


def top_event(events: tuple[Event, ...]) -> Event | None:
    asserted = [e for e in events if e.asserted]
    return max(asserted, key=lambda e: e.confidence) if asserted else None


def actor_codes(actors: tuple[Actor, ...]) -> set[str]:
    out = set()
    for a in actors:
        if a.code and a.code[:3] in _NONSTATE:
            out.add(a.code[:3])
        elif a.country:
            out.add(_code(a.country))
        elif a.code:
            out.add(_code(a.code))
    return out


def _text_hit(pred: tuple[str, ...], gold: tuple[str, ...]) -> bool:
    p = [t.lower() for t in pred if t]
    g = [t.lower().strip() for t in gold if t.strip()]
    return any(x in y or y in x for x in p for y in g)


def _run(records: list[GoldRecord], settings: Settings) -> tuple[dict[str, tuple[Event, ...]], int]:
    """Events per record, from the pipeline up to and including the coder (later stages do not
    change event types or actors). Keys are "<id>#<n>": one id occurs twice in the file."""
    from ..pipeline import Pipeline

    stages = tuple(settings.stages)
    upto = stages[: stages.index(CODER) + 1] if CODER in stages else stages
    pipeline = Pipeline.from_settings(settings.with_(stages=upto))
    arts = [Article(f"{r.id}#{n}", r.text) for n, r in enumerate(records)]
    done = {a.article.id: a.events for a in pipeline.run(arts) if isinstance(a, Analysis)}
    return done, len(arts) - len(done)


def evaluate(path: str, settings: Settings, split: str = "all") -> EvalReport:
    records = gold_records(path, split)
    done, failed = _run(records, settings)
    keyed = [replace(r, id=f"{r.id}#{n}") for n, r in enumerate(records)]
    report = score(keyed, {r.id: done.get(r.id, ()) for r in keyed}, split)
    if failed:
        report = replace(report, notes=report.notes + (f"{failed} sentences failed in the pipeline",))
    return report


def score(records: list[GoldRecord], events: dict[str, tuple[Event, ...]], split: str) -> EvalReport:
    tally: Counter = Counter()
    tp, fp, fn = Counter(), Counter(), Counter()
    for r in records:
        evs = events.get(r.id, ())
        top = top_event(evs)
        pred = top.event_type if top else None
        tally["n"] += 1
        tally["type_ok"] += pred == r.event_type
        tally["any_hit"] += any(e.event_type == r.event_type for e in evs)
        tally["extra"] += max(0, len(evs) - 1)
        tally["none"] += top is None
        if pred == r.event_type:
            tp[pred] += 1
        else:
            fn[r.event_type] += 1
            if pred:
                fp[pred] += 1
        if r.event_type == "ACCUSE" and r.mode:
            tally["accuse_n"] += 1
            tally["accuse_mode_ok"] += bool(top and pred == "ACCUSE" and r.mode in top.mode)
        _score_args(tally, r, top)
    return _report(tally, tp, fp, fn, split)


def _score_args(tally: Counter, r: GoldRecord, top: Event | None) -> None:
    for side, gold, gold_text in (("actor", r.source, r.source_text), ("recipient", r.target, r.target_text)):
        gold_set = {g for g in gold if g}
        if not gold_set:
            continue
        pred_actors = (top.actor if side == "actor" else top.recipient) if top else ()
        pred_text = (top.actor_text if side == "actor" else top.recipient_text) if top else ()
        tally[f"{side}_n"] += 1
        tally[f"{side}_code_ok"] += bool(actor_codes(pred_actors) & gold_set)
        tally[f"{side}_text_ok"] += _text_hit(pred_text, gold_text)


def _ratio(t: Counter, a: str, b: str) -> float:
    return t[a] / t[b] if t[b] else 0.0


def _report(t: Counter, tp: Counter, fp: Counter, fn: Counter, split: str) -> EvalReport:
    n_code = t["actor_n"] + t["recipient_n"]
    metrics = {
        "split": split, "sentences": t["n"],
        "event_type_accuracy": _ratio(t, "type_ok", "n"),
        "any_event_hit_rate": _ratio(t, "any_hit", "n"),
        "extra_events_per_sentence": _ratio(t, "extra", "n"),
        "no_asserted_event": t["none"],
        "actor_code_accuracy": _ratio(t, "actor_code_ok", "actor_n"),
        "recipient_code_accuracy": _ratio(t, "recipient_code_ok", "recipient_n"),
        "actor_recipient_code_accuracy": (t["actor_code_ok"] + t["recipient_code_ok"]) / n_code if n_code else 0.0,
        "actor_text_match": _ratio(t, "actor_text_ok", "actor_n"),
        "recipient_text_match": _ratio(t, "recipient_text_ok", "recipient_n"),
        "accuse_mode_accuracy": _ratio(t, "accuse_mode_ok", "accuse_n"),
    }
    rows = []
    for type_ in sorted(set(tp) | set(fp) | set(fn)):
        p, r, f = prf(tp[type_], fp[type_], fn[type_])
        rows.append((type_, tp[type_] + fn[type_], p, r, f))
    notes = ("each sentence is scored by its highest-confidence asserted event",
             "v0.5 names mapped: DEMAND->REQUEST, FIGHT->ASSAULT, DISAPPROVE->ACCUSE(disapprove), "
             "INVESTIGATE->ACCUSE(investigate)",
             "split: held-out = sha1(record id) % 10 < 3; rules are written on dev only")
    return EvalReport("plover-gsr", DATASET, metrics, tuple(rows), ("type", "gold", "P", "R", "F1"), notes)
