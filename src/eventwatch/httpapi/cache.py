"""A small LRU cache of query results.

The server holds the store open read-only, and DuckDB lets no other process write a file
while it is open, so the data cannot change under a running server: a result computed once
stays right. Aggregations over a million events take a few hundred milliseconds; a dashboard
that returns to a view gets them at once.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

__all__ = ["MISSING", "QueryCache"]

MISSING = object()  # lookup() found nothing (None is a valid cached value)


class QueryCache:
    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.hits = self.misses = 0
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
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
