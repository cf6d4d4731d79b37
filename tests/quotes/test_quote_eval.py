from __future__ import annotations

import pytest

from eventwatch.model import Actor, Quote
from eventwatch.quotes.evaluate import score
from eventwatch.quotes.gold import GoldQuote, article_key, in_split, load_gold, same_speaker

TEXT = 'Intro. "We will win," Maria Costa said. The party said turnout was high.'


def _quote(start, end, name):
    return Quote(f"q{start}", "a", TEXT[start:end], start, end, speaker=Actor(name, "person"))


def test_same_speaker_matches_on_name_words_not_titles():
    assert same_speaker("Aleksandar Vučić", "Vucic")
    assert same_speaker("Donald Trump", "President Trump")
    assert not same_speaker("Donald Trump", "President Biden")
    assert not same_speaker("Donald Trump", None)


def test_split_is_deterministic_and_disjoint():
    urls = [article_key(f"https://example.org/wiki/{n}") for n in range(30)]
    dev = {u for u in urls if in_split(u, "dev")}
    held = {u for u in urls if in_split(u, "held-out")}
    assert dev and held and not dev & held and dev | held == set(urls)
    assert dev == {u for u in urls if in_split(u, "dev")}


def test_score_counts_exact_overlap_and_speakers():
    we, party = TEXT.index("We will win"), TEXT.index("turnout")
    gold = [GoldQuote("u", we, we + len("We will win"), "direct", "Maria Costa"),
            GoldQuote("u", party, party + len("turnout was high"), "indirect", "party")]
    predicted = {"u": [_quote(we, we + len("We will win,"), "Maria Costa"),  # exact once the comma is trimmed
                       _quote(party, party + len("turnout"), "Maria Costa"),  # overlaps, wrong speaker
                       _quote(0, 5, "Nobody")]}  # spurious
    m = score(gold, predicted, {"u": TEXT}).metrics
    assert (m["gold_quotes"], m["predicted_quotes"]) == (2, 3)
    assert m["exact_recall"] == pytest.approx(0.5)
    assert m["overlap_recall"] == pytest.approx(1.0)
    assert m["overlap_precision"] == pytest.approx(2 / 3)
    assert m["speaker_accuracy"] == pytest.approx(0.5)


def test_gold_offsets_fit_the_articles(wikinews_dir):
    from eventwatch.quotes.gold import load_articles

    folder = wikinews_dir
    gold = load_gold()
    assert len(gold) >= 150
    rows = load_articles(folder, {g.article for g in gold})
    assert set(rows) == {g.article for g in gold}
    for g in gold:
        text = rows[g.article]["text"]
        assert 0 <= g.start < g.end <= len(text)
        assert text[g.start:g.end].strip() == text[g.start:g.end]  # spans are trimmed
        if g.cue_start is not None:
            assert text[g.cue_start:g.cue_end].isalpha()
    assert {in_split(g.article, "held-out") for g in gold} == {True, False}
