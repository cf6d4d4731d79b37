import random

import pytest

from tests.conftest import shared_path
from eventwatch.dedup.constructed import variants
from eventwatch.dedup.scoring import b_cubed, pairwise


def test_b_cubed_and_pairwise_by_hand():
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    pred = {"a": "x", "b": "x", "c": "x", "d": "y"}
    p, r, f = b_cubed(pred, gold)
    # precision: a,b,c each 2/3 or 1/3; d 1 -> (2/3+2/3+1/3+1)/4 ; recall: a,b 1, c,d 1/2
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4) and r == pytest.approx(0.75)
    pp, pr, pf, n = pairwise(pred, gold)
    assert (pp, pr, n) == (pytest.approx(1 / 3), 0.5, 2)


def test_singletons_have_perfect_b3_precision():
    gold = {"a": 1, "b": 1}
    assert b_cubed({"a": "a", "b": "b"}, gold)[:2] == (1.0, 0.5)


def test_variants_are_close_but_not_equal():
    text = ("The council of Ghent voted to close the old harbour bridge for repairs. Work starts in May. "
            "Cyclists will use a ferry. The mayor said the cost would be shared with the region.")
    v = variants(text, random.Random(3))
    assert set(v) == {"boilerplate", "edited", "truncated"}
    assert all(t != text for t in v.values()) and text in v["boilerplate"]


@pytest.mark.shared
def test_meantime_reader_and_report(settings):
    from eventwatch.dedup.evaluate import evaluate_meantime
    from eventwatch.dedup.meantime import read_corpus

    folder = shared_path("benchmarks", "meantime")
    mentions = read_corpus(folder)
    assert len(mentions) > 1000 and {m.corpus for m in mentions} == {"airbus", "apple", "gm", "stock"}
    assert all(m.instance and m.dct for m in mentions[:50])
    rows, metrics, notes = evaluate_meantime(folder, "held-out")
    assert {r[1] for r in rows} == {"held-out"} and "meantime_held-out_b3_f1" in metrics
    ours = next(r for r in rows if r[2].startswith("eventwatch"))
    singles = next(r for r in rows if r[2].startswith("singletons"))
    assert ours[6] >= singles[6] - 0.02  # B3 F1 of the rule is not worse than leaving everything apart
