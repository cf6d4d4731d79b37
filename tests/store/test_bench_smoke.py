"""The benchmarks run on small sizes (a smoke test: no timing is asserted), and the summaries
that turn rounds into ratios and stage shares are checked on hand-made figures."""
from eventwatch.bench import _as_text, bulk_write, split_by_words, stage_shares, summarise_rounds, timeline_query


def test_bulk_write_and_timeline_shapes():
    w = bulk_write(200, per_article=10)
    q = timeline_query(5_000, repeats=1)
    assert w["events"] == 200 and w["events_per_s"] > 0 and w["end_to_end_events_per_s"] > 0
    assert w["rewrite_stored"] == 0  # the same tables again store nothing
    assert q["events"] == 5_000 and q["periods"] > 0
    text = _as_text({"corpus": "x", "articles": 0, "words": 0, "stages": ["s"], "throughput": [],
                      "bulk_write": w, "timeline_query": q})
    assert "events/s" in text and "dyad timeline" in text


def test_rounds_give_the_median_ratio_and_the_best_times():
    rounds = [{"bare": 10.0, "full": 20.0}, {"bare": 9.0, "full": 10.0}, {"bare": 16.0, "full": 20.0}]
    s = summarise_rounds(rounds)
    assert s["ratios"] == [0.5, 0.9, 0.8] and s["ratio_median"] == 0.8
    assert s["best_seconds"] == {"bare": 9.0, "full": 10.0}


def test_stage_shares_split_spacy_from_conversion_and_show_overhead():
    seconds = {"nlp.spacy.v1": 6.0, "coding.rules.v1": 2.0, "(nlp: Doc -> records)": 1.0}
    shares = stage_shares(seconds, total=10.0)
    assert shares == {"nlp.spacy.v1 (spaCy)": 0.5, "nlp.spacy.v1 (Doc -> records)": 0.1,
                      "coding.rules.v1": 0.2, "(pipeline overhead)": 0.2}
    assert stage_shares({}, total=0.0) == {}


def test_split_by_words_balances_the_shares():
    texts = ["a " * 9, "b " * 5, "c " * 4, "d " * 3, "e " * 3]
    shares = split_by_words(texts, 2)
    assert sorted(len(t.split()) for share in shares for t in share) == [3, 3, 4, 5, 9]
    assert sorted(sum(len(t.split()) for t in share) for share in shares) == [12, 12]
