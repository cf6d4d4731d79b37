"""Ingest: sources -> pipeline (an engine) -> store, then deduplication.

Resumable and idempotent: articles whose id or content hash is already stored are skipped
before any work is done, and results are committed batch by batch, so an interrupted run
is finished by running the same command again. The library stays silent: progress and
failures go to the optional callbacks (the CLI draws a tqdm bar and prints JSON lines).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import ConfigError
from ..model import Analysis, Article, Failure
from ..settings import Settings
from .ids import content_hash
from .sources import iter_sourced
from .tabular import ColumnMapping

__all__ = ["IngestReport", "ingest"]


@dataclass
class IngestReport:
    stored: int = 0  # new articles written
    skipped: int = 0  # already in the store (same id or same text)
    failed: int = 0
    events: int = 0
    dedup: dict = field(default_factory=dict)

    @property
    def processed(self) -> int:
        return self.stored + self.skipped


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class _Run:
    """State of one ingest run: the store, the report, what this run has already seen."""

    def __init__(self, store, settings, on_failure, progress):
        self.store, self.settings = store, settings
        self.on_failure, self.progress = on_failure or (lambda f: None), progress or (lambda n: None)
        self.report = IngestReport()
        self.seen_hashes: set[str] = set()

    def fail(self, failures: list[Failure], hashes: dict[str, str] | None = None) -> None:
        if failures:
            self.store.write_failures(failures, hashes)
            self.report.failed += len(failures)
            for f in failures:
                self.on_failure(f)

    def new_articles(self, chunk: list[tuple[str, Article]]) -> tuple[list[Article], dict[str, str]]:
        """Drop what is stored already or repeated in this run; keep each article's origin."""
        hashes = [content_hash(a.text) for _, a in chunk]
        known_ids, known_hashes = self.store.known([a.id for _, a in chunk], hashes)
        fresh, origins, conflicts = [], {}, []
        for (origin, art), h in zip(chunk, hashes):
            if art.id in known_ids and h not in known_hashes:
                # same id, different text: never overwrite what is stored, say so
                conflicts.append(Failure(art.id, "duplicate-id", f"{origin}: id {art.id!r} is already stored "
                                         "with a different text; give the new version another id", source=origin))
                continue
            if art.id in known_ids or h in known_hashes or h in self.seen_hashes or art.id in origins:
                self.report.skipped += 1
                continue
            self.seen_hashes.add(h)
            fresh.append(art)
            origins[art.id] = origin
        self.fail(conflicts)
        return fresh, origins


def ingest(paths: Iterable[str | Path], store, settings: Settings, *, mapping: ColumnMapping | None = None,
           engine: str = "local", address: str | None = None, on_failure: Callable[[Failure], None] | None = None,
           progress: Callable[[int], None] | None = None, dedup: bool = True,
           worker_setup: Callable[[], None] | None = None) -> IngestReport:
    """Read ``paths``, code every new article, store everything; returns the counts.

    ``worker_setup`` runs once in every worker process (local processes or Dask workers)
    before the pipeline is built, e.g. to ``registry.register`` plugin stages there.
    """
    run = _Run(store, settings, on_failure, progress)
    if engine == "dask":
        try:
            from ..engines.dask import ingest_dask
        except ModuleNotFoundError as exc:
            raise ConfigError("the dask engine needs the 'distributed' extra: "
                              "pip install -e '.[distributed]'") from exc
        ingest_dask(list(paths), run, mapping, address, worker_setup)
    else:
        _ingest_local(paths, run, mapping, worker_setup)
    if dedup:
        from ..dedup import update

        run.report.dedup = update(store, threshold=settings.near_dup_threshold,
                                  window_days=settings.cluster_window_days)
    return run.report


def _ingest_local(paths, run: _Run, mapping, worker_setup) -> None:
    from ..engines.local import make_pool, run_local

    settings = run.settings
    pool = make_pool(settings, settings.processes, worker_setup) if settings.processes > 1 else None
    coder = None
    try:
        size = settings.batch_size * max(1, settings.processes) * 2
        for chunk in _chunks(iter_sourced(paths, mapping, settings.max_chars), size):
            run.fail([item for _, item in chunk if isinstance(item, Failure)])
            fresh, origins = run.new_articles([(o, a) for o, a in chunk if isinstance(a, Article)])
            results = list(run_local(fresh, settings, executor=pool)) if fresh else []
            coder = coder or _coder(settings)
            store_results(run, results, origins, coder)
            run.progress(len(chunk))
    finally:
        if pool is not None:
            pool.shutdown()


def _coder(settings: Settings) -> str:
    return "+".join(settings.stages)


def store_results(run: _Run, results: list[Analysis | Failure], origins: dict[str, str], coder: str) -> None:
    analyses = [r for r in results if isinstance(r, Analysis)]
    failures = [r if r.source else _with_source(r, origins.get(r.article_id)) for r in results
                if isinstance(r, Failure)]
    run.fail(failures)
    if analyses:
        run.report.stored += run.store.write_analyses(analyses, origins=origins, coder=coder)
        run.report.events += sum(len(a.events) for a in analyses)


def _with_source(failure: Failure, origin: str | None) -> Failure:
    from dataclasses import replace

    return replace(failure, source=origin)
