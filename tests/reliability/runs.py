"""Run `eventwatch` in a subprocess and compare whole stores (for the fault tests and scripts)."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import duckdb

# everything a store holds about articles; canonical_events is rebuilt by dedup at the end of each run
TABLES = ("articles", "events", "mentions", "failures", "actors", "places", "times", "quotes", "canonical_events")
SETTINGS = ("--set", "today=2026-11-28", "--set", "batch_size=2")
SOURCE = Path(__file__).resolve().parents[2] / "src"
_frozen_src: Path | None = None


def freeze_source(dest: Path) -> Path:
    """Run every later child on a copy of src/ taken now: runs compared with each other then use the
    same code even while the working tree is being edited."""
    global _frozen_src
    _frozen_src = dest / "src"
    if not _frozen_src.exists():
        shutil.copytree(SOURCE, _frozen_src, ignore=shutil.ignore_patterns("__pycache__"))
    return _frozen_src


def ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwatch", *SETTINGS, "ingest", str(corpus), "--db", str(db), "--no-progress"]


def env() -> dict[str, str]:
    """The child's environment: no telemetry, nothing that could reach outside hosts."""
    out = {**os.environ, "HF_HUB_OFFLINE": "1", "DO_NOT_TRACK": "1", "NO_PROXY": "*", "PYTHONUNBUFFERED": "1"}
    if _frozen_src is not None:
        out["PYTHONPATH"] = os.pathsep.join([str(_frozen_src), *filter(None, [os.environ.get("PYTHONPATH")])])
    return out


def run_ingest(corpus: Path, db: Path, *, preexec=None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_cmd(corpus, db), capture_output=True, text=True, timeout=timeout, env=env(),
                          cwd=corpus.parent, preexec_fn=preexec)


def start_ingest(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(ingest_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=env(), cwd=corpus.parent)


def _stable_columns(con, table: str) -> list[str]:
    """Columns whose value does not depend on when the run happened (no timestamps)."""
    cols = con.execute(f"DESCRIBE {table}").fetchall()
    return [f'"{name}"' for name, kind, *_ in cols if not kind.startswith("TIMESTAMP")]


def _frozen(value):
    return tuple(map(_frozen, value)) if isinstance(value, list) else value


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (timestamps left out), sorted: two equal snapshots are the same store."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = ", ".join(_stable_columns(con, table))
            out[table] = [tuple(map(_frozen, row)) for row in
                          con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()]
        return out
    finally:
        con.close()


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
    finally:
        con.close()


def differences(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> dict[str, tuple[int, int, int]]:
    """table -> (rows only in a, rows only in b, rows in b more than once) for the tables that differ."""
    out = {}
    for table in a:
        sa, sb = set(a[table]), set(b[table])
        doubled = len(b[table]) - len(sb)
        if sa != sb or doubled or len(a[table]) != len(b[table]):
            out[table] = (len(sa - sb), len(sb - sa), doubled)
    return out


def timed_ingest(corpus: Path, db: Path) -> float:
    t0 = time.monotonic()
    done = run_ingest(corpus, db)
    assert done.returncode in (0, 3), done.stderr
    return time.monotonic() - t0


def _watched_ingest(corpus: Path, db: Path) -> tuple[subprocess.Popen, int]:
    """An ingest whose progress bar (tqdm draws it only on a terminal) goes to a pseudo-terminal we read."""
    master, slave = pty.openpty()
    # a new terminal is 0 columns wide and tqdm would draw an empty bar: give it a width
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 160, 0, 0))
    cmd = [c for c in ingest_cmd(corpus, db) if c != "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave, env=env(), cwd=corpus.parent)
    os.close(slave)
    return proc, master


def _progress(master: int, last: int) -> int:
    """Items done according to the newest progress-bar frame (``12/38 [``), or ``last``."""
    seen = b""
    while select.select([master], [], [], 0.05)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    found = re.findall(rb"(\d+)/(\d+) \[", seen)
    return int(found[-1][0]) if found else last


def kill_rounds(corpus: Path, db: Path, *, kills: int, total: int, rng) -> list[dict]:
    """Start an ingest ``kills`` times and SIGKILL it at a random point of its writing phase.

    The child's own progress bar says how far it got (it advances after each stored batch); each
    round picks a random point in the part of the corpus not stored yet, waits for the bar to pass
    it, waits a random fraction of a second more (into the next batch) and kills.
    """
    rounds = []
    for _ in range(kills):
        stored = counts(db)["articles"] if db.exists() else 0
        # aim into the first half of what is left: the bar moves per stored chunk, and a target
        # near the end lets the last chunk land before the kill (no kill mid-ingest at all)
        low = min(stored + 1, total - 1)
        target = rng.randint(low, max(low, stored + (total - stored) // 2))
        proc, master = _watched_ingest(corpus, db)
        done, t0 = 0, time.monotonic()
        try:
            while proc.poll() is None and done < target:
                done = _progress(master, done)
            time.sleep(rng.uniform(0, 0.1))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            os.close(master)
        rounds.append({"after_s": round(time.monotonic() - t0, 1), "target": target, "progress": done,
                       "exit": proc.returncode, "articles": counts(db)["articles"] if db.exists() else 0})
    return rounds
