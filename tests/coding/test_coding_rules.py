"""Unit tests of triggers, frames, modes and merging on hand-built parses."""
from __future__ import annotations

from eventwatch.coding import code_analysis
from eventwatch.coding.triggers import find_triggers, verb_lemma

# "Egypt refused to send troops to Yemen ."
REFUSE = [("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1), ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
          ("to", "to", "PART", "TO", "aux", 3), ("send", "send", "VERB", "VB", "xcomp", 1),
          ("troops", "troop", "NOUN", "NNS", "dobj", 3), ("to", "to", "ADP", "IN", "prep", 3),
          ("Yemen", "Yemen", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]


def test_refusal_is_reject_not_the_thing_refused(hand):
    events = code_analysis(hand(REFUSE, {0: "GPE", 6: "GPE"}), 2024)
    assert [e.event_type for e in events] == ["REJECT"]
    e = events[0]
    assert e.mode == ("assist",) and e.actor_text == ("Egypt",) and e.asserted
    assert (e.cameo_root, e.quad, e.goldstein) == ("12", 3, -4.0)


def test_light_verb_request_takes_its_arguments_from_the_verb(hand):
    # "Moldova sent a request to Romania ."
    rows = [("Moldova", "Moldova", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("request", "request", "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("Romania", "Romania", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]
    a = hand(rows, {0: "GPE", 5: "GPE"})
    trig = find_triggers(a.parsed, 0, len(rows))
    assert [(t.kind, t.sense.type) for t in trig] == [("light", "REQUEST")]
    e = code_analysis(a, 2024)[0]
    assert (e.actor_text, e.recipient_text, e.cameo_root) == (("Moldova",), ("Romania",), "02")
    assert e.evidence[0].trigger == "sent a request"


def test_negation_and_future_recast(hand):
    # "Israel did not attack Gaza ."
    rows = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 3), ("did", "do", "AUX", "VBD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3), ("attack", "attack", "VERB", "VB", "ROOT", 3),
            ("Gaza", "Gaza", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
    e = code_analysis(hand(rows, {0: "GPE", 4: "GPE"}), 2024)[0]
    assert e.event_type == "ASSAULT" and e.aux_modes == ("negation",) and not e.asserted
    # "Chile will visit Peru ." -> a future visit is AGREE (PLOVER), asserted
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
            ("visit", "visit", "VERB", "VB", "ROOT", 2), ("Peru", "Peru", "PROPN", "NNP", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]
    e = code_analysis(hand(rows, {0: "GPE", 3: "GPE"}), 2024)[0]
    assert (e.event_type, e.aux_modes, e.recipient_text) == ("AGREE", (), ("Peru",))


def test_pluperfect_and_past_year_are_historical(hand):
    # "Somalia had expelled the envoy in 2019 ."
    rows = [("Somalia", "Somalia", "PROPN", "NNP", "nsubj", 2), ("had", "have", "AUX", "VBD", "aux", 2),
            ("expelled", "expel", "VERB", "VBN", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
            ("envoy", "envoy", "NOUN", "NN", "dobj", 2), ("in", "in", "ADP", "IN", "prep", 2),
            ("2019", "2019", "NUM", "CD", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 2)]
    e = code_analysis(hand(rows, {0: "GPE", 6: "DATE"}), 2024)[0]
    assert e.event_type == "SANCTION" and e.aux_modes == ("historical",) and e.asserted


def test_passive_agent_is_the_actor(hand):
    # "The convoy was attacked by rebels ."
    rows = [("The", "the", "DET", "DT", "det", 1), ("convoy", "convoy", "NOUN", "NN", "nsubjpass", 3),
            ("was", "be", "AUX", "VBD", "auxpass", 3), ("attacked", "attack", "VERB", "VBN", "ROOT", 3),
            ("by", "by", "ADP", "IN", "agent", 3), ("rebels", "rebel", "NOUN", "NNS", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 3)]
    e = code_analysis(hand(rows), 2024)[0]
    assert (e.actor_text, e.recipient_text) == (("rebels",), ("convoy",))
    assert e.actor[0].kind == "unknown"  # no actors stage here: the words stay visible


def test_verb_lemma_repairs_tagger_lemmas(hand):
    a = hand([("staged", "stag", "VERB", "VBD", "ROOT", 0)])
    assert verb_lemma(a.parsed.tokens[0]) == "stage"
