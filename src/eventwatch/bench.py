"""`eventwatch bench PATH`: throughput, memory and store benchmarks (never a timed test).

Throughput is measured in fresh spawned worker processes that load the model and build the
pipeline first (not timed). Each worker then codes its share of the texts (shares of equal word counts)
several times, alternating bare spaCy ``nlp.pipe`` and the full pipeline in the SAME workers
on the SAME texts (bare, full, full, bare, ...), so a noisy machine disturbs both sides alike.
Per round the ratio full ÷ bare is taken; the report gives the median ratio, the best (least
disturbed) wall time of each side, the time share of every stage, each worker's peak RSS per
side, and the load average before and after. Store benchmarks use synthetic events
(store/synthetic.py).
"""
from __future__ import annotations

import multiprocessing as mp
import resource
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .ingest.sources import iter_sources
from .model import Article
from .settings import Settings

__all__ = ["bulk_write", "run_bench", "split_by_words", "summarise_rounds", "throughput", "timeline_query"]

KINDS = ("bare", "full")


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def _reset_peak_rss() -> None:
    """Give freed heap back to the OS, then reset the peak, so each run gets its own peak RSS
    (a bare spaCy run would otherwise leave its heap to the full run that follows)."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)  # glibc keeps freed arenas otherwise
    except (OSError, AttributeError):
        pass
    try:  # Linux: "5" resets the peak RSS (VmHWM) of this process
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # lifetime peak, KiB on Linux


def _warm(settings: Settings) -> float:
    from .api import get_pipeline

    pipeline = get_pipeline(settings)  # loads the spaCy model too: bare and full share it
    # one short sentence of our own through both paths: first-call costs (lazy tables, allocators) are
    # not timed, and no cache is primed with the benchmark's own texts
    list(pipeline.run([Article("warm-up", "The foreign minister of Chile met officials in Lima on Monday.")]))
    return _peak_rss_mb()


def _work(kind: str, settings: Settings, texts: list[str]) -> dict:
    """Code ``texts`` in this worker: seconds, peak RSS (MB) and seconds per stage."""
    from .api import get_pipeline
    from .nlp import conversion_seconds, load_model

    pipeline = get_pipeline(settings)
    before, conv_before = dict(pipeline.stage_seconds), conversion_seconds()
    _reset_peak_rss()
    start = time.perf_counter()
    if kind == "bare":
        for _ in load_model(settings.model).pipe(texts, batch_size=settings.batch_size):
            pass
    else:
        articles = [Article(f"b{n}", t) for n, t in enumerate(texts)]
        for _ in pipeline.run(articles):
            pass
    seconds = time.perf_counter() - start
    stages = {name: pipeline.stage_seconds[name] - before.get(name, 0.0) for name in pipeline.stage_seconds}
    if stages:
        stages["(nlp: Doc -> records)"] = conversion_seconds() - conv_before
    return {"seconds": seconds, "peak_rss_mb": _peak_rss_mb(), "stages": stages}


def summarise_rounds(rounds: list[dict[str, float]]) -> dict:
    """Per-round full ÷ bare throughput ratios (= bare seconds ÷ full seconds) and their median."""
    ratios = [r["bare"] / r["full"] for r in rounds if r.get("full")]
    return {"ratios": [round(x, 3) for x in ratios],
            "ratio_median": round(statistics.median(ratios), 3) if ratios else None,
            "best_seconds": {k: round(min(r[k] for r in rounds), 2) for k in KINDS if rounds}}


def stage_shares(stage_seconds: dict[str, float], total: float) -> dict[str, float]:
    """Share of the full pipeline's worker time per stage; spaCy itself apart from Doc -> records."""
    stages = dict(stage_seconds)
    conversion = stages.pop("(nlp: Doc -> records)", 0.0)
    out = {}
    for name, seconds in stages.items():
        if name.startswith("nlp."):
            out[f"{name} (spaCy)"] = seconds - conversion
            out[f"{name} (Doc -> records)"] = conversion
        else:
            out[name] = seconds
    out["(pipeline overhead)"] = max(0.0, total - sum(stages.values()))
    return {k: round(v / total, 3) for k, v in out.items()} if total else {}


def split_by_words(texts: list[str], parts: int) -> list[list[str]]:
    """Shares of about equal word counts (longest first, each to the lightest share), so the slowest
    worker is not simply the one that drew the longest articles."""
    shares: list[list[str]] = [[] for _ in range(parts)]
    loads = [0] * parts
    for text in sorted(texts, key=lambda t: -len(t.split())):
        k = loads.index(min(loads))
        shares[k].append(text)
        loads[k] += len(text.split())
    return shares


def throughput(texts: list[str], settings: Settings, processes: int, repeats: int = 3) -> dict:
    """Bare spaCy and the full pipeline, alternated ``repeats`` times in the same warmed workers."""
    shares = split_by_words(texts, processes)
    ctx = mp.get_context("spawn")
    # one single-process pool per worker: each worker is warmed once, then always gets the same share
    pools = [ProcessPoolExecutor(1, mp_context=ctx) for _ in range(processes)]
    rounds, peaks, stage_total, full_worker_s = [], {k: 0.0 for k in KINDS}, {}, 0.0
    load_before = load_average()
    try:
        warm_rss = max(f.result() for f in [pool.submit(_warm, settings) for pool in pools])
        for r in range(repeats):
            walls = {}
            for kind in (KINDS if r % 2 == 0 else KINDS[::-1]):  # ABBA: drift in load hits both sides
                start = time.perf_counter()
                results = [f.result() for f in [pool.submit(_work, kind, settings, share)
                                                 for pool, share in zip(pools, shares)]]
                walls[kind] = time.perf_counter() - start
                peaks[kind] = max(peaks[kind], *(x["peak_rss_mb"] for x in results))
                if kind == "full":
                    full_worker_s += sum(x["seconds"] for x in results)
                    for x in results:
                        for name, s in x["stages"].items():
                            stage_total[name] = stage_total.get(name, 0.0) + s
            rounds.append(walls)
    finally:
        for pool in pools:
            pool.shutdown()
    summary = summarise_rounds(rounds)
    words = sum(len(t.split()) for t in texts)
    out = {"processes": processes, "repeats": repeats, "load_before": load_before, "load_after": load_average(),
           "ratio_full_to_bare": summary["ratio_median"], "ratios": summary["ratios"],
           "rss_after_warm_mb": round(warm_rss, 1), "stage_shares": stage_shares(stage_total, full_worker_s)}
    for kind in KINDS:
        best = summary["best_seconds"][kind]
        out[kind] = {"best_seconds": best, "seconds": [round(r[kind], 2) for r in rounds],
                     "articles_per_s": round(len(texts) / best, 2), "words_per_s": round(words / best),
                     "peak_rss_mb_per_worker": round(peaks[kind], 1)}
    return out


def bulk_write(n_events: int, per_article: int = 10) -> dict:
    """Synthetic events into a fresh store file: Analyses -> Arrow tables, then the Arrow bulk write
    (commit included), timed apart; then the same tables again, which must store nothing."""
    from .store import Store
    from .store.rows import analyses_to_tables
    from .store.synthetic import synthetic_analyses

    analyses = synthetic_analyses(max(1, n_events // per_article), per_article)
    start = time.perf_counter()
    tables = analyses_to_tables(analyses)
    convert = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "w.duckdb") as store:
        start = time.perf_counter()
        store.write_tables(tables)
        wall = time.perf_counter() - start
        start = time.perf_counter()
        again = store.write_tables(tables)
        rewrite = time.perf_counter() - start
        events = store.count("events")
    return {"events": events, "seconds": round(wall, 2), "events_per_s": round(events / wall),
            "convert_seconds": round(convert, 2), "end_to_end_events_per_s": round(events / (convert + wall)),
            "rewrite_seconds": round(rewrite, 2), "rewrite_stored": again}


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
              query_events: int = 10_000_000, repeats: int = 3) -> dict:
    texts = [a.text for a in iter_sources([path], max_chars=settings.max_chars) if isinstance(a, Article)]
    texts = texts[:limit] if limit else texts
    runs = [throughput(texts, settings, p, repeats) for p in processes]
    result = {"corpus": str(path), "articles": len(texts), "words": sum(len(t.split()) for t in texts),
              "stages": list(settings.stages), "batch_size": settings.batch_size, "throughput": runs,
              "bulk_write": bulk_write(write_events) if write_events else None,
              "timeline_query": timeline_query(query_events) if query_events else None}
    by_p = {r["processes"]: r for r in runs}
    if 1 in by_p and 2 in by_p:  # bare spaCy's own speed-up shows what the (shared) machine allowed
        result["speedup_2_vs_1"] = {k: round(by_p[2][k]["articles_per_s"] / by_p[1][k]["articles_per_s"], 2)
                                    for k in KINDS}
    result["text"] = _as_text(result)
    return result


def _as_text(r: dict) -> str:
    lines = [f"bench on {r['corpus']}: {r['articles']} articles, {r['words']} words, "
             f"batch_size {r.get('batch_size')}", f"stages: {', '.join(r['stages'])}"]
    for t in r["throughput"]:
        lines.append(f"x{t['processes']} ({t['repeats']} alternated rounds; load average {t['load_before']} -> "
                     f"{t['load_after']}): full / bare spaCy = {t['ratio_full_to_bare']} (median; rounds "
                     f"{t['ratios']})")
        for kind in KINDS:
            k = t[kind]
            lines.append(f"  {kind:<4}: {k['articles_per_s']} articles/s, {k['words_per_s']} words/s (best of "
                         f"{k['seconds']} s), peak RSS/worker {k['peak_rss_mb_per_worker']} MB")
        shares = ", ".join(f"{name} {share:.0%}" for name, share in t["stage_shares"].items())
        lines.append(f"  full pipeline time by stage: {shares}")
    if "speedup_2_vs_1" in r:
        s = r["speedup_2_vs_1"]
        lines.append(f"  2 processes vs 1: full {s['full']}x, bare spaCy {s['bare']}x")
    if r["bulk_write"]:
        b = r["bulk_write"]
        lines.append(f"  bulk write: {b['events']} events in {b['seconds']} s = {b['events_per_s']} events/s "
                     f"(Arrow -> store, commit included); Analyses -> Arrow {b.get('convert_seconds')} s, "
                     f"end to end {b.get('end_to_end_events_per_s')} events/s; re-write "
                     f"{b.get('rewrite_seconds')} s, {b.get('rewrite_stored')} stored")
    if r["timeline_query"]:
        q = r["timeline_query"]
        lines.append(f"  dyad timeline over {q['events']} events: first {q['first_s']} s, best {q['best_s']} s "
                     f"({q['periods']} periods; fill {q['fill_seconds']} s)")
    return "\n".join(lines)
