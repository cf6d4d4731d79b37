"""`eventwatch bench PATH`: throughput, memory and store benchmarks (never a timed test).

Each throughput run happens in fresh spawned worker processes: the model and pipeline are
built first (not timed), then each worker codes its share of the texts; the wall time of
the slowest worker gives articles/s and words/s, and each worker reports its own peak RSS.
The same texts go through bare spaCy ``nlp.pipe`` in the same run, so the ratio compares
like with like. Store benchmarks use synthetic events (store/synthetic.py).
"""
from __future__ import annotations

import multiprocessing as mp
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .ingest.sources import iter_sources
from .model import Article
from .settings import Settings

__all__ = ["bulk_write", "run_bench", "throughput", "timeline_query"]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _warm(kind: str, settings: Settings) -> float:
    from .api import get_pipeline
    from .nlp import load_model

    if kind == "bare":
        load_model(settings.model)
    else:
        get_pipeline(settings)
    return _peak_rss_mb()


def _work(kind: str, settings: Settings, texts: list[str]) -> tuple[float, float]:
    """Code ``texts`` in this worker; returns (seconds, peak RSS in MB)."""
    from .api import get_pipeline
    from .nlp import load_model

    start = time.perf_counter()
    if kind == "bare":
        for _ in load_model(settings.model).pipe(texts, batch_size=settings.batch_size):
            pass
    else:
        articles = [Article(f"b{n}", t) for n, t in enumerate(texts)]
        for _ in get_pipeline(settings).run(articles):
            pass
    return time.perf_counter() - start, _peak_rss_mb()


def throughput(kind: str, texts: list[str], settings: Settings, processes: int) -> dict:
    """Articles/s, words/s and peak RSS per worker for 'bare' spaCy or the 'full' pipeline."""
    shares = [texts[i::processes] for i in range(processes)]
    ctx = mp.get_context("spawn")
    # one single-process pool per worker: each worker is warmed and then gets exactly one share
    pools = [ProcessPoolExecutor(1, mp_context=ctx) for _ in range(processes)]
    try:
        for warm in [pool.submit(_warm, kind, settings) for pool in pools]:
            warm.result()  # model and pipeline loaded: not timed
        start = time.perf_counter()
        results = [f.result() for f in [pool.submit(_work, kind, settings, share)
                                         for pool, share in zip(pools, shares)]]
        wall = time.perf_counter() - start
    finally:
        for pool in pools:
            pool.shutdown()
    words = sum(len(t.split()) for t in texts)
    return {"kind": kind, "processes": processes, "seconds": round(wall, 2),
            "articles_per_s": round(len(texts) / wall, 2), "words_per_s": round(words / wall),
            "worker_seconds": [round(r[0], 2) for r in results],
            "peak_rss_mb_per_worker": round(max(r[1] for r in results), 1)}


def bulk_write(n_events: int, per_article: int = 10) -> dict:
    """Synthetic events into a fresh store file through the Arrow bulk path."""
    from .store import Store
    from .store.rows import analyses_to_tables
    from .store.synthetic import synthetic_analyses

    tables = analyses_to_tables(synthetic_analyses(max(1, n_events // per_article), per_article))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "w.duckdb") as store:
        start = time.perf_counter()
        store.write_tables(tables)
        wall = time.perf_counter() - start
        events = store.count("events")
    return {"events": events, "seconds": round(wall, 2), "events_per_s": round(events / wall)}


_FILL = """
INSERT INTO events (id, article_id, event_type, asserted, quad, goldstein, confidence, actor_country,
                    recipient_country, date, record)
SELECT 'e' || i, 'a' || (i // 10), ['ACCUSE', 'CONSULT', 'ASSAULT', 'AID', 'PROTEST'][1 + i % 5], true,
       1 + i % 4, -2.0, 0.8,
       ['SRB', 'XKX', 'USA', 'DEU', 'FRA', 'UKR', 'RUS', 'TUR'][1 + (hash(i) % 8)::INT],
       ['SRB', 'XKX', 'USA', 'DEU', 'FRA', 'UKR', 'RUS', 'TUR'][1 + (hash(i + 7) % 8)::INT],
       DATE '2015-01-01' + CAST(hash(i + 3) % 3650 AS INTEGER), '{}'
FROM range(?) t(i)
"""


def timeline_query(n_events: int, repeats: int = 3) -> dict:
    """Monthly SRB -> XKX timeline over ``n_events`` synthetic events (first and best of N runs)."""
    from .store import Store, dyad_timeline

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "q.duckdb") as store:
        start = time.perf_counter()
        store.exec(_FILL, [n_events])
        fill = time.perf_counter() - start
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            rows = dyad_timeline(store, "SRB", "XKX").num_rows
            times.append(time.perf_counter() - start)
    return {"events": n_events, "fill_seconds": round(fill, 1), "first_s": round(times[0], 3),
            "best_s": round(min(times), 3), "periods": rows}


def run_bench(path: str, settings: Settings, *, processes: list[int], limit: int = 0, write_events: int = 500_000,
              query_events: int = 10_000_000) -> dict:
    texts = [a.text for a in iter_sources([path], max_chars=settings.max_chars) if isinstance(a, Article)]
    texts = texts[:limit] if limit else texts
    runs = []
    for p in processes:
        bare, full = throughput("bare", texts, settings, p), throughput("full", texts, settings, p)
        full["ratio_to_bare_spacy"] = round(full["articles_per_s"] / bare["articles_per_s"], 3)
        runs += [bare, full]
    result = {"corpus": str(path), "articles": len(texts), "words": sum(len(t.split()) for t in texts),
              "stages": list(settings.stages), "throughput": runs,
              "bulk_write": bulk_write(write_events) if write_events else None,
              "timeline_query": timeline_query(query_events) if query_events else None}
    full_runs = {r["processes"]: r for r in runs if r["kind"] == "full"}
    if 1 in full_runs and 2 in full_runs:
        result["speedup_2_vs_1"] = round(full_runs[2]["articles_per_s"] / full_runs[1]["articles_per_s"], 2)
    result["text"] = _as_text(result)
    return result


def _as_text(r: dict) -> str:
    lines = [f"bench on {r['corpus']}: {r['articles']} articles, {r['words']} words",
             f"stages: {', '.join(r['stages'])}"]
    for t in r["throughput"]:
        extra = f"  ratio to bare spaCy {t['ratio_to_bare_spacy']}" if "ratio_to_bare_spacy" in t else ""
        lines.append(f"  {t['kind']:<4} x{t['processes']}: {t['articles_per_s']} articles/s, {t['words_per_s']} words/s, "
                     f"peak RSS/worker {t['peak_rss_mb_per_worker']} MB ({t['seconds']} s){extra}")
    if "speedup_2_vs_1" in r:
        lines.append(f"  full pipeline, 2 processes vs 1: {r['speedup_2_vs_1']}x")
    if r["bulk_write"]:
        b = r["bulk_write"]
        lines.append(f"  bulk write: {b['events']} events in {b['seconds']} s = {b['events_per_s']} events/s")
    if r["timeline_query"]:
        q = r["timeline_query"]
        lines.append(f"  dyad timeline over {q['events']} events: first {q['first_s']} s, best {q['best_s']} s "
                     f"({q['periods']} periods; fill {q['fill_seconds']} s)")
    return "\n".join(lines)
