from __future__ import annotations

from eventwatch.httpapi.cache import QueryCache


def test_cache_returns_stored_results_and_evicts_the_oldest():
    cache, calls = QueryCache(size=2), []

    def compute(value):
        calls.append(value)
        return value

    assert cache.get("a", lambda: compute(1)) == 1
    assert cache.get("a", lambda: compute(99)) == 1  # hit: not recomputed
    cache.get("b", lambda: compute(2))
    cache.get("c", lambda: compute(3))  # evicts "a"
    assert cache.get("a", lambda: compute(4)) == 4
    assert calls == [1, 2, 3, 4] and (cache.hits, cache.misses) == (1, 4)


def test_size_zero_keeps_nothing():
    cache = QueryCache(size=0)
    assert cache.get("k", lambda: 1) == 1 and cache.get("k", lambda: 2) == 2


def test_repeated_api_queries_are_served_from_the_cache(client):
    cache = client.app.state.cache
    params = {"actor": "SRB", "quad": [3, 4], "limit": 7}
    first = client.get("/api/events", params=params).json()
    hits = cache.hits
    assert client.get("/api/events", params=params).json() == first
    assert cache.hits == hits + 1
    client.get("/api/events", params={**params, "limit": 8})
    assert cache.hits == hits + 1  # a different page is a different key
