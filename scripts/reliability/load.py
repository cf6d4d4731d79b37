"""Load on the events endpoint: `eventwatch serve` in one process, an httpx load generator in another.

    .venv/bin/python scripts/reliability/load.py [--db STORE] [--events 1000000] [--rate 200] [--seconds 30]

Builds (once, cached under /tmp/ew-reliability) a synthetic store with ``--events`` events
(eventwatch.analysis.synthetic), starts `eventwatch serve` on 127.0.0.1 with a free port, runs a
bounded load from a second process and prints requests/s and latency percentiles, then stops
everything. Two scenarios per run:

- ``open``: requests are *sent* at a fixed rate (``--rate``) whatever the answers do; latency is
  measured from each request's scheduled time, so a slow server cannot hide behind fewer requests.
- ``closed``: ``--concurrency`` clients send back to back: the most the server sustains.

URLs are drawn from a mix of dashboard-like /api/events queries (first pages, filters by country,
type, quad, dates, deep offsets). The server caches results (httpapi/cache.py), so ``--distinct``
controls how many different URLs there are; 0 makes each URL unique (every request a cache miss).
Only 127.0.0.1 is contacted.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

CACHE = Path("/tmp/ew-reliability")
GRACE = 10.0  # seconds a request may take before it counts as failed
MAX_IN_FLIGHT = 64  # open loop: more unanswered requests than this and new ones count as failed
COUNTRIES = ["SRB", "XKX", "RUS", "UKR", "USA", "CHN", "FRA", "DEU", "TUR", "IRN", "IND", "PAK", "ARM", "AZE"]
TYPES = ["CONSULT", "ACCUSE", "ASSAULT", "AID", "PROTEST", "THREATEN", "REQUEST", "COERCE"]


def query(rng: random.Random) -> dict:
    """One dashboard-like /api/events query."""
    kind = rng.random()
    params: dict = {"limit": rng.choice([20, 50, 100])}
    if kind < 0.25:
        pass  # the first page, no filter
    elif kind < 0.5:
        params["country"] = rng.choice(COUNTRIES)
    elif kind < 0.65:
        params["actor"], params["recipient"] = rng.sample(COUNTRIES, 2)
    elif kind < 0.8:
        params["type"] = rng.choice(TYPES)
        params["quad"] = rng.randint(1, 4)
    elif kind < 0.9:
        year = rng.randint(2020, 2026)
        params["date_from"], params["date_to"] = f"{year}-01-01", f"{year}-03-31"
    else:
        params["offset"] = rng.randrange(0, 10_000, 50)
    return params


def url_pool(distinct: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [query(rng) for _ in range(distinct)]


def _pick(pool: list[dict], rng: random.Random, n: int) -> dict:
    if pool:
        return rng.choice(pool)
    params = query(rng)
    params["offset"] = params.get("offset", 0) + n % 50  # unique: a cache miss every time
    return params


async def _one(client, params, start, out):
    try:
        r = await client.get("/api/events", params=params)
        ok = r.status_code == 200
    except Exception:  # noqa: BLE001 - a failed request is counted, not raised
        ok = False
    out.append((time.perf_counter() - start, ok))


async def open_loop(base: str, rate: float, seconds: float, pool: list[dict], seed: int) -> dict:
    import httpx

    rng, out, tasks = random.Random(seed), [], {}
    limits = httpx.Limits(max_connections=MAX_IN_FLIGHT, max_keepalive_connections=MAX_IN_FLIGHT)
    async with httpx.AsyncClient(base_url=base, timeout=GRACE, limits=limits, trust_env=False) as client:
        t0 = time.perf_counter()
        n = 0
        while (scheduled := t0 + n / rate) < t0 + seconds:
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks = {t: s for t, s in tasks.items() if not t.done()}
            if len(tasks) >= MAX_IN_FLIGHT:  # the server is saturated: this request fails, the run stays bounded
                out.append((GRACE, False))
            else:
                tasks[asyncio.create_task(_one(client, _pick(pool, rng, n), scheduled, out))] = scheduled
            n += 1
        # what has not been answered GRACE seconds after the last send counts as failed
        late = (await asyncio.wait(tasks, timeout=GRACE))[1] if tasks else set()
        cutoff = time.perf_counter()
        for task in late:
            task.cancel()
            out.append((cutoff - tasks[task], False))
        elapsed = time.perf_counter() - t0
    return summary(out, elapsed, f"open loop at {rate:g} req/s")


async def closed_loop(base: str, concurrency: int, seconds: float, pool: list[dict], seed: int) -> dict:
    import httpx

    out = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=GRACE, limits=limits, trust_env=False) as client:
        t0 = time.perf_counter()

        async def worker(k):
            rng, n = random.Random(seed + k), 0
            while time.perf_counter() - t0 < seconds:
                await _one(client, _pick(pool, rng, n * concurrency + k), time.perf_counter(), out)
                n += 1

        await asyncio.gather(*(worker(k) for k in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return summary(out, elapsed, f"closed loop, {concurrency} clients")


def summary(out: list[tuple[float, bool]], elapsed: float, label: str) -> dict:
    lat = sorted(ms * 1000 for ms, _ in out)

    def pct(p):
        return round(lat[min(len(lat) - 1, int(p / 100 * len(lat)))], 1) if lat else None

    answered = sum(1 for _, ok in out if ok)
    return {"scenario": label, "requests": len(out), "errors": len(out) - answered,
            "seconds": round(elapsed, 1), "req_per_s": round(answered / elapsed, 1),
            "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99), "max_ms": round(lat[-1], 1) if lat else None,
            "mean_ms": round(statistics.fmean(lat), 1) if lat else None}


def client_main(args) -> int:
    """The load generator (runs in its own process): prints one JSON object."""
    pool = url_pool(args.distinct, args.seed) if args.distinct else []
    results = [asyncio.run(open_loop(args.base, args.rate, args.seconds, pool, args.seed))]
    if args.concurrency:
        results.append(asyncio.run(closed_loop(args.base, args.concurrency, args.seconds, pool, args.seed)))
    print(json.dumps(results))
    return 0


def ensure_store(events: int) -> Path:
    path = CACHE / f"events-{events}.duckdb"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "eventwatch.analysis.synthetic", str(path), "--events", str(events)],
                       check=True)
        print(f"built {path} ({events} events) in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store to serve (default: a cached synthetic store with --events events)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rate", type=float, default=200, help="open-loop requests per second")
    parser.add_argument("--concurrency", type=int, default=8, help="closed-loop clients (0: skip)")
    parser.add_argument("--seconds", type=float, default=30, help="length of each scenario")
    parser.add_argument("--distinct", type=int, default=2000, help="distinct URLs (0: every request unique)")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of load before measuring")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--client", metavar="BASE", help=argparse.SUPPRESS)  # internal: be the load generator
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.client:
        args.base = args.client
        return client_main(args)
    from server import serving

    db = Path(args.db) if args.db else ensure_store(args.events)
    load_before = round(os.getloadavg()[0], 2)  # the machine is shared: say how busy it was
    with serving(db) as (base, proc):
        client = [sys.executable, __file__, "--client", base, "--rate", str(args.rate), "--distinct",
                  str(args.distinct), "--seed", str(args.seed)]
        if args.warmup:  # first queries pay for DuckDB's buffer pool filling from disk
            subprocess.run(client + ["--seconds", str(args.warmup), "--concurrency", "0"], check=True,
                           capture_output=True)
        done = subprocess.run(client + ["--seconds", str(args.seconds), "--concurrency", str(args.concurrency)],
                              check=True, capture_output=True, text=True)
    results = json.loads(done.stdout)
    meta = {"db": str(db), "distinct_urls": args.distinct or "all unique", "server": "eventwatch serve, 127.0.0.1",
            "load_average_1min_before_after": [load_before, round(os.getloadavg()[0], 2)]}
    if args.json:
        print(json.dumps({"meta": meta, "results": results}, indent=2))
        return 0
    print(f"store {db}; distinct URLs: {meta['distinct_urls']}; load average before/after "
          f"{meta['load_average_1min_before_after']}")
    for r in results:
        print(f"{r['scenario']:<28} {r['requests']:>6} requests {r['errors']:>3} errors  {r['req_per_s']:>7} req/s  "
              f"p50 {r['p50_ms']} ms  p95 {r['p95_ms']} ms  p99 {r['p99_ms']} ms  max {r['max_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
