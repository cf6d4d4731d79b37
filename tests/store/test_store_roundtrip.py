"""Hypothesis: event record -> store -> event record is the identity."""
import string

from hypothesis import HealthCheck, given, settings, strategies as st

from eventwatch.model import Actor, Analysis, Article, Event, EventDate, Evidence, Place
from eventwatch.records import event_record
from eventwatch.store import Store, event_records

names = st.text(string.ascii_letters + " \u00e9\u0107\u0161-'", min_size=1, max_size=20)
codes = st.sampled_from(["SRB", "XKX", "USA", "FRA", None])
actors = st.builds(Actor, name=names, kind=st.sampled_from(["state", "person", "igo", "unknown"]), country=codes,
                   sector=st.sampled_from(["GOV", "MIL", None]), code=st.one_of(st.none(), names), wikidata=st.none())
dates = st.builds(EventDate, value=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()),
                                             st.just("2023-W02"), st.just("PAST_REF")),
                  granularity=st.sampled_from(["day", "week", None]), source=st.sampled_from(["explicit", "unresolved"]))
places = st.one_of(st.none(), st.builds(Place, text=names, start=st.integers(0, 50), end=st.integers(50, 99),
                                        name=names, lat=st.floats(-90, 90), lon=st.floats(-180, 180),
                                        geonames_id=st.one_of(st.none(), st.integers(1, 10**9))))


@st.composite
def events(draw, article_id):
    n = draw(st.integers(0, 1000))
    acts = tuple(draw(st.lists(actors, max_size=2)))
    return Event(id=f"e{n}", article_id=article_id, event_type=draw(st.sampled_from(["ACCUSE", "ASSAULT", "AID"])),
                 mode=tuple(draw(st.lists(st.sampled_from(["firearms", "visit"]), max_size=2))),
                 aux_modes=tuple(draw(st.lists(st.sampled_from(["negation", "future", "historical"]), max_size=2))),
                 quad=draw(st.integers(1, 4)), cameo_root="18", goldstein=draw(st.floats(-10, 10)),
                 confidence=draw(st.floats(0, 1)), coder="h", actor=acts, recipient=tuple(draw(st.lists(actors, max_size=2))),
                 actor_text=tuple(a.name for a in acts), date=draw(dates), location=draw(places),
                 evidence=(Evidence(draw(names), 0, 5, "x", 1, 2),), context=("military",))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_record_store_record(data):
    text = data.draw(st.text(min_size=1, max_size=40).filter(str.strip))
    evs = data.draw(st.lists(events("a1"), max_size=4, unique_by=lambda e: e.id))
    with Store(":memory:") as store:
        store.write_analyses([Analysis(Article("a1", text), events=tuple(evs))])
        got = {r["id"]: {k: v for k, v in r.items() if k != "canonical_id"} for r in event_records(store)}
        assert got == {e.id: event_record(e) for e in evs}
        stored_text = store.rows("SELECT text FROM articles")[0][0]
        assert stored_text == text
