"""Faults during `eventwatch ingest`: SIGKILL at random points, a file-size limit (full disk), a
read-only store. Each ends with a clear error or a store identical to an uninterrupted run."""
from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import subprocess
import time

import pytest

from corpus import write_corpus
from runs import counts, differences, freeze_source, kill_rounds, run_ingest, snapshot, timed_ingest

pytestmark = [pytest.mark.timeout(900), pytest.mark.slow]


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The corpus, an uninterrupted run's store and its snapshot."""
    root = tmp_path_factory.mktemp("faults")
    freeze_source(root)  # every run below uses the same code, even if the working tree changes meanwhile
    corpus = write_corpus(root / "corpus", n_jsonl=30, n_text=4)
    db = root / "clean.duckdb"
    timed_ingest(corpus, db)
    return corpus, db, snapshot(db)


def test_clean_run_rejects_the_broken_inputs_with_reasons(clean):
    _, db, snap = clean
    reasons = sorted(row[2] for row in snap["failures"])
    assert reasons == ["binary", "empty", "encoding", "malformed"]
    assert len(snap["articles"]) == 30 + 4  # the duplicate text was stored once
    assert counts(db)["events"] > 0


def test_sigkill_at_random_points_then_resume_gives_the_same_store(clean, tmp_path):
    corpus, _, expected = clean
    seed = int(os.environ.get("EVENTWATCH_KILL_SEED", str(time.time_ns() % 10**6)))
    db, total = tmp_path / "killed.duckdb", len(expected["articles"])
    seen = kill_rounds(corpus, db, kills=3, total=total, rng=random.Random(seed))
    assert any(r["exit"] == -signal.SIGKILL and r["articles"] < total for r in seen), f"no kill mid-ingest: {seen}"
    done = run_ingest(corpus, db)
    assert done.returncode == 3, done.stderr
    diff = differences(expected, snapshot(db))
    assert not diff, f"seed {seed}, kills {seen}: (only clean, only resumed, doubled) {diff}"


def _limit_file_size(limit: int):
    def apply():  # Python ignores SIGXFSZ, so an over-limit write fails with EFBIG like a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_full_disk_gives_a_clear_error(clean, tmp_path):
    corpus = clean[0]
    db = tmp_path / "full.duckdb"
    failed = run_ingest(corpus, db, preexec=_limit_file_size(300_000))
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr and "eventwatch: error:" in failed.stderr


def test_full_disk_loses_nothing_committed_and_resume_completes(clean, tmp_path):
    corpus, _, expected = clean
    db = tmp_path / "full.duckdb"
    failed = run_ingest(corpus, db, preexec=_limit_file_size(300_000))
    assert failed.returncode != 0 and failed.returncode > 0  # an error exit, not killed by a signal
    partial = counts(db)  # the store still opens
    assert partial["articles"] < len(expected["articles"])
    done = run_ingest(corpus, db)
    assert done.returncode == 3, done.stderr
    assert not differences(expected, snapshot(db))


def _read_only(path):
    """Make ``path`` read-only for this process; root ignores file modes, so it gets a read-only bind mount."""
    if os.geteuid() != 0:
        for p in (path, *path.iterdir()):
            p.chmod(0o555 if p.is_dir() else 0o444)
        return None
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: cannot make a read-only mount")
    return ["unshare", "-m", "sh", "-c", f'mount --bind "{path}" "{path}" && '
            f'mount -o remount,ro,bind "{path}" "{path}" && exec "$0" "$@"']


def test_read_only_store_gives_a_clear_error_and_stays_intact(clean, tmp_path):
    from runs import env, ingest_cmd

    corpus, clean_db, expected = clean
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(clean_db, folder / "store.duckdb")
    extra = write_corpus(tmp_path / "more", n_jsonl=5, n_text=0, seed=99)
    before = (folder / "store.duckdb").read_bytes()
    prefix = _read_only(folder)
    for db in (folder / "store.duckdb", folder / "new.duckdb"):
        cmd = (prefix or []) + ingest_cmd(extra, db)
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env())
        if prefix and "unshare" in done.stderr and "Operation not permitted" in done.stderr:
            pytest.skip("no permission for a private mount namespace")
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr and "eventwatch: error: cannot open store" in done.stderr
    assert (folder / "store.duckdb").read_bytes() == before
    assert not differences(expected, snapshot(folder / "store.duckdb"))
