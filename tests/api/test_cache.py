from __future__ import annotations

from eventwatch.httpapi.cache import MISSING, QueryCache


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


def test_concurrent_misses_on_one_key_share_one_computation():
    import asyncio
    import threading

    from eventwatch.httpapi.cache import Flights

    calls, gate = [], threading.Event()

    def slow(value):
        calls.append(value)
        gate.wait(5)  # held until every request has arrived
        return value

    async def scenario():
        flights = Flights(slots=1)
        waiting = [asyncio.create_task(flights.run("k", lambda: slow(1))) for _ in range(5)]
        other = asyncio.create_task(flights.run("j", lambda: slow(2)))
        await asyncio.sleep(0.05)
        gate.set()
        return await asyncio.gather(*waiting), await other

    same, other = asyncio.run(scenario())
    assert same == [1] * 5 and other == 2 and sorted(calls) == [1, 2]


def test_event_pages_are_cached_as_json_bytes(client):
    params = {"country": "GRC", "limit": 3}
    first = client.get("/api/events", params=params)
    assert first.headers["content-type"] == "application/json"
    assert "Content-Security-Policy" in first.headers
    key = next(k for k in client.app.state.cache._items if k[0] == "events" and k[2] == 3)
    assert client.app.state.cache._items[key] == first.content


def test_serialised_pages_are_bounded_in_bytes():
    cache = QueryCache(size=100, max_bytes=10)
    for key in "abc":
        cache.put(key, b"1234")
    assert cache.lookup("a") is MISSING and cache.lookup("c") == b"1234" and cache.bytes == 8
