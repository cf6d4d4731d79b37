from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from ..model import Analysis
from ..settings import Settings
from ._parse import load_model, parse_many, to_parsed


@dataclass(frozen=True)
class SpacyStage:
    model: str
    batch_size: int = 64
    name: str = "nlp.spacy.v1"
    requires: tuple[str, ...] = ("article",)
    produces: tuple[str, ...] = ("parsed",)

    def __call__(self, analysis: Analysis) -> Analysis:
        return replace(analysis, parsed=to_parsed(load_model(self.model)(analysis.article.text)))

    def pipe(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        items = list(analyses)
        parsed = parse_many((a.article.text for a in items), self.model, self.batch_size)
        for a, p in zip(items, parsed):
            yield replace(a, parsed=p)


def make_stage(settings: Settings) -> SpacyStage:
    load_model(settings.model)  # fail early, and once
    return SpacyStage(settings.model, settings.batch_size)
