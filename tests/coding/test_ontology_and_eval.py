"""Ontology tables, merging and the plover-gsr scoring (no spaCy)."""
from __future__ import annotations

from eventwatch.coding.evaluate import GoldRecord, in_split, score
from eventwatch.coding.merge import merge_candidates
from eventwatch.coding.build import Candidate
from eventwatch.coding.triggers import Trigger
from eventwatch.coding.lexicon import sense
from eventwatch.model import Actor, Event, Evidence
from eventwatch.ontology import (CAMEO_ROOTS, GSR_CROSSWALK, PLOVER_TYPES, cameo_quad, default_cameo,
                                 normalise_country)

from tests.conftest import shared_path


def test_plover_types_and_cameo_roots():
    assert len(PLOVER_TYPES) == 16 and len(CAMEO_ROOTS) == 20
    assert PLOVER_TYPES["SANCTION"].quad == 4  # documented choice (docs/coding.md)
    assert [cameo_quad(c) for c in ("02", "07", "12", "16")] == [1, 2, 3, 4]
    assert default_cameo("ACCUSE", ("investigate",)) == "09" and default_cameo("REQUEST") == "10"
    assert GSR_CROSSWALK["DISAPPROVE"] == ("ACCUSE", "disapprove")
    assert normalise_country("KSV") == "XKX" and normalise_country("srb") == "SRB"


def test_split_is_deterministic_and_about_thirty_percent():
    ids = [f"PLOVER-GSR01-X-{n:04d}" for n in range(1000)]
    held = [i for i in ids if in_split(i, "held-out")]
    assert 250 < len(held) < 350
    assert held == [i for i in ids if in_split(i, "held-out")]
    assert not set(held) & {i for i in ids if in_split(i, "dev")}


def _event(type_, actor, conf=0.8, aux=(), start=0):
    ev = Evidence("s", 0, 1, "t", start, start + 1)
    return Event(f"e{start}", "a", type_, aux_modes=aux, confidence=conf, actor=(Actor(actor, "state", actor),),
                 actor_text=(actor,), evidence=(ev,))


def test_retellings_merge_and_others_do_not():
    trig = Trigger(0, (0,), sense("REJECT 12"), "verb")
    cands = [Candidate(_event("REJECT", "SRB", start=0), trig, False),
             Candidate(_event("REJECT", "SRB", start=5), trig, False),
             Candidate(_event("REJECT", "HRV", start=9), trig, False),
             Candidate(_event("REJECT", "SRB", aux=("negation",), start=12), trig, False)]
    merged = merge_candidates(cands, {})
    assert [len(e.evidence) for e in merged] == [2, 1, 1]


def test_score_uses_the_top_asserted_event():
    rec = GoldRecord("r1", "x", "REQUEST", None, ("SRB",), (), ("Serbia",), ())
    events = {"r1": (_event("ASSAULT", "SRB", conf=0.9, aux=("hypothetical",)), _event("REQUEST", "SRB", conf=0.5))}
    rep = score([rec], events, "all")
    assert rep.metrics["event_type_accuracy"] == 1.0 and rep.metrics["actor_code_accuracy"] == 1.0
    assert rep.metrics["extra_events_per_sentence"] == 1.0


def test_gold_file_reads_with_the_crosswalk():
    from eventwatch.coding.evaluate import gold_records

    path = shared_path("benchmarks", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    recs = gold_records(path, "all")
    assert len(recs) == 322 and not {r.event_type for r in recs} - set(PLOVER_TYPES)
    assert len(gold_records(path, "dev")) + len(gold_records(path, "held-out")) == 322
