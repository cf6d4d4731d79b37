from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def quotes_of():
    """Parse a text we wrote and run only the quotes stage on it (no other stage needed)."""
    from eventwatch.model import Analysis, Article
    from eventwatch.nlp import parse
    from eventwatch.quotes import make_stage
    from eventwatch.settings import Settings

    settings = Settings()
    stage = make_stage(settings)

    def run(text: str, events=()):
        analysis = Analysis(Article("t1", text), parsed=parse(text, settings.model), events=tuple(events))
        return stage(analysis)

    return run


def _shared(*parts: str):
    """A path under ../shared, or skip (as tests/conftest.py's shared_path does)."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2].parent.joinpath("shared", *parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared folder beside the project; CI has it)")
    return path


@pytest.fixture()
def wikinews_dir():
    return _shared("benchmarks", "wikinews")


@pytest.fixture(scope="session")
def seed_file():
    return _shared("seed", "kosovo-kfor-2023-01.txt")
