"""The pipeline keeps wall seconds per stage (read by `eventwatch bench`)."""
from dataclasses import dataclass, replace

from eventwatch.model import Article
from eventwatch.pipeline import Pipeline


@dataclass(frozen=True)
class _Mark:
    name: str
    requires: tuple = ()
    produces: tuple = ()

    def __call__(self, analysis):
        return replace(analysis, times=analysis.times)


def test_stage_seconds_accumulate_per_stage(settings):
    pipeline = Pipeline(settings, (_Mark("a.v1"), _Mark("b.v1")))
    articles = [Article(f"p{n}", "The mayor of Porto opened a bridge.") for n in range(3)]
    assert len(list(pipeline.run(articles))) == 3
    first = dict(pipeline.stage_seconds)
    assert set(first) == {"a.v1", "b.v1"} and all(s >= 0 for s in first.values())
    list(pipeline.run(articles))
    assert all(pipeline.stage_seconds[k] >= first[k] for k in first)
