"""Pronoun speakers: gender learned from the article, "they" for people named together,
"she added" going on with the last speaker, quote paragraphs without a cue.

All sentences are written for these tests.
"""
from __future__ import annotations

from eventwatch.model import Actor, Analysis, Article, Mention
from quote_helpers import by_start, speaker


def test_she_skips_a_man_the_article_calls_he(quotes_of):
    a = quotes_of("Senator Maria Lopez met Governor Tom Baker in Austin on Monday. "
                  "Lopez said she was pleased with the water deal. "
                  "Baker said his state would pay half of the cost. "
                  "The talks went well, she added.")
    assert speaker(by_start(a, "his state would pay")) == "Tom Baker"
    assert speaker(by_start(a, "The talks went well")) == "Maria Lopez"


def test_a_gendered_title_tells_the_gender(quotes_of):
    a = quotes_of('Mrs. Ellen Gray spoke after Mayor Paul Kent. Kent called the budget "a disgrace" '
                  'and said he would veto it. "We will not accept it," she said.')
    assert speaker(by_start(a, "We will not accept it")) == "Ellen Gray"
    assert speaker(by_start(a, "he would veto it")) == "Paul Kent"


def test_a_pronoun_we_bound_teaches_the_gender(quotes_of):
    # Haddad's first mention shares its sentence with Dahl: nothing is learned there, but
    # "he said" bound to Haddad makes the later "she" skip him.
    a = quotes_of('Prime Minister Lena Dahl met President Omar Haddad in Oslo. Haddad praised the deal. '
                  '"It is a good day for both nations," he said. The pipeline will be finished in 2027. '
                  '"We still have work to do," she said.')
    assert speaker(by_start(a, "It is a good day")) == "Omar Haddad"
    assert speaker(by_start(a, "We still have work")) == "Lena Dahl"


def test_a_surname_subject_the_tagger_missed_is_an_antecedent(quotes_of):
    a = quotes_of('Prime Minister Lena Dahl met President Omar Haddad in Oslo. Haddad praised the deal. '
                  '"It is a good day for both nations," he said. Dahl was more cautious. '
                  '"We still have work to do," she said.')
    assert speaker(by_start(a, "We still have work")) == "Lena Dahl"


def test_they_after_people_named_together(quotes_of):
    a = quotes_of("Anna Berg and Lars Holm, the two ministers, met in Oslo. Chancellor Olaf Brandt did not "
                  "attend. They said the talks would resume in June.")
    q = by_start(a, "the talks would resume")
    assert "Anna Berg" in speaker(q) and "Lars Holm" in speaker(q)
    assert "Brandt" not in speaker(q)


def test_they_after_a_minister_and_his_counterparts(quotes_of):
    a = quotes_of('Egyptian minister Omar Saleh and his Greek and French counterparts, Nikos Pappas and '
                  'Luc Morel, gathered in Athens on Monday. They concluded that the pact was "void".')
    names = speaker(by_start(a, "void"))
    assert all(n in names for n in ("Omar Saleh", "Nikos Pappas", "Luc Morel"))


def test_added_goes_on_with_the_last_speaker(quotes_of):
    a = quotes_of('Minister Carla Mendes said fuel taxes would fall in March. Deputy minister Jorge Ruiz '
                  'was not at the meeting. "We cannot wait for Brussels," she added.')
    assert speaker(by_start(a, "We cannot wait")) == "Carla Mendes"


def test_cueless_quote_after_a_sentence_about_a_person(quotes_of):
    a = quotes_of('"We will cut fuel taxes in March," Minister Carla Mendes said.\n\n'
                  'Her deputy Jorge Ruiz disagreed with the plan. "It is far too expensive for the regions."\n\n'
                  '"We should wait for the census."')
    assert speaker(by_start(a, "We will cut")) == "Carla Mendes"
    assert speaker(by_start(a, "It is far too expensive")) == "Jorge Ruiz"
    assert speaker(by_start(a, "We should wait")) == "Jorge Ruiz"  # a quote paragraph continues


def test_their_coreference_is_dropped_when_the_gender_disagrees(quotes_of):
    from eventwatch.nlp import parse
    from eventwatch.quotes import make_stage
    from eventwatch.settings import Settings

    text = ("Senator Maria Lopez met Governor Tom Baker in Austin. Lopez said she liked the deal. "
            "Baker said his state would pay half. The talks went well, she added.")
    she = text.rindex("she")
    baker = Actor("Tom Baker", "person", source="test")
    mentions = (Mention("she", she, she + 3, "PRON", baker),)
    settings = Settings()
    a = make_stage(settings)(Analysis(Article("t3", text), parsed=parse(text, settings.model), mentions=mentions))
    assert speaker(by_start(a, "The talks went well")) == "Maria Lopez"


def test_a_spokesperson_speaks_for_the_organisation_the_actors_stage_names(quotes_of):
    from eventwatch.nlp import parse
    from eventwatch.quotes import make_stage
    from eventwatch.settings import Settings

    text = "The Kremlin's spokesman said the talks in Geneva had failed."
    kremlin = Actor("Russia", "state", country="RUS", sector="GOV", source="test")
    mentions = (Mention("Kremlin", 4, 11, "ORG", kremlin),)
    settings = Settings()
    a = make_stage(settings)(Analysis(Article("t4", text), parsed=parse(text, settings.model), mentions=mentions))
    q = by_start(a, "the talks in Geneva")
    assert q.speaker == kremlin  # the Actor: the organisation the spokesperson speaks for
    assert "spokesman" in q.speaker_text  # the speaker as written
    alone = quotes_of(text)  # without the actors stage: the spokesperson's phrase itself
    assert "spokesman" in speaker(by_start(alone, "the talks in Geneva"))


def test_gender_book_on_a_parse():
    from eventwatch.nlp import parse
    from eventwatch.quotes.pronouns import GenderBook
    from eventwatch.settings import Settings

    text = ("Congresswoman Helen Ward opened the bridge in Ohio. Lady Ann Cole cut the ribbon. "
            "Pedro Ortiz thanked his staff. Rosa Lind criticised Pedro Ortiz, saying she was not consulted.")
    book = GenderBook(parse(text, Settings().model), text)
    assert book.gender("Helen Ward") == "f"  # the title before the name
    assert book.gender("Ann Cole") == "f"  # the title inside the name
    assert book.gender("Ortiz") == "m"  # "his" right after his first mention
    assert book.gender("Rosa Lind") is None  # her "she" follows Ortiz's name: no vote for anyone
    assert book.agrees("Rosa Lind", "he") and not book.agrees("Ortiz", "she")


def test_an_unresolved_mention_gives_way_to_the_full_name():
    from eventwatch.nlp import parse
    from eventwatch.quotes import make_stage
    from eventwatch.settings import Settings

    text = 'Army spokesman Tomas Varela read a statement on Monday. "We will strike again," Varela said.'
    second = text.rindex("Varela")
    settings = Settings()
    parsed = parse(text, settings.model)

    def quote_with(actor):
        mentions = (Mention("Varela", second, second + 6, "ORG", actor),)
        return by_start(make_stage(settings)(Analysis(Article("t5", text), parsed=parsed, mentions=mentions)),
                        "We will strike")

    assert quote_with(Actor("Varela", "unknown", confidence=0.3, source="ner")).speaker.name == "Tomas Varela"
    resolved = Actor("Tomas Varela", "person", country="COL", source="kb:leaders")
    assert quote_with(resolved).speaker == resolved  # a resolved actor is kept


def test_it_and_they_follow_the_number_of_the_subject(quotes_of):
    story = "The Finnish coast guard searched the bay on Monday. Fishermen reported oil on the water. "
    it = by_start(quotes_of(story + "It said the leak came from a tanker."), "the leak came")
    they = by_start(quotes_of(story + "They said the leak came from a tanker."), "the leak came")
    assert "coast guard" in speaker(it)
    assert speaker(they) == "Fishermen"


def test_they_after_people_named_as_objects_stays_with_the_subject(quotes_of):
    a = quotes_of("Police arrested Ana Ruiz, Tom Baker and Lena Dahl in Madrid. They said the three had fled.")
    assert speaker(by_start(a, "the three had fled")) == "Police"
