"""Stage anchor.rules.v1: each event's date, from its clause, tense, context or the publication date."""
import datetime as dt

from eventwatch.model import Analysis, Article, Event, Evidence
from eventwatch.when.anchor import AnchorStage
from eventwatch.when.times import TimesStage

PUBLISHED = dt.date(2024, 3, 13)
TODAY = dt.date(2026, 11, 28)


def evidence(text, trigger, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    sent_start = text.rfind(".", 0, start) + 1
    sent_end = text.find(".", start) + 1
    return Evidence(text[sent_start:sent_end], sent_start, sent_end, trigger, start, start + len(trigger))


def dated(parse_text, text, *triggers, published=PUBLISHED, aux_modes=()):
    """Run times then anchor on ``text`` with one event per trigger (a tuple: several mentions)."""
    events = []
    for n, trig in enumerate(triggers):
        mentions = trig if isinstance(trig, tuple) else (trig,)
        events.append(Event(f"e{n}", "t1", "REJECT", aux_modes=aux_modes,
                            evidence=tuple(evidence(text, t) for t in mentions)))
    analysis = Analysis(Article("t1", text, published=published), parse_text(text), events=tuple(events))
    analysis = TimesStage(today=TODAY)(analysis)
    return AnchorStage()(analysis).events


def test_the_time_governing_the_clause_dates_the_event(parse_text):
    (e,) = dated(parse_text, "Ukraine's army, on Feb 24, Friday, repelled the attack near Kharkiv.", "repelled",
                 published=None)
    assert (e.date.value, e.date.source, e.date.text) == ("2023-02-24", "relative", "Feb 24, Friday")
    assert "historical" not in e.aux_modes


def test_pluperfect_is_before_the_reference_date(parse_text):
    (e,) = dated(parse_text, "Moldova had asked Romania for gas after the outage.", "asked")
    assert e.date.value is None
    assert (e.date.relation, e.date.anchor, e.date.source) == ("before", "2024-03-13", "context")


def test_no_time_falls_back_to_the_publication_date(parse_text):
    (e,) = dated(parse_text, "Finland criticised the decision of the court.", "criticised")
    assert (e.date.value, e.date.source) == ("2024-03-13", "publication-fallback")


def test_historical_events_keep_their_own_years(parse_text):
    text = "The 1992-1995 war, in which Serb forces shelled Sarajevo, ended in a treaty."
    (e,) = dated(parse_text, text, "shelled")
    assert e.date.value == "1992/1995" and "historical" in e.aux_modes


def test_a_background_paragraph_keeps_its_year(parse_text):
    text = ("Montenegro declared independence in 2006. Serbia accepted the result. "
            "The EU opened an office in Podgorica in June.")
    accepted, opened = dated(parse_text, text, "accepted", "opened")
    assert (accepted.date.value, accepted.date.source) == ("2006", "context")
    assert "historical" in accepted.aux_modes
    assert (opened.date.value, opened.date.source) == ("2006-06", "context")
    assert "2023-06" in opened.date.reason  # what the reference date alone would give


def test_a_new_paragraph_ends_the_background(parse_text):
    text = "Montenegro declared independence in 2006.\n\nSerbia accepted the offer of talks."
    (e,) = dated(parse_text, text, "accepted")
    assert e.date.source == "publication-fallback" and "historical" not in e.aux_modes


def test_several_mentions_keep_the_first_dated_one_and_name_the_other(parse_text):
    text = ("On Monday, the envoy in Skopje rejected the plan. "
            "On the eve of Christmas, the envoy had informed Rome that he rejected it.")
    (e,) = dated(parse_text, text, ("rejected", "informed"), published=dt.date(2023, 12, 28))
    assert e.date.value == "2023-12-25"  # the Monday before the story
    assert "2023-12-24" in e.date.reason


def test_background_event_without_a_date_is_before_the_reference(parse_text):
    (e,) = dated(parse_text, "Lithuania condemned the blockade.", "condemned", aux_modes=("historical",))
    assert e.date.value is None and e.date.relation == "before"


def test_events_without_a_parse_are_left_alone():
    analysis = Analysis(Article("t1", "x"), events=(Event("e0", "t1", "REJECT"),))
    assert AnchorStage()(analysis) is analysis


def test_a_clause_inside_a_pluperfect_one_is_before_too(parse_text):
    (e,) = dated(parse_text, "Armenia had closed the road after fighting broke out near Tavush.", "broke")
    assert (e.date.value, e.date.relation) == (None, "before")


def test_reported_speech_keeps_its_own_time(parse_text):
    (e,) = dated(parse_text, "The minister had said that troops attack the town.", "attack")
    assert e.date.relation != "before"


def test_future_events_fall_back_to_after_the_publication_date(parse_text):
    (e,) = dated(parse_text, "Chile will expel the diplomats.", "expel", aux_modes=("future",))
    assert (e.date.source, e.date.relation) == ("publication-fallback", "after")


def test_pluperfect_beside_a_dated_report_is_before_that_date(parse_text):
    text = "Chile's foreign minister protested on Monday, a day after Bolivia had closed the border crossing."
    protest, closure = dated(parse_text, text, "protested", "closed")
    assert protest.date.value == "2024-03-11"
    assert (closure.date.value, closure.date.relation, closure.date.anchor) == (None, "before", "2024-03-11")
