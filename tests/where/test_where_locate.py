from dataclasses import replace

from eventwatch.model import Event, Evidence, Mention
from eventwatch.where import locate_event, make_locate_stage


def _event(text, trigger, recipient_text=()):
    start = text.index(trigger)
    ev = Evidence(sentence=text, start=0, end=len(text), trigger=trigger, trigger_start=start,
                  trigger_end=start + len(trigger))
    return Event(id="e1", article_id="t", event_type="ASSAULT", evidence=(ev,), recipient_text=recipient_text)


def test_stage_contract(settings):
    stage = make_locate_stage(settings)
    assert stage.name == "locate.rules.v1" and stage.produces == ("events",)


def test_place_attached_to_the_trigger(analyse):
    text = "Police clashed with protesters in Mitrovica on Tuesday."
    place = locate_event(_event(text, "clashed"), analyse(text))
    assert place is not None and place.text == "Mitrovica"


def test_region_phrase_preferred_over_the_country_inside_it(analyse):
    text = "A clash broke out in the north of Kosovo late on Friday."
    place = locate_event(_event(text, "clash"), analyse(text))
    assert place is not None and place.text == "the north of Kosovo"


def test_speakers_location_is_not_the_events(analyse):
    text = "Speaking in Ankara, the minister said the army had shelled villages near Idlib."
    analysis = analyse(text)
    assert locate_event(_event(text, "shelled"), analysis).text == "Idlib"
    assert locate_event(_event(text, "shelled"), analysis).text != "Ankara"


def test_only_a_speech_place_gives_no_location(analyse):
    text = "Speaking in Ankara, the minister said the army would respond."
    assert locate_event(_event(text, "respond"), analyse(text)) is None


def test_place_in_an_actors_name_is_weak_but_used(analyse):
    text = "The UN office in Juba condemned the raid."
    analysis = analyse(text)
    mention = Mention(text="The UN office in Juba", start=0, end=text.index("Juba") + 4, label="ORG")
    analysis = replace(analysis, mentions=(mention,))
    place = locate_event(_event(text, "condemned"), analysis)
    assert place is not None and place.text == "Juba"


def test_recipient_after_to_is_not_a_location(analyse):
    text = "Hungary sent a formal protest to Romania on Monday."
    assert locate_event(_event(text, "sent", recipient_text=("Romania",)), analyse(text)) is None


def test_stage_fills_location(analyse):
    text = "Police clashed with protesters in Mitrovica on Tuesday."
    analysis = replace(analyse(text), events=(_event(text, "clashed"),))
    out = make_locate_stage(None)(analysis)
    assert out.events[0].location.text == "Mitrovica"
