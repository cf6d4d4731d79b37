"""Integration fixtures: the real pipeline over our own example articles, run once."""
from __future__ import annotations

from typing import Any

import pytest

from expectations import ARTICLES, SCORES


@pytest.fixture(scope="session")
def example_analyses(pipeline) -> dict[str, Any]:
    """Article id -> Analysis, or the Failure when the pipeline could not process it."""
    from eventwatch.ingest.readers import read_jsonl
    from eventwatch.model import Article

    items = list(read_jsonl(ARTICLES))
    unreadable = [i for i in items if not isinstance(i, Article)]
    assert not unreadable, f"examples/articles/articles.jsonl has unreadable lines: {unreadable}"
    results = pipeline.run(items)
    return {article.id: result for article, result in zip(items, results)}


@pytest.fixture(scope="session")
def example_records(example_analyses) -> dict[str, dict[str, Any] | None]:
    """Article id -> analysis_record JSON (None for an article that failed)."""
    from eventwatch.model import Analysis
    from eventwatch.records import analysis_record

    return {aid: analysis_record(r) if isinstance(r, Analysis) else None
            for aid, r in example_analyses.items()}


def pytest_terminal_summary(terminalreporter):
    for line in SCORES:
        terminalreporter.write_line(line)
