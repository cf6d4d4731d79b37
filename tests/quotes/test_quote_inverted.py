"""Cues after their clause ("..., reported local media"), reporting asides ("X, the ministry
said, Y"), and indirect speech the parser half-misses. Sentences written for these tests."""
from __future__ import annotations

import pytest
from quote_helpers import by_start, speaker


@pytest.mark.parametrize("text, fragment, sayer, cue", [
    ("Two ferries collided on Sunday, reported local media.", "Two ferries collided on Sunday",
     "local media", "reported"),
    ("Prices will keep rising, warned the central bank on Tuesday.", "Prices will keep rising",
     "central bank", "warned"),
    ("The talks will resume in June, said a government spokesperson.", "The talks will resume in June",
     "government spokesperson", "said"),
    ("A truck hit a bus near Lyon, with the toll rising to nine on Monday, reported officials, with twelve "
     "others hurt.", "A truck hit a bus near Lyon", "officials", "reported"),
])
def test_inverted_cue_after_the_clause(quotes_of, text, fragment, sayer, cue):
    q = by_start(quotes_of(text), fragment)
    assert (q.kind, q.cue) == ("indirect", cue)
    assert sayer in speaker(q)


def test_a_list_of_acts_is_no_inverted_cue(quotes_of):
    assert quotes_of("The mayor closed the roads, warned residents, and left the town.").quotes == ()


def test_a_participle_object_is_no_sayer(quotes_of):
    a = quotes_of("President Ilir Meta spoke at the opening in Durres, claiming a right to the gas fields.")
    assert all(speaker(q) != "right" for q in a.quotes)


def test_aside_after_a_relative_pronoun_reports_the_rest(quotes_of):
    q = by_start(quotes_of("The navy seized two boats which, the ministry said, had entered the bay illegally."),
                 "had entered the bay")
    assert (q.text, speaker(q), q.cue) == ("had entered the bay illegally", "ministry", "said")


def test_aside_inside_a_clause_reports_the_clause(quotes_of):
    q = by_start(quotes_of("The bridge, officials said on Monday, will reopen in May."), "The bridge")
    assert q.text.endswith("will reopen in May")
    assert speaker(q) == "officials"


@pytest.mark.parametrize("text", [
    "President Luis Vega said \u2014 as reported by Radio Sur \u2014 the fortress would become a mosque.",
    "President Luis Vega said, as reported by Radio Sur, that the fortress would become a mosque.",
])
def test_the_reporters_hedge_is_not_in_the_reported_clause(quotes_of, text):
    a = quotes_of(text)
    assert [(q.text, speaker(q)) for q in a.quotes] == [("the fortress would become a mosque", "Luis Vega")]


def test_the_verb_of_a_which_clause_yields_to_the_main_verb(quotes_of):
    a = quotes_of('Mayor Ana Lind commented on the vote \u2014 which local radio noted as a rare move by a '
                  'mayor \u2014 "This budget ends the debate."')
    q = by_start(a, "This budget")
    assert (speaker(q), q.cue) == ("Ana Lind", "commented")


def test_according_to_followed_by_who_said(quotes_of):
    a = quotes_of("The fire started at 9:15 a.m. local time (0815 UTC), according to firefighters, "
                  "who said crews arrived within minutes.")
    start = by_start(a, "The fire started")
    assert start.text.endswith("(0815 UTC)")  # the bracket closes inside the clause
    assert speaker(start) == "firefighters" and start.cue == "according"
    assert speaker(by_start(a, "crews arrived")) == "firefighters"


@pytest.mark.parametrize("text, fragment, sayer, cue", [
    ("Opposition leader Dana Weiss commented the minister's letters are the closest thing to an apology.",
     "the minister's letters", "Dana Weiss", "commented"),
    ("Governor Ana Ruiz has repeatedly maintained a public inquiry is what the province needs.",
     "a public inquiry is what", "Ana Ruiz", "maintained"),
    ("The premier was told by Health Minister Ana Silva that beds were short in every region.",
     "beds were short", "Ana Silva", "told"),
    ("The surgeon was cheered by staff upon announcing to journalists the mayor remained alive.",
     "the mayor remained alive", "surgeon", "announcing"),
    ("The minister also denied the army had fired on protesters.", "the army had fired", "minister", "denied"),
    ("The report claimed the dam was built without permits.", "the dam was built", "report", "claimed"),
    ("Police announced that the road would reopen on Friday.", "the road would reopen", "Police", "announced"),
    ("The interior ministry said in a statement that the border would stay closed.", "the border would stay",
     "interior ministry", "said"),
    ("Mayor Ana Ruiz told reporters the bridge would reopen in May.", "the bridge would reopen", "Ana Ruiz", "told"),
])
def test_indirect_speech(quotes_of, text, fragment, sayer, cue):
    q = by_start(quotes_of(text), fragment)
    assert (q.kind, q.cue) == ("indirect", cue)
    assert sayer in speaker(q)


def test_a_cue_across_a_semicolon_loses_to_one_on_the_quote_side(quotes_of):
    a = quotes_of('Governor Tomas Ruiz said the mayor needed surgery and was in a "critical" condition; '
                  'Radio Sur reported he was awake.')
    q = by_start(a, "critical")
    assert (speaker(q), q.cue) == ("Tomas Ruiz", "said")


def _hand_parse(rows):
    """A one-sentence Parsed built by hand: rows of (text, pos, tag, dep, head)."""
    from eventwatch.model import Parsed, Sentence, Token

    tokens, at = [], 0
    for i, (text, pos, tag, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, at, at + len(text), text.lower(), pos, tag, dep, head, 0))
        at += len(text) + 1
    children = tuple(tuple(t.i for t in tokens if t.head == i and t.i != i) for i in range(len(tokens)))
    return Parsed(tuple(tokens), (Sentence(0, 0, at - 1, 0, len(tokens)),), (), _children=children)


def test_a_which_clause_misread_as_reported_is_dropped():
    from eventwatch.quotes.clauses import reported_clause

    # the small model's misreading of "Hale commented on it - which the radio noted as rare":
    # the relative clause becomes the verb's clausal complement
    rows = [("Hale", "PROPN", "NNP", "nsubj", 1), ("commented", "VERB", "VBD", "ROOT", 1),
            ("on", "ADP", "IN", "prep", 1), ("it", "PRON", "PRP", "pobj", 2),
            ("which", "PRON", "WDT", "dobj", 7), ("the", "DET", "DT", "det", 6),
            ("radio", "NOUN", "NN", "nsubj", 7), ("noted", "VERB", "VBD", "ccomp", 1),
            ("as", "ADP", "IN", "prep", 7), ("rare", "ADJ", "JJ", "pobj", 8)]
    assert reported_clause(_hand_parse(rows), 1) is None
    rows[4] = ("that", "SCONJ", "IN", "mark", 7)  # "commented on it that the radio noted ...": a report
    assert reported_clause(_hand_parse(rows), 1) == (5, 10)


def test_an_as_reported_aside_reports_nothing_itself():
    from eventwatch.quotes.clauses import aside_clause

    # "Vega said, as reported by Sur, ..." with "reported" hung on "said" as an adverbial clause
    rows = [("Vega", "PROPN", "NNP", "nsubj", 1), ("said", "VERB", "VBD", "ROOT", 1),
            (",", "PUNCT", ",", "punct", 1), ("as", "SCONJ", "IN", "mark", 4),
            ("reported", "VERB", "VBN", "advcl", 1), ("by", "ADP", "IN", "agent", 4),
            ("Sur", "PROPN", "NNP", "pobj", 5), (",", "PUNCT", ",", "punct", 1)]
    assert aside_clause(_hand_parse(rows), 4) is None
    # the same shape without "as", on a verb that is no report: "Vega left, officials reported"
    rows = [("Vega", "PROPN", "NNP", "nsubj", 1), ("left", "VERB", "VBD", "ROOT", 1),
            (",", "PUNCT", ",", "punct", 1), ("officials", "NOUN", "NNS", "nsubj", 4),
            ("reported", "VERB", "VBD", "parataxis", 1), (".", "PUNCT", ".", "punct", 1)]
    assert aside_clause(_hand_parse(rows), 4) == (0, 3)
