from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.errors import InputError, StageError
from eventwatch.model import Analysis, Article, Failure
from eventwatch.pipeline import Pipeline, validate_article


def art(text: str, id: str = "t1") -> Article:
    return Article(id, text, published=dt.date(2024, 3, 5))


@pytest.mark.parametrize("text,reason", [("", "empty"), ("   \n", "empty"), ("a\x00b", "binary")])
def test_validate_rejects_with_reason(settings, text, reason):
    with pytest.raises(InputError) as err:
        validate_article(art(text), settings)
    assert err.value.reason == reason


def test_validate_rejects_over_limit(settings):
    with pytest.raises(InputError) as err:
        validate_article(art("word " * 50), settings.with_(max_chars=100))
    assert err.value.reason == "too-large"


def test_bad_article_does_not_stop_the_batch(pipeline):
    results = list(pipeline.run([art("Good text about Serbia.", "a"), art("", "b"), art("More text.", "c")]))
    assert [type(r) for r in results] == [Analysis, Failure, Analysis]
    assert results[1].article_id == "b" and results[1].reason == "empty"


def test_stage_error_is_recorded_not_raised(settings):
    class Boom:
        name, requires, produces = "boom.v1", (), ()

        def __call__(self, analysis):
            if "boom" in analysis.article.text:
                raise ValueError("kaput")
            return analysis

    p = Pipeline(settings, (Boom(),))
    results = list(p.run([art("boom"), art("fine", "t2")]))
    assert isinstance(results[0], Failure) and results[0].stage == "boom.v1"
    assert isinstance(results[1], Analysis)
    with pytest.raises(StageError):
        p.analyze(art("boom"))


def test_parsed_offsets_match_text(pipeline):
    text = "Kosovo’s prime minister met envoys in Pristina on Monday. They talked."
    a = pipeline.analyze(art(text))
    for tok in a.parsed.tokens:
        assert text[tok.start:tok.end] == tok.text
    assert len(a.parsed.sentences) == 2
    root = next(t for t in a.parsed.tokens if t.dep == "ROOT")
    assert root.lemma == "meet"


def test_sentences_never_cross_a_blank_line(pipeline):
    text = "Ankara rejects talks: Fidan\n\nThe foreign minister said on Monday that talks were off."
    a = pipeline.analyze(art(text))
    starts = [s.start for s in a.parsed.sentences]
    assert text.index("The foreign") in starts
