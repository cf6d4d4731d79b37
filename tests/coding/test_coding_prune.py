"""Precision rules (coding/prune.py) and the actor-less confidence cap, on sentences written here."""
from __future__ import annotations

import pytest

from eventwatch.coding.prune import ACTORLESS_CAP
from eventwatch.model import Analysis, Article


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text: str):
        result = pipeline.analyze(Article("prune-test", text))
        assert isinstance(result, Analysis)
        return result.events
    return run


def test_noun_nested_in_a_light_object_is_not_a_second_event(code):
    events = code("Sweden gave Moldova ten million euros of aid for its schools.")
    assert [(e.event_type, e.actor_text) for e in events] == [("AID", ("Sweden",))]


def test_noun_nested_in_another_event_noun_is_dropped(code):
    events = code("Peru and Bolivia signed a treaty of friendship and cooperation in Lima.")
    assert [e.event_type for e in events] == ["SUPPORT"]


def test_background_noun_without_actor_is_dropped(code):
    events = code("Armenia and Azerbaijan agreed to a truce after three days of heavy fighting.")
    assert "ASSAULT" not in [e.event_type for e in events]
    assert [e.event_type for e in events] == ["AGREE"]


def test_purpose_clause_is_not_a_second_event(code):
    events = code("The Chilean president telephoned the Argentine president to discuss the drought.")
    assert [(e.event_type, e.mode) for e in events] == [("CONSULT", ("phone",))]


def test_event_noun_inside_a_name_or_date_is_no_event(code):
    events = code("Officials of the Gulf Cooperation Council visited Yemen in March.")
    assert [e.event_type for e in events] == ["CONSULT"]


def test_actorless_event_is_kept_with_low_confidence(code):
    events = code("A clash broke out near the border crossing at dawn.")
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert not events[0].actor and not events[0].recipient
    assert events[0].confidence <= ACTORLESS_CAP


def test_event_with_an_actor_keeps_its_confidence(code):
    events = code("Border guards clashed with smugglers near the crossing at dawn.")
    assert events and events[0].confidence > ACTORLESS_CAP


def test_participle_naming_a_thing_is_no_event(code):
    events = code("Bosnia is investigating alleged war crimes by militias near Srebrenica.")
    assert [(e.event_type, e.mode) for e in events] == [("ACCUSE", ("investigate",))]
