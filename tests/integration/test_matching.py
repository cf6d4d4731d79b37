"""The expectation matcher on hand-built records (no pipeline)."""
from __future__ import annotations

from expectations import Expectation, actor_matches, check, event_matches, summarize

SERBIA = {"text": "Belgrade", "name": "Serbia", "kind": "state", "country": "SRB", "sector": "GOV",
          "sectors": ["GOV"], "code": "SRBGOV", "wikidata": "Q403", "title": None}
KOSOVO = {"text": "Pristina", "name": "Kosovo", "kind": "state", "country": "KSV", "sector": "GOV",
          "sectors": ["GOV"], "code": "KSVGOV", "wikidata": "Q1246", "title": None}
KFOR = {"text": "the NATO-led force", "name": "Kosovo Force (KFOR)", "kind": "igo", "country": "IGO",
        "sector": "MIL", "sectors": ["MIL"], "code": "IGOWSTNATMIL", "wikidata": None, "title": None}


def event(type_="ACCUSE", actor=(SERBIA,), recipient=(KOSOVO,), date="2024-05-13", aux=(), asserted=True,
          sentence="Serbia on Monday accused Kosovo's police."):
    return {"event_type": type_, "mode": [], "aux_modes": list(aux), "asserted": asserted,
            "actor": list(actor), "recipient": list(recipient),
            "date": {"value": date, "relation": None} if date else None,
            "evidence": [{"sentence": sentence}]}


def exp(kind, **spec):
    return Expectation("a", "a.x", kind, spec)


def test_country_strings_and_kosovo_aliases():
    assert actor_matches("SRB", SERBIA)
    assert actor_matches("XKX", KOSOVO) and actor_matches("KOS", KOSOVO)
    assert not actor_matches("SRB", KOSOVO)
    assert not actor_matches("SRB", None)


def test_names_match_whole_words_of_name_text_or_code():
    assert actor_matches({"name": "KFOR"}, KFOR)
    assert actor_matches({"name": ["NATO"]}, KFOR)  # in the text "the NATO-led force"
    assert not actor_matches({"name": "NAT"}, KFOR)
    assert actor_matches({"name": "KFOR", "sector": "MIL"}, KFOR)
    assert not actor_matches({"name": "KFOR", "country": "SRB"}, KFOR)
    assert actor_matches([{"name": "Hamas"}, "SRB"], SERBIA)
    assert actor_matches({"name": "Vucic"}, {**SERBIA, "name": "Aleksandar Vučić", "text": "he"})


def test_event_spec_fields():
    e = event()
    assert event_matches({"type": "ACCUSE", "actor": "SRB", "recipient": "XKX", "date": "2024-05-13"}, e)
    assert event_matches({"type": ["REJECT", "ACCUSE"], "date_prefix": "2024-05"}, e)
    assert not event_matches({"type": "ACCUSE", "recipient": "SRB"}, e)
    assert not event_matches({"date": ["2024-05-14"]}, e)
    assert event_matches({"sentence": "ACCUSED kosovo"}, e)
    assert not event_matches({"aux": ["future"]}, e)
    assert event_matches({"aux": ["future"], "asserted": False}, event(aux=("future",), asserted=False))


def test_check_kinds_pass_and_fail_with_details():
    record = {"events": [event(), event("MOBILIZE", aux=("negation",), asserted=False)],
              "quotes": [{"text": "We want the roads open", "speaker": {**SERBIA, "text": "he"}}]}
    assert check(exp("event", type="ACCUSE", actor="SRB"), record).passed
    miss = check(exp("event", type="REJECT"), record)
    assert not miss.passed and "produced types: ACCUSE, MOBILIZE" in miss.detail
    assert check(exp("not", type="MOBILIZE", actor="SRB"), record).passed  # negated: not asserted
    bad = check(exp("not", type="MOBILIZE", actor="SRB", asserted=None), record)
    assert not bad.passed and "violated by: MOBILIZE" in bad.detail
    assert check(exp("quote", quote="the roads", speaker={"name": "Serbia"}), record).passed
    assert not check(exp("quote", quote="the roads", speaker="XKX"), record).passed
    assert not check(exp("event", type="ACCUSE"), None).passed


def test_summarize_is_one_readable_line():
    line = summarize(event(aux=("historical",)))
    assert line == "ACCUSE Serbia(SRB) -> Kosovo(KSV) date=2024-05-13 asserted aux=[historical]"
