"""The local engine: the pipeline in this process, or in N spawned worker processes.

Workers build the pipeline (and load the spaCy model) once, in their initializer, and get
small batches (``dispatch_size``), so the per-article overhead is one pickle round trip and
the workers finish together. Results come back in
input order, without the parse (the store does not keep it).
"""
from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from typing import Callable, Iterable, Iterator

from ..model import Analysis, Article, Failure
from ..settings import Settings

__all__ = ["run_local", "strip_parse"]

_WORKER_SETTINGS: Settings | None = None
_DISPATCH = 8


def strip_parse(item: Analysis | Failure) -> Analysis | Failure:
    return replace(item, parsed=None) if isinstance(item, Analysis) else item


def _init_worker(settings: Settings, setup: Callable[[], None] | None = None) -> None:
    global _WORKER_SETTINGS  # one pipeline per worker process, built once
    from ..api import get_pipeline

    if setup is not None:
        setup()  # e.g. register plugin stages, which a fresh process does not know
    _WORKER_SETTINGS = settings
    get_pipeline(settings)


def _run_batch(batch: list[Article]) -> list[Analysis | Failure]:
    from ..api import get_pipeline

    return [strip_parse(r) for r in get_pipeline(_WORKER_SETTINGS).run(batch)]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def dispatch_size(settings: Settings) -> int:
    """Articles per task sent to a worker: small enough that the workers finish together (the
    ingest driver hands over ``batch_size * processes * 2`` articles at a time; whole batches of
    64 left one worker idle for up to a third of each chunk), large enough that the pickle round
    trip stays negligible next to about a second of coding per article."""
    return max(1, min(settings.batch_size, _DISPATCH))


def run_local(articles: Iterable[Article], settings: Settings, processes: int | None = None,
              executor: ProcessPoolExecutor | None = None) -> Iterator[Analysis | Failure]:
    """Analyses or Failures, one per article, in input order."""
    processes = processes or settings.processes
    if processes <= 1 and executor is None:
        from ..api import get_pipeline

        yield from (strip_parse(r) for r in get_pipeline(settings).run(articles))
        return
    own = executor is None
    pool = executor or make_pool(settings, processes)
    try:
        for results in pool.map(_run_batch, _batches(articles, dispatch_size(settings))):
            yield from results
    finally:
        if own:
            pool.shutdown()


def make_pool(settings: Settings, processes: int, setup: Callable[[], None] | None = None) -> ProcessPoolExecutor:
    """Spawned workers (fork is unsafe with threads), each with its pipeline ready.

    ``setup`` (picklable, e.g. a module-level function) runs first in every worker.
    """
    return ProcessPoolExecutor(processes, mp_context=mp.get_context("spawn"), initializer=_init_worker,
                               initargs=(settings, setup))
