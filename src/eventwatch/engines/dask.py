"""The Dask distributed engine: the same stage code, one task per input file.

Each task reads one file (a JSONL/CSV/Parquet shard or a document), runs the pipeline on a
worker (the pipeline and its spaCy model are built once per worker process and cached), and
writes its rows as Parquet files, one per store table, under ``<db>.shards/``. The client
then loads the shards into the store in Arrow batches and deduplicates, exactly as the local
engine does. Point ``address`` at a running scheduler (``tcp://host:8786``; see
docs/store.md for Kubernetes and HPC); without one a loopback-only LocalCluster is
started for the run.
"""
from __future__ import annotations

import hashlib
import shutil
from contextlib import contextmanager
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from ..ingest.ids import content_hash
from ..ingest.sources import iter_files, iter_sourced
from ..model import Analysis, Failure
from ..settings import Settings
from ..store.rows import analyses_to_tables
from .local import strip_parse

__all__ = ["ingest_dask", "local_cluster", "process_shard"]

_TABLES = ("articles", "events", "mentions", "actors", "places", "times", "quotes")


def local_cluster(n_workers: int = 2):
    """A LocalCluster that listens on loopback only, with no dashboard."""
    from dask.distributed import LocalCluster

    return LocalCluster(host="127.0.0.1", n_workers=n_workers, threads_per_worker=1, dashboard_address=None,
                        processes=True)


@contextmanager
def _client(address: str | None, workers: int):
    from dask.distributed import Client

    if address:
        with Client(address) as client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client


class _Setup(WorkerPlugin):
    """A worker plugin: runs the caller's setup in every worker, present and future."""

    def __init__(self, setup):
        self.setup_fn = setup

    def setup(self, worker) -> None:
        self.setup_fn()


def _shard_name(path: Path) -> str:
    return hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:16]


def process_shard(path: str, settings: Settings, out_dir: str, mapping, known: frozenset) -> dict:
    """Worker side: read one file, code its new articles, write one Parquet file per table."""
    import pyarrow.parquet as pq

    from ..api import get_pipeline  # cached per worker process: the model loads once

    failures, articles, origins, seen = [], [], {}, set(known)
    for origin, item in iter_sourced([path], mapping, settings.max_chars):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        h = content_hash(item.text)
        if h in seen or item.id in origins:
            continue
        seen.add(h)
        articles.append(item)
        origins[item.id] = origin
    results = [strip_parse(r) for r in get_pipeline(settings).run(articles)] if articles else []
    analyses = [r for r in results if isinstance(r, Analysis)]
    failures += [r for r in results if isinstance(r, Failure)]
    tables = analyses_to_tables(analyses, origins=origins, coder="+".join(settings.stages))
    name = _shard_name(Path(path))
    written = {}
    for table in _TABLES:
        target = Path(out_dir) / table / f"{name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(tables[table], target)
        written[table] = str(target)
    return {"path": path, "tables": written, "failures": failures, "articles": len(articles),
            "items": len(articles) + len(failures)}


def _load(run, result: dict) -> None:
    import pyarrow.parquet as pq

    tables = {name: pq.read_table(p) for name, p in result["tables"].items()}
    stored = run.store.write_tables(tables)
    run.report.stored += stored
    run.report.skipped += result["articles"] - stored
    run.report.events += tables["events"].num_rows if stored else 0
    run.fail(result["failures"])
    run.progress(max(1, result["items"]))


def ingest_dask(paths: list, run, mapping, address: str | None, worker_setup=None) -> None:
    """Client side: submit one task per file, load each finished shard into the store."""
    from dask.distributed import as_completed

    files = [str(p) for p in iter_files(paths)]
    if not files:
        return
    known = frozenset(r[0] for r in run.store.rows("SELECT content_hash FROM articles"))
    out_dir = Path(f"{run.store.path}.shards" if run.store.path != ":memory:" else "eventwatch.shards")
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        with _client(address, max(1, run.settings.processes) if run.settings.processes > 1 else 2) as client:
            if worker_setup is not None:
                client.register_plugin(_Setup(worker_setup), name="eventwatch-setup")
            known_f = client.scatter([known], broadcast=True)[0]  # a list: scatter the set as one object
            futures = client.map(process_shard, files, settings=run.settings, out_dir=str(out_dir.resolve()),
                                 mapping=mapping, known=known_f, pure=False)
            # load in input order: which of two identical texts is kept must not depend on timing
            done = {}
            order = {f.key: n for n, f in enumerate(futures)}
            next_n = 0
            for future in as_completed(futures):
                done[order[future.key]] = future.result()
                while next_n in done:
                    _load(run, done.pop(next_n))
                    next_n += 1
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
