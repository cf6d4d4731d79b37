"""Build the stage list from settings and run articles through it.

Error policy: an article that fails validation or any stage becomes a
``Failure`` (with the reason) and the batch goes on. ``run`` yields, in input
order, one ``Analysis`` or ``Failure`` per article.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable, Iterator

from .errors import InputError, StageError
from .model import Analysis, Article, Failure
from .registry import Stage, make_stage
from .settings import Settings

__all__ = ["Pipeline", "validate_article"]


def validate_article(article: Article, settings: Settings) -> Article:
    """Reject what cannot be coded, with a clear reason."""
    text = article.text
    if not isinstance(text, str):
        raise InputError(f"article {article.id}: text is not a string", reason="malformed")
    if len(text) > settings.max_chars:
        raise InputError(f"article {article.id}: {len(text)} characters is over the limit of "
                         f"{settings.max_chars}", reason="too-large")
    if "\x00" in text:
        raise InputError(f"article {article.id}: text contains NUL bytes (binary?)", reason="binary")
    try:
        text.encode("utf-8")  # lone surrogates (from JSON "\\ud800" escapes) can be neither hashed nor stored
    except UnicodeEncodeError:
        raise InputError(f"article {article.id}: text is not valid Unicode (lone surrogate)",
                         reason="encoding") from None
    if not text.strip():
        raise InputError(f"article {article.id}: text is empty", reason="empty")
    return article


@dataclass
class Pipeline:
    settings: Settings
    stages: tuple[Stage, ...]
    # wall seconds spent in each stage since the pipeline was built (cheap: one clock read per stage
    # and batch); ``eventwatch bench`` reports the shares
    stage_seconds: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Pipeline":
        return cls(settings, tuple(make_stage(name, settings) for name in settings.stages))

    @property
    def coder(self) -> str:
        return "+".join(s.name for s in self.stages)

    def analyze(self, article: Article) -> Analysis:
        """One article; raises ``InputError`` or ``StageError``."""
        result = next(self.run([article], raise_errors=True))
        assert isinstance(result, Analysis)
        return result

    def run(self, articles: Iterable[Article], *, raise_errors: bool = False) -> Iterator[Analysis | Failure]:
        it = iter(articles)
        while batch := list(islice(it, self.settings.batch_size)):
            yield from self._run_batch(batch, raise_errors)

    def _run_batch(self, batch: list[Article], raise_errors: bool) -> Iterator[Analysis | Failure]:
        states: list[Analysis | Failure] = []
        for article in batch:
            try:
                states.append(Analysis(validate_article(article, self.settings)))
            except InputError as exc:
                if raise_errors:
                    raise
                states.append(Failure(article.id, exc.reason, str(exc)))
        for stage in self.stages:
            start = time.perf_counter()
            states = self._apply(stage, states, raise_errors)
            self.stage_seconds[stage.name] = self.stage_seconds.get(stage.name, 0.0) + time.perf_counter() - start
        yield from states

    def _apply(self, stage: Stage, states: list, raise_errors: bool) -> list:
        live = [s for s in states if isinstance(s, Analysis)]
        pipe = getattr(stage, "pipe", None)
        if pipe is not None and len(live) > 1:
            try:
                done = dict(zip((id(s) for s in live), pipe(live)))
                return [done.get(id(s), s) for s in states]
            except Exception:  # one bad article must not sink the batch: retry one by one
                pass
        return [self._one(stage, s, raise_errors) if isinstance(s, Analysis) else s for s in states]

    def _one(self, stage: Stage, state: Analysis, raise_errors: bool) -> Analysis | Failure:
        try:
            return stage(state)
        except Exception as exc:
            if raise_errors:
                raise StageError(stage.name, state.article.id, exc) from exc
            return Failure(state.article.id, "stage-error", f"{stage.name}: {exc!r}", stage=stage.name)
