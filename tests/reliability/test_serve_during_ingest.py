"""The API while an ingest runs. DuckDB lets one process hold a file for writing, and the server
holds its store open (read-only) for its whole life, so the two cannot share one file. What works
today: serve a snapshot (a copy taken while no writer has the file open), ingest into the live
store, then publish a new snapshot with an atomic rename and restart the server. The server keeps
answering from the old snapshot until restarted (see docs/reliability.md, 'Serving during ingest').
"""
from __future__ import annotations

import os
import shutil
import time

import httpx
import pytest

from corpus import write_corpus
from runs import counts, run_ingest, start_ingest
from server import serving

pytestmark = [pytest.mark.timeout(900), pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("serve") / "corpus", n_jsonl=20, n_text=2, seed=17)


def _empty_store(path):
    from eventwatch.store import Store

    Store(path).close()
    return path


def test_ingest_into_the_served_file_fails_clearly_and_the_api_keeps_serving(corpus, tmp_path):
    db = _empty_store(tmp_path / "served.duckdb")
    with serving(db) as (base, _):
        done = run_ingest(corpus, db)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "eventwatch: error: cannot open store" in done.stderr and "lock" in done.stderr.lower()
        assert httpx.get(f"{base}/api/stats", timeout=5).status_code == 200


def publish(live, snapshot) -> None:
    """Copy a closed store beside the snapshot, then rename it over: readers never see half a file."""
    partial = snapshot.with_name(snapshot.name + ".partial")
    shutil.copyfile(live, partial)
    os.replace(partial, snapshot)


def test_api_serves_a_snapshot_while_the_live_store_is_ingested(corpus, tmp_path):
    live, snapshot = _empty_store(tmp_path / "live.duckdb"), tmp_path / "snapshot.duckdb"
    publish(live, snapshot)
    statuses, latencies = [], []
    with serving(snapshot) as (base, _):
        ingest = start_ingest(corpus, live)
        with httpx.Client(base_url=base, timeout=10) as client:
            while ingest.poll() is None:
                t0 = time.perf_counter()
                statuses.append(client.get("/api/events", params={"limit": 20}).status_code)
                latencies.append(time.perf_counter() - t0)
                time.sleep(0.05)
        assert ingest.returncode == 3, ingest.stderr.read()
        publish(live, snapshot)  # the running server keeps its open (old) file: stale, never torn
        assert httpx.get(f"{base}/api/stats", timeout=5).json()["articles"] == 0
    assert statuses and set(statuses) == {200}
    assert max(latencies) < 5.0
    stored = counts(live)["articles"]
    assert stored == 22
    with serving(snapshot) as (base, _):  # the restarted server sees the published snapshot
        assert httpx.get(f"{base}/api/stats", timeout=5).json()["articles"] == stored
