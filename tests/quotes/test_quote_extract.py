"""Quotes, speakers, cues and venues on sentences written for these tests."""
from __future__ import annotations


def by_start(analysis, fragment):
    text = analysis.article.text
    for q in analysis.quotes:
        if text[q.start:q.end].startswith(fragment):
            return q
    raise AssertionError(f"no quote starting {fragment!r}: {[q.text for q in analysis.quotes]}")


def speaker(q):
    return q.speaker.name if q.speaker else None


def test_post_posed_direct_quote_with_venue(quotes_of):
    a = quotes_of('"We will not send more troops to the border," Finnish Prime Minister Petteri Orpo '
                  'told Helsingin Sanomat on Tuesday.')
    q = by_start(a, "We will not send")
    assert q.kind == "direct"
    assert speaker(q) == "Petteri Orpo"
    assert q.cue == "told"
    assert q.venue == "Helsingin Sanomat"


def test_pre_posed_quote_after_colon(quotes_of):
    a = quotes_of('Chilean President Gabriel Boric said: "The copper tax will stay as it is."')
    q = by_start(a, "The copper tax")
    assert (speaker(q), q.cue, q.kind) == ("Gabriel Boric", "said", "direct")


def test_quote_interrupted_by_the_speech_verb(quotes_of):
    a = quotes_of('"The harbour will reopen," Mayor Anna Lindqvist said on Friday, "but only for ferries."')
    first, second = by_start(a, "The harbour"), by_start(a, "but only for")
    assert speaker(first) == speaker(second) == "Anna Lindqvist"
    assert first.cue == second.cue == "said"


def test_partial_and_one_word_quotes(quotes_of):
    a = quotes_of("Ghana's finance minister Kwame Mensah said the loan terms were \"deeply unfair\" to "
                  "small lenders. According to Mensah, the outcome was \u201cpredictable\u201d.")
    partial = by_start(a, "deeply unfair")
    one_word = by_start(a, "predictable")
    assert partial.kind == one_word.kind == "partial"
    assert speaker(partial) == "Kwame Mensah"
    assert speaker(one_word) == "Kwame Mensah"  # surname expanded to the full name
    assert one_word.cue.lower() == "according"


def test_pronoun_speaker_resolved_to_the_last_person(quotes_of):
    a = quotes_of('Peruvian Foreign Minister Elena Rojas met her Bolivian counterpart in La Paz. '
                  '"We agreed on the water treaty," Rojas told reporters. '
                  '"The rivers belong to both nations," she insisted.')
    q = by_start(a, "The rivers belong")
    assert speaker(q) == "Elena Rojas"
    assert q.speaker_text == "Elena Rojas"  # the name behind the pronoun, not "she"
    assert q.cue == "insisted"


def test_indirect_speech_with_that_and_according_to(quotes_of):
    a = quotes_of("The Danish navy said that two Russian vessels had entered the strait overnight. "
                  "According to the coast guard, the ships left before noon.")
    said = by_start(a, "two Russian vessels")
    according = by_start(a, "the ships left")
    assert said.kind == according.kind == "indirect"
    assert "navy" in speaker(said)
    assert "coast guard" in speaker(according)
    assert said.text.endswith("overnight")  # the reported clause, no sentence full stop


def test_headline_quote_with_speaker_after_colon_links_to_body(quotes_of):
    text = ("Ports 'will stay open all winter': Haddad\n\n"
            "Brazil's transport minister Fernando Haddad said the ports \u201cwill stay open all winter\u201d "
            "despite the storms.")
    a = quotes_of(text)
    headline = by_start(a, "will stay open all winter")
    assert headline.kind == "headline"
    assert speaker(headline) == "Fernando Haddad"
    body = [q for q in a.quotes if q.kind != "headline" and "winter" in q.text]
    assert body and speaker(body[0]) == "Fernando Haddad"


def test_scare_quotes_and_quoted_names_are_not_quotes(quotes_of):
    a = quotes_of('The charity "Bread for All" opened a so-called "pop-up" kitchen in Lyon.')
    assert a.quotes == ()


def test_negated_saying_reports_nothing(quotes_of):
    a = quotes_of("The senator did not say he would vote against the budget.")
    assert a.quotes == ()


def test_quote_ids_are_deterministic(quotes_of):
    text = '"Prices will fall," the central bank governor Lars Berg said.'
    assert [q.id for q in quotes_of(text).quotes] == [q.id for q in quotes_of(text).quotes]
    assert all(q.id.startswith("q") for q in quotes_of(text).quotes)


def test_quotes_and_events_are_linked_both_ways(quotes_of):
    from eventwatch.model import Actor, Event, Evidence

    text = 'Kenyan President William Ruto accused the rebels of "burning villages to the ground".'
    start = text.index("accused")
    event = Event(id="e1", article_id="t1", event_type="ACCUSE", actor=(Actor("William Ruto", "person"),),
                  actor_text=("William Ruto",),
                  evidence=(Evidence(text, 0, len(text), "accused", start, start + len("accused")),))
    a = quotes_of(text, events=[event])
    q = by_start(a, "burning villages")
    assert speaker(q) == "William Ruto"
    assert q.event_ids == ("e1",)
    assert a.events[0].quotes == (q.id,)


def test_no_parse_no_quotes():
    from eventwatch.model import Analysis, Article
    from eventwatch.quotes import make_stage
    from eventwatch.settings import Settings

    a = make_stage(Settings())(Analysis(Article("t2", '"Hello," she said.')))
    assert a.quotes == ()


def test_an_audience_is_no_venue_but_an_interview_outlet_is(quotes_of):
    a = quotes_of('"The border stays closed," Interior Minister Jan Kowal told reporters. '
                  '"We have no other choice," Kowal said in an interview with Radio Zet.')
    assert by_start(a, "The border stays").venue is None
    assert by_start(a, "We have no other").venue == "Radio Zet"


def test_according_to_at_the_end_and_nested_reporting(quotes_of):
    a = quotes_of("Two ferries collided near the harbour on Sunday, according to the Estonian coast guard. "
                  "The radio station Vikerraadio reported its source said the captain was asleep.")
    end = by_start(a, "Two ferries collided")
    assert end.kind == "indirect" and "coast guard" in speaker(end)
    assert end.text.endswith("on Sunday")
    nested = [q for q in a.quotes if "captain" in q.text]
    assert len(nested) == 1 and nested[0].cue == "reported"  # the inner "said" is part of the outer quote


def test_passive_agent_is_the_speaker(quotes_of):
    a = quotes_of('The premier was told by Health Minister Ana Silva of "a shortage of beds in every region".')
    q = by_start(a, "a shortage of beds")
    assert speaker(q) == "Ana Silva"


def test_titles_in_quotes_are_not_quotes(quotes_of):
    a = quotes_of('The broadcaster aired a special entitled "Songs For The Harbour City" on Friday.')
    assert a.quotes == ()


def test_weak_reporting_verbs_need_a_named_sayer(quotes_of):
    named = quotes_of("Governor Maria Lopes indicated that forty people were still missing.")
    assert speaker(by_start(named, "forty people")) == "Maria Lopes"
    unnamed = quotes_of("Early figures indicate that turnout was higher than in 2019.")
    assert unnamed.quotes == ()
