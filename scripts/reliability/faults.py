"""Kill `eventwatch ingest` with SIGKILL at random points, resume, and compare with a clean run.

    .venv/bin/python scripts/reliability/faults.py [--kills 5] [--seed N] [--articles 30]

Prints, for every kill, when it came and how many articles the store held afterwards, then the
comparison of every table (articles, events, mentions, failures, actors, places, times, quotes,
canonical_events; timestamps left out) between the resumed store and an uninterrupted run, and
the same after a run stopped by a file-size limit (a full disk). Exit status 1 if a store differs.
"""
from __future__ import annotations

import argparse
import random
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from corpus import write_corpus  # noqa: E402
from runs import counts, differences, freeze_source, kill_rounds, run_ingest, snapshot, timed_ingest  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--articles", type=int, default=30, help="JSONL articles in the generated corpus")
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="ew-faults-") as tmp:
        root = Path(tmp)
        freeze_source(root)  # all runs on one copy of the code, even while the tree is being edited
        corpus = write_corpus(root / "corpus", n_jsonl=args.articles, n_text=4)
        duration = timed_ingest(corpus, root / "clean.duckdb")
        expected = snapshot(root / "clean.duckdb")
        total = len(expected["articles"])
        print(f"seed {args.seed}; clean run {duration:.1f} s: " +
              ", ".join(f"{t} {len(rows)}" for t, rows in expected.items()))
        killed = root / "killed.duckdb"
        rounds = kill_rounds(corpus, killed, kills=args.kills, total=total, rng=rng)
        for n, r in enumerate(rounds, 1):
            state = "killed" if r["exit"] == -signal.SIGKILL else f"had already finished (exit {r['exit']})"
            print(f"kill {n}: SIGKILL {r['after_s']} s after start, progress {r['progress']} (target "
                  f"{r['target']}): {state}; the store opens with {r['articles']} of {total} articles")
        final = run_ingest(corpus, killed)
        diff = differences(expected, snapshot(killed))
        verdict = "identical to the clean run" if not diff else f"DIFFERS {diff}"
        print(f"resumed (exit {final.returncode}): {verdict}")
        full = root / "full.duckdb"
        limited = run_ingest(corpus, full, preexec=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (300_000,) * 2))
        err = [line for line in limited.stderr.splitlines() if "rror" in line][-1:] or ["(no error line)"]
        print(f"file-size limit 300 kB: exit {limited.returncode}, {counts(full)['articles']} articles kept; "
              f"last error line: {err[0][:160]}")
        run_ingest(corpus, full)
        diff2 = differences(expected, snapshot(full))
        print("resumed without the limit: " + ("identical to the clean run" if not diff2 else f"DIFFERS {diff2}"))
    return 1 if diff or diff2 else 0


if __name__ == "__main__":
    sys.exit(main())
