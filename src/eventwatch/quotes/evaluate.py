"""`eventwatch eval quotes PATH`: quote spans and speakers against our Wikinews annotations.

PATH is the Wikinews folder (or one of its CSV files). Spans are scored exact
(same offsets once trailing punctuation and spaces are trimmed) and overlapping
(any shared character, matched one to one); speaker accuracy is over the
overlap-matched pairs: right when the speaker as the quote names it (the full
name, also behind a pronoun) or its resolved actor matches the annotated name;
``speaker_actor_accuracy`` judges the resolved actor alone (it includes the actors
stage's linking errors). Report dev and held-out separately (``--split``).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from ..evaluation import EvalReport, prf
from ..ingest.ids import article_id
from ..model import Analysis, Article, Quote
from ..settings import Settings
from .gold import GOLD_FILE, GoldQuote, article_key, in_split, load_articles, load_gold, same_speaker

__all__ = ["evaluate", "score"]

_TRIM = " \t\n.,;:!?"


def evaluate(path: str | Path, settings: Settings, split: str = "all") -> EvalReport:
    from ..pipeline import Pipeline

    gold = [g for g in load_gold() if in_split(g.article, split)]
    rows = load_articles(path, {g.article for g in gold})
    articles = [_article(row) for row in rows.values()]
    predicted: dict[str, list[Quote]] = {}
    for result in Pipeline.from_settings(settings).run(articles):
        if isinstance(result, Analysis):
            predicted[article_key(result.article.url or "")] = list(result.quotes)
    texts = {key: row["text"] for key, row in rows.items()}
    return score(gold, predicted, texts, dataset=f"Wikinews {Path(path).name} ({split}), CC BY 2.5; "
                 f"our annotations {GOLD_FILE.name}")


def _article(row: dict[str, str]) -> Article:
    published = None
    try:
        published = dt.date.fromisoformat(row.get("date", "")[:10])
    except ValueError:
        pass
    return Article(article_id(row["text"]), row["text"], row.get("title"), row["url"], published, "Wikinews")


def score(gold: Iterable[GoldQuote], predicted: dict[str, list[Quote]], texts: dict[str, str],
          dataset: str = "quotes") -> EvalReport:
    by_url: dict[str, list[GoldQuote]] = defaultdict(list)
    for g in gold:
        by_url[g.article].append(g)
    t = defaultdict(int)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for url, golds in by_url.items():
        text, preds = texts.get(url, ""), predicted.get(url, [])
        t["gold"] += len(golds)
        t["pred"] += len(preds)
        t["exact"] += len({_trim(text, g.start, g.end) for g in golds} & {_trim(text, p.start, p.end) for p in preds})
        for g, p in _match(golds, preds):
            t["overlap"] += 1
            per_kind[g.kind][1] += 1
            t["actor_ok"] += same_speaker(g.speaker, _speaker_name(p))
            t["speaker_ok"] += same_speaker(g.speaker, _speaker_name(p)) or same_speaker(g.speaker, p.speaker_text)
            if g.cue_start is not None:
                t["cue_total"] += 1
                t["cue_ok"] += (p.cue or "").lower() == text[g.cue_start:g.cue_end].lower()
        for g in golds:
            per_kind[g.kind][0] += 1
    ep, er, ef = prf(t["exact"], t["pred"] - t["exact"], t["gold"] - t["exact"])
    op, orr, of = prf(t["overlap"], t["pred"] - t["overlap"], t["gold"] - t["overlap"])
    metrics = {
        "articles": len(by_url), "gold_quotes": t["gold"], "predicted_quotes": t["pred"],
        "exact_precision": ep, "exact_recall": er, "exact_f1": ef,
        "overlap_precision": op, "overlap_recall": orr, "overlap_f1": of,
        "speaker_accuracy": t["speaker_ok"] / t["overlap"] if t["overlap"] else 0.0,
        "speaker_actor_accuracy": t["actor_ok"] / t["overlap"] if t["overlap"] else 0.0,
        "cue_accuracy": t["cue_ok"] / t["cue_total"] if t["cue_total"] else 0.0,
    }
    rows = tuple((kind, n, hit, hit / n if n else 0.0) for kind, (n, hit) in sorted(per_kind.items()))
    return EvalReport("quotes", dataset, metrics, rows, ("gold kind", "gold", "found (overlap)", "recall"),
                      ("speaker accuracy is over overlap-matched quotes; names match on a shared name word, "
                       "with the speaker's text (full name) or its resolved actor; speaker_actor_accuracy "
                       "counts the resolved actor's name only",))


def _speaker_name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else q.speaker_text


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _match(golds: list[GoldQuote], preds: list[Quote]) -> list[tuple[GoldQuote, Quote]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    pairs = sorted(((min(g.end, p.end) - max(g.start, p.start), gi, pi)
                    for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                    if g.start < p.end and p.start < g.end), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((golds[gi], preds[pi]))
    return out
