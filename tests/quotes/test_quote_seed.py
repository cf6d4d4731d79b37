"""The founding example: every quote of ../shared/seed/EXPECTED.md with the right speaker.

The article is read from ../shared at test time (never copied); assertions use only short
fragments we need to find the quotes, the speakers' names and the kinds.
"""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def seed(pipeline, seed_file):
    from eventwatch.api import make_article

    return pipeline.analyze(make_article(seed_file.read_text(encoding="utf-8")))


def _find(seed, fragment, kind=None):
    text = seed.article.text
    for q in seed.quotes:
        if text[q.start:q.end].startswith(fragment) and (kind is None or q.kind == kind):
            return q
    raise AssertionError(f"no quote {fragment!r} ({kind}) among {[(q.kind, q.start) for q in seed.quotes]}")


def _name(q):
    return q.speaker.name if q.speaker else q.speaker_text


@pytest.mark.shared
@pytest.mark.parametrize("fragment, surname, kind", [
    ("They [KFOR", "Vu", "direct"),
    ("is not worried", "Vu", "partial"),
    ("I did not expect", "Vu", "direct"),
    ("expected", "Vu", "partial"),
    ("A significant reinforcement", "Kurti", "direct"),
    ("An increase in the number", "Kurti", "direct"),
])
def test_seed_quotes_have_their_speakers(seed, fragment, surname, kind):
    q = _find(seed, fragment, kind)
    assert surname in _name(q)
    assert len(_name(q).split()) >= 2  # the full name, also behind "he"


@pytest.mark.shared
def test_seed_venues(seed):
    assert "Pink" in _find(seed, "They [KFOR").venue
    assert _find(seed, "A significant reinforcement").venue == "Die Welt"


@pytest.mark.shared
def test_seed_headline_is_a_second_mention_of_the_partial_quote(seed):
    headline = _find(seed, "not worried", "headline")
    body = _find(seed, "is not worried", "partial")
    assert headline.speaker == body.speaker
    assert headline.event_ids == body.event_ids


@pytest.mark.shared
def test_seed_events_point_back_to_their_quotes(seed):
    quote_ids = {q.id for q in seed.quotes}
    for event in seed.events:
        assert set(event.quotes) <= quote_ids
        for qid in event.quotes:
            assert event.id in next(q for q in seed.quotes if q.id == qid).event_ids
