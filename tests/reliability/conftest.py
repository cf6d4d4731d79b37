from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # helper modules: fuzz_inputs, corpus, runs


@pytest.fixture(scope="session")
def small_store(tmp_path_factory):
    """A synthetic store (made-up template sentences) for the API tests."""
    from eventwatch.analysis.synthetic import generate

    path = tmp_path_factory.mktemp("reliability-api") / "store.duckdb"
    generate(path, events=600, seed=3)
    return path
