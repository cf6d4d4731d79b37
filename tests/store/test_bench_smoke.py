"""The store benchmarks run on small sizes (a smoke test: no timing is asserted)."""
from eventwatch.bench import _as_text, bulk_write, timeline_query


def test_bulk_write_and_timeline_shapes():
    w = bulk_write(200, per_article=10)
    q = timeline_query(5_000, repeats=1)
    assert w["events"] == 200 and w["events_per_s"] > 0
    assert q["events"] == 5_000 and q["periods"] > 0
    text = _as_text({"corpus": "x", "articles": 0, "words": 0, "stages": ["s"], "throughput": [],
                      "bulk_write": w, "timeline_query": q})
    assert "events/s" in text and "dyad timeline" in text
