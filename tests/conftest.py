from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared folder beside the project; CI has it)")
    return path


@pytest.fixture(scope="session")
def settings():
    from eventwatch.settings import Settings

    return Settings().with_(today="2026-11-28")


@pytest.fixture(scope="session")
def pipeline(settings):
    from eventwatch.pipeline import Pipeline

    return Pipeline.from_settings(settings)
