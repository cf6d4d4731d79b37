"""Golden sentences (tests/coding/golden.toml, written for this project) through the full pipeline."""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from eventwatch.model import Analysis, Article, Event

CASES = tomllib.loads((Path(__file__).parent / "golden.toml").read_text(encoding="utf-8"))["case"]


@pytest.fixture(scope="module")
def coded(pipeline) -> dict[str, Analysis]:
    arts = [Article(c["id"], c["text"], published=dt.date.fromisoformat(c["pub_date"]) if "pub_date" in c else None)
            for c in CASES]
    return {a.article.id: a for a in pipeline.run(arts) if isinstance(a, Analysis)}


def _matches(e: Event, case: dict) -> bool:
    if e.event_type != case["type"] or tuple(case.get("aux", [])) != tuple(m for m in e.aux_modes):
        return False
    if "mode" in case and case["mode"] not in e.mode:
        return False
    return True


def _words(texts: tuple[str, ...]) -> str:
    return " | ".join(texts)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case, coded):
    analysis = coded[case["id"]]
    events = analysis.events
    seen = [(e.event_type, e.mode, e.aux_modes, e.actor_text, e.recipient_text) for e in events]
    for banned in case.get("absent", []):
        assert not [e for e in events if e.event_type == banned and e.asserted], f"asserted {banned}: {seen}"
    if "type" not in case:
        return
    found = [e for e in events if _matches(e, case)]
    assert found, f"no {case['type']} {case.get('mode', '')} {case.get('aux', [])} in {seen}"
    e = max(found, key=lambda x: x.confidence)
    _check_argument(e.actor, e.actor_text, case.get("actor"), case.get("actor_country"), seen)
    _check_argument(e.recipient, e.recipient_text, case.get("recipient"), case.get("recipient_country"), seen)
    if "attribution" in case:
        assert e.attribution is not None and case["attribution"].lower() in e.attribution.name.lower(), seen
    if "cameo" in case:
        assert e.cameo_root == case["cameo"]
    if "quad" in case:
        assert e.quad == case["quad"]
    if "evidence" in case:
        assert len(e.evidence) == case["evidence"], [ev.trigger for ev in e.evidence]
    assert e.coder == "coding.rules.v1" and 0 < e.confidence <= 1


def _check_argument(actors, texts, words, country, seen) -> None:
    if words is not None:
        assert words.lower() in _words(texts).lower(), f"expected {words!r} in {texts}: {seen}"
    if country is not None:
        # the actors stage (actors.kb.v1) resolves countries; when it resolved one, it must be right
        resolved = {a.country for a in actors if a.country} | {(a.code or "")[:3] for a in actors if a.code}
        if resolved or any(a.kind != "unknown" for a in actors):
            assert country in resolved, f"expected {country} among {resolved}: {seen}"
