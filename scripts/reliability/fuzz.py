"""Fuzz every ingest reader (and, with fewer short inputs, the full `analyze` pipeline).

    .venv/bin/python scripts/reliability/fuzz.py [--per-target 1500] [--counts feed=600,html=600] [--analyze 300]

Prints the number of generated inputs per target, the crashes (must be 0) and the rejections by
reason, and exits 1 if anything crashed. Inputs come from the Hypothesis strategies in
tests/reliability/fuzz_inputs.py (binary, broken encodings, truncated HTML/JSON/XML/Parquet, enormous
lines, deeply nested markup, zero-width and right-to-left characters, lone surrogates).
A crash is any exception a reader raises outside its contract (see fuzz_inputs.py).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from hypothesis import HealthCheck, given, settings  # noqa: E402

import fuzz_inputs as fz  # noqa: E402


def run_target(name: str, strategy, target, n: int, tally: fz.Tally, seed: int) -> None:
    """Feed ``n`` generated inputs to ``target``; crashes are counted, not raised."""

    @settings(max_examples=n, deadline=None, database=None, derandomize=False, phases=["generate"],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def feed(value):
        try:
            outcomes = target(value)
        except Exception as exc:  # noqa: BLE001 - counting crashes is the point
            tally.crash(name, exc)
            return
        tally.record(name, outcomes)

    random.seed(seed)
    feed._hypothesis_internal_use_seed = seed
    feed()


def target_analyze(pipeline):
    from eventwatch.api import make_article
    from eventwatch.model import Analysis, Article, Failure

    def analyze(text: str):
        art = Article(f"fuzz{abs(hash(text))}", text) if "\ud800" in text else make_article(text)
        out = list(pipeline.run([art]))
        assert len(out) == 1 and isinstance(out[0], (Analysis, Failure)), out
        if isinstance(out[0], Failure):
            return [("rejected", out[0].reason)]
        for event in out[0].events:
            for ev in event.evidence:
                assert 0 <= ev.start <= ev.end <= len(text), f"evidence offsets out of range: {ev}"
        return [("article", None)]

    return analyze


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-target", type=int, default=1500, help="generated inputs per reader target")
    parser.add_argument("--counts", default="feed=600,html=600",
                        help="per-target overrides, e.g. feed=600,html=600 (the slow ones: trafilatura, feedparser)")
    parser.add_argument("--analyze", type=int, default=300, help="short inputs through the full pipeline")
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura and feedparser log every bad document
    tally, started, seconds = fz.Tally(), time.perf_counter(), {}
    counts = {k: int(v) for k, _, v in (item.partition("=") for item in args.counts.split(",") if item)}
    for name, (strategy, target) in fz.TARGETS.items():
        t0 = time.perf_counter()
        run_target(name, strategy, target, counts.get(name, args.per_target), tally, args.seed)
        seconds[name] = round(time.perf_counter() - t0, 1)
    if args.analyze:
        from eventwatch.pipeline import Pipeline
        from eventwatch.settings import Settings

        t0 = time.perf_counter()
        pipeline = Pipeline.from_settings(Settings().with_(today="2026-11-28"))
        run_target("analyze", fz.analyze_inputs, target_analyze(pipeline), args.analyze, tally, args.seed)
        seconds["analyze"] = round(time.perf_counter() - t0, 1)
    report = {"inputs": sum(tally.inputs.values()), "inputs_by_target": tally.inputs,
              "crashes": sum(len(v) for v in tally.crashes.values()), "crash_examples": {
                  k: sorted(set(v))[:5] for k, v in tally.crashes.items()},
              "articles_accepted": tally.articles, "rejections_by_reason": dict(sorted(tally.reasons.items())),
              "seconds_by_target": seconds, "seconds": round(time.perf_counter() - started, 1)}
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(f"inputs: {report['inputs']}  crashes: {report['crashes']}  accepted articles: {tally.articles}")
        for name, n in tally.inputs.items():
            print(f"  {name:<8} {n:>6} inputs  {len(tally.crashes.get(name, [])):>4} crashes  {seconds[name]:>6}s")
        print("rejections by reason:")
        for reason, n in report["rejections_by_reason"].items():
            print(f"  {reason:<12} {n}")
        for name, examples in report["crash_examples"].items():
            print(f"crashes in {name}:", *examples, sep="\n  ")
    return 1 if report["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
