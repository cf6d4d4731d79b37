"""`eventwatch eval times PATH`: DATE timex values against MEANTIME (English).

Each document is read with its creation time as the publication date, parsed,
and run through the times stage. Only DATE-type gold timexes in the annotated
region (title and the first sentences) are scored; the creation time itself
(the dateline) is given, so it and predictions overlapping it are left out.

- span found: a gold DATE timex overlapped by any predicted time expression;
- value accuracy: of gold DATE timexes whose span is found, the fraction whose
  overlapping prediction has exactly the gold value;
- value P/R/F1: a true positive is a gold DATE timex overlapped by a predicted
  DATE with the gold value; every other predicted DATE with a value in the
  region (wrong value, or no gold there) counts against precision; gold timexes
  without a right prediction count against recall.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
import tempfile
from collections import Counter
from pathlib import Path

from ..evaluation import EvalReport, prf
from ..model import Analysis, Article, TimeValue
from ..settings import Settings
from .meantime import MeantimeDoc, read_corpus, split_of
from .times import TimesStage

__all__ = ["evaluate", "score_document"]

log = logging.getLogger(__name__)
DATASET = "MEANTIME English (NewsReader; annotations CC BY 4.0, text Wikinews CC BY 2.5)"


def evaluate(path: str, settings: Settings, split: str = "all") -> EvalReport:
    docs = [d for d in read_corpus(path) if split == "all" or split_of(d.doc_id) == split]
    parses = _parses(docs, settings)
    stage = TimesStage(today=settings.today_date())
    totals: Counter = Counter()
    by_kind: Counter = Counter()
    for doc, parsed in zip(docs, parses):
        article = Article(doc.doc_id, doc.text, published=doc.dct)
        analysis = stage(Analysis(article, parsed))
        counts, kinds = score_document(doc, analysis.times)
        totals.update(counts)
        by_kind.update(kinds)
    return _report(totals, by_kind, len(docs), split)


def _in_scope(doc: MeantimeDoc, start: int, end: int) -> bool:
    if start >= doc.scored_until:
        return False
    return not any(g.creation_time and g.start < end and start < g.end for g in doc.timexes)


def _overlaps(a, b) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def score_document(doc: MeantimeDoc, times: tuple[TimeValue, ...]) -> tuple[Counter, Counter]:
    """Counts for one document (see the module docstring for the definitions)."""
    gold = [g for g in doc.timexes if g.type == "DATE" and _in_scope(doc, g.start, g.end)]
    found = [t for t in times if _in_scope(doc, t.start, t.end)]
    predicted = [t for t in found if t.type == "DATE" and t.value]
    c: Counter = Counter(gold=len(gold), predicted=len(predicted))
    kinds: Counter = Counter()
    right: set[int] = set()
    for g in gold:
        kind = _kind(g.value)
        kinds[(kind, "gold")] += 1
        over = max(found, key=lambda t: _overlaps(t, g), default=None)
        if over is None or _overlaps(over, g) == 0:
            continue
        c["found"] += 1
        kinds[(kind, "found")] += 1
        match = [t for t in predicted if _overlaps(t, g) and t.value == g.value and id(t) not in right]
        if over.value == g.value or match:
            c["right"] += 1
            kinds[(kind, "right")] += 1
        if match:
            right.add(id(match[0]))
        else:
            log.debug("%s: gold %r=%s, predicted %r=%s", doc.doc_id, doc.text[g.start:g.end], g.value,
                      over.text, over.value)
    c["tp"] = len(right)
    c["span_tp"] = sum(1 for t in predicted if any(_overlaps(t, g) for g in gold))
    return c, kinds


def _kind(value: str) -> str:
    if value.endswith("_REF"):
        return "reference"
    if "W" in value:
        return "week"
    if "Q" in value or "H" in value[4:]:
        return "quarter/half"
    if value[5:7] in ("SP", "SU", "FA", "WI"):
        return "season"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "other")


def _report(c: Counter, kinds: Counter, n_docs: int, split: str) -> EvalReport:
    p, r, f = prf(c["tp"], c["predicted"] - c["tp"], c["gold"] - c["tp"])
    sp, sr, sf = prf(c["span_tp"], c["predicted"] - c["span_tp"], c["gold"] - c["found"])
    metrics = {
        "split": split, "documents": n_docs, "gold_date_timexes": c["gold"], "predicted_dates": c["predicted"],
        "span_found": c["found"], "value_accuracy": _ratio(c["right"], c["found"]),
        "value_precision": p, "value_recall": r, "value_f1": f,
        "span_recall": _ratio(c["found"], c["gold"]), "span_precision": sp,
    }
    names = sorted({k for k, _ in kinds})
    rows = tuple((k, kinds[(k, "gold")], kinds[(k, "found")], kinds[(k, "right")],
                  _ratio(kinds[(k, "right")], kinds[(k, "found")])) for k in names)
    notes = (
        "value accuracy = right value / gold DATE timexes whose span is found (any overlap)",
        "value F1: a predicted DATE with a wrong or spurious value counts against precision",
        f"split: documents whose sha1(doc id) mod 4 == 0 are held out ({split})",
        "scored region: title and sentences 2-5 (MEANTIME annotates timexes only there); creation time excluded",
    )
    return EvalReport("times", DATASET, metrics, rows, ("gold kind", "gold", "found", "right", "accuracy"), notes)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _parses(docs: list[MeantimeDoc], settings: Settings) -> list:
    """Parses of the documents, cached under the temp folder (parsing is the slow part)."""
    from ..nlp import parse_many

    key = hashlib.sha1("\x00".join([settings.model, *(d.text for d in docs)]).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"eventwatch-meantime-{key}.pickle"
    if cache.exists():
        try:
            return pickle.loads(cache.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            log.warning("ignoring an unreadable parse cache at %s", cache)
    parses = list(parse_many((d.text for d in docs), settings.model, settings.batch_size))
    try:
        cache.write_bytes(pickle.dumps(parses))
    except OSError:
        log.warning("cannot write the parse cache %s", cache)
    return parses

