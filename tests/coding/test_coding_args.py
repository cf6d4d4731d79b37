"""Argument selection (frames.py, heads.py) and the headline rule of merge.py, on hand-built parses
and sentences written here (no spaCy for the hand-built ones)."""
from __future__ import annotations

from eventwatch.coding.build import Candidate
from eventwatch.coding.frames import arg_span, frame_for
from eventwatch.coding.heads import owner_of, recipient_like
from eventwatch.coding.lexicon import sense
from eventwatch.coding.merge import headline_like, merge_candidates
from eventwatch.coding.triggers import Trigger
from eventwatch.model import Actor, Event, Evidence


def test_reflexive_conjunct_is_no_recipient(hand):
    a = hand([("Bombers", "bomber", "NOUN", "NNS", "nsubj", 1), ("killed", "kill", "VERB", "VBD", "ROOT", 1),
              ("guards", "guard", "NOUN", "NNS", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 2),
              ("themselves", "themselves", "PRON", "PRP", "conj", 2)])
    frame = frame_for(a.parsed, 1, None, "verb")
    assert frame.actors == (0,) and frame.recipients == (2,)


def test_bare_thing_is_not_a_recipient_but_an_owned_one_is(hand):
    a = hand([("Troops", "troop", "NOUN", "NNS", "nsubj", 1), ("stayed", "stay", "VERB", "VBD", "ROOT", 1),
              ("on", "on", "ADP", "IN", "prep", 1), ("alert", "alert", "NOUN", "NN", "pobj", 2),
              ("near", "near", "ADP", "IN", "prep", 1), ("rebel", "rebel", "NOUN", "NN", "compound", 6),
              ("positions", "position", "NOUN", "NNS", "pobj", 4)])
    toks = a.parsed.tokens
    assert not recipient_like(a.parsed, toks[3])
    assert owner_of(a.parsed, toks[6]) == toks[5] and recipient_like(a.parsed, toks[6])
    assert frame_for(a.parsed, 1, None, "verb").recipients == ()  # "on alert" is dropped


def test_name_span_stops_before_a_place_phrase(hand):
    a = hand([("met", "meet", "VERB", "VBD", "ROOT", 0), ("King", "King", "PROPN", "NNP", "compound", 2),
              ("Hussein", "Hussein", "PROPN", "NNP", "dobj", 0), ("in", "in", "ADP", "IN", "prep", 2),
              ("Amman", "Amman", "PROPN", "NNP", "pobj", 3), ("the", "the", "DET", "DT", "det", 6),
              ("mission", "mission", "NOUN", "NN", "appos", 2), ("in", "in", "ADP", "IN", "prep", 6),
              ("Jordan", "Jordan", "PROPN", "NNP", "pobj", 7)])
    assert arg_span(a.parsed, 2) == (1, 3)  # "King Hussein", not "... in Amman"
    assert arg_span(a.parsed, 6) == (6, 9)  # "mission in Jordan" keeps its place


_TEXT = "Peru recalls envoy\n\nPeru recalled its ambassador on Friday, the ministry said."


def _ev(start: int, end: int, conf: float) -> Event:
    evidence = Evidence(_TEXT[start:end], start, end, "recall", start + 5, start + 11)
    return Event(f"e{start}", "a", "SANCTION", confidence=conf, actor=(Actor("Peru", "state", "PER"),),
                 actor_text=("Peru",), evidence=(evidence,))


def test_headline_lines_are_recognised():
    head, body = _ev(0, 20, 0.7), _ev(20, len(_TEXT), 0.9)
    assert headline_like(head.evidence[0], _TEXT)
    assert not headline_like(body.evidence[0], _TEXT)
    one_par = "Peru recalled its ambassador on Friday.\nThe ministry confirmed the recall."
    assert not headline_like(Evidence(one_par[:39], 0, 39, "recalled", 5, 13), one_par)  # stopped, no blank line
    cut = "Peru had sent a formal note to Chile [on Friday] to protest."
    assert not headline_like(Evidence(cut[:35], 0, 35, "sent", 9, 13), cut)  # a splitter cut, not a line


def test_body_sentence_leads_over_a_headline():
    trig = Trigger(0, (0,), sense("SANCTION 16"), "verb")
    head, body = _ev(0, 20, 0.7), _ev(20, len(_TEXT), 0.9)
    merged = merge_candidates([Candidate(head, trig, False), Candidate(body, trig, False)], {}, _TEXT)
    assert len(merged) == 1 and merged[0].evidence[0].start == 20 and merged[0].evidence[1].start == 0
    plain = merge_candidates([Candidate(body, trig, False), Candidate(head, trig, False)], {}, _TEXT)
    assert plain[0].evidence[0].start == 20  # a body sentence first stays first
