import pytest


@pytest.fixture(scope="session")
def parse_text(settings):
    """Parse a sentence of ours with the project's spaCy model (loaded once)."""
    from eventwatch.nlp import parse

    return lambda text: parse(text, settings.model)


@pytest.fixture(scope="session")
def shared():
    """tests/conftest.py's ``shared_path`` (loaded by path: every conftest is named 'conftest')."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "conftest.py"
    spec = importlib.util.spec_from_file_location("eventwatch_tests_root_conftest", root)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.shared_path
