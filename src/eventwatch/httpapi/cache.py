"""A small LRU cache of query results.

The server holds the store open read-only, and DuckDB lets no other process write a file
while it is open, so the data cannot change under a running server: a result computed once
stays right. Aggregations over a million events take a few hundred milliseconds; a dashboard
that returns to a view gets them at once. /api/events stores its pages as JSON bytes (bounded
by ``max_bytes``) and computes misses through ``Flights``.
"""
from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

from starlette.concurrency import run_in_threadpool

__all__ = ["MISSING", "Flights", "QueryCache"]

MISSING = object()  # lookup() found nothing (None is a valid cached value)


class QueryCache:
    def __init__(self, size: int = 256, max_bytes: int = 128 * 2**20) -> None:
        self.size, self.max_bytes = size, max_bytes  # max_bytes bounds the serialised pages (bytes values)
        self.hits = self.misses = self.bytes = 0
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        found = self.lookup(key)
        if found is MISSING:
            found = compute()  # outside the lock: other requests go on meanwhile
            self.put(key, found)
        return found

    def lookup(self, key: Hashable) -> Any:
        """The stored value (counted as a hit), or ``MISSING`` (counted as a miss)."""
        with self._lock:
            if key in self._items:
                self.hits += 1
                self._items.move_to_end(key)
                return self._items[key]
            self.misses += 1
            return MISSING

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            if key in self._items:
                self.bytes -= _weight(self._items.pop(key))
            self._items[key] = value
            self.bytes += _weight(value)
            while self._items and (len(self._items) > self.size or self.bytes > self.max_bytes):
                self.bytes -= _weight(self._items.popitem(last=False)[1])


def _weight(value: Any) -> int:
    return len(value) if isinstance(value, bytes) else 0


class Flights:
    """Misses computed off the event loop: one computation per key, at most ``slots`` at once.

    Under load many requests miss on the same key at the same moment (a dashboard's first
    page); they all wait for one query. DuckDB already spreads one query over every core, so
    more queries at once than ``slots`` only thrash the two cores of a small machine.
    """

    def __init__(self, slots: int = 2) -> None:
        self._pending: dict[Hashable, asyncio.Task] = {}
        self._slots = asyncio.Semaphore(slots)

    async def run(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        task = self._pending.get(key)
        if task is None:
            task = asyncio.create_task(self._compute(compute))
            self._pending[key] = task
            task.add_done_callback(lambda done: self._forget(key, done))
        # shield: a client that hangs up must not cancel the query others are waiting for
        return await asyncio.shield(task)

    async def _compute(self, compute: Callable[[], Any]) -> Any:
        async with self._slots:
            return await run_in_threadpool(compute)

    def _forget(self, key: Hashable, done: asyncio.Task) -> None:
        self._pending.pop(key, None)
        if not done.cancelled():
            done.exception()  # retrieved here: every waiter may have gone; the waiters still get it
