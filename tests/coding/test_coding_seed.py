"""The founding example (../shared/seed, read at test time; EXPECTED.md's events section)."""
from __future__ import annotations

import pytest

from eventwatch.model import Article, Event
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seed_events(pipeline) -> tuple[Event, ...]:
    text = shared_path("seed", "kosovo-kfor-2023-01.txt").read_text(encoding="utf-8")
    return pipeline.analyze(Article("seed", text)).events


def _who(actors, texts) -> str:
    return " | ".join([*texts, *(a.name for a in actors), *((a.code or "") for a in actors)]).lower()


def _find(events, type_, actor, recipient=None, historical=False, mode=None):
    out = [e for e in events if e.event_type == type_ and e.asserted
           and ("historical" in e.aux_modes) == historical and actor in _who(e.actor, e.actor_text)
           and (recipient is None or recipient in _who(e.recipient, e.recipient_text))
           and (mode is None or mode in e.mode)]
    assert out, [(e.event_type, e.mode, e.aux_modes, e.actor_text, e.recipient_text) for e in events]
    return out[0]


def test_current_events(seed_events):
    e1 = _find(seed_events, "REJECT", "mission", "serbia")
    assert len(e1.evidence) >= 2  # the refusal is told again: one event, several mentions
    _find(seed_events, "REQUEST", "serbia", "mission", historical=True, mode="assist")
    _find(seed_events, "ACCUSE", "serbia", "igo", mode="disapprove")
    _find(seed_events, "ACCUSE", "vucic", "west", mode="disapprove")
    _find(seed_events, "REQUEST", "kurti", "kfor")
    _find(seed_events, "ACCUSE", "kurti", "serbs", mode="allege")


def test_background_is_historical(seed_events):
    _find(seed_events, "ASSAULT", "nato", "yugoslavia", historical=True, mode="aerial")
    _find(seed_events, "SUPPORT", "russia", "serbia", historical=True)
    _find(seed_events, "AID", "eu", "kosovo", historical=True)
    _find(seed_events, "ACCUSE", "serbia", "kosovo", historical=True)


def test_nothing_is_deployed(seed_events):
    assert not [e for e in seed_events if e.event_type == "MOBILIZE" and e.asserted]
