import datetime as dt
import json

from eventwatch.dedup import Frame, cluster_frames, rebuild_canonical_events, summarise
from eventwatch.store import Store
from eventwatch.store.synthetic import make_analysis


def f(id, art, day, actor="SRBGOV", recipient="XKXGOV", etype="ACCUSE", source=None, place=None):
    d = dt.date(2023, 1, day) if day else None
    return Frame(id, art, etype, actor, recipient, d, d.isoformat() if d else None, place, source or art,
                 dt.datetime(2023, 1, day or 1, 9) if day else None)


def _ids(groups):
    return sorted(sorted(x.id for x in g) for g in groups)


def test_same_dyad_type_and_days_cluster():
    groups = cluster_frames([f("e1", "a1", 8), f("e2", "a2", 9), f("e3", "a3", 20)], window_days=1)
    assert _ids(groups) == [["e1", "e2"], ["e3"]]


def test_chain_does_not_melt_into_one():
    groups = cluster_frames([f("e1", "a1", 1), f("e2", "a2", 2), f("e3", "a3", 3), f("e4", "a4", 4)], window_days=1)
    assert _ids(groups) == [["e1", "e2"], ["e3", "e4"]]


def test_different_type_direction_or_unknown_actors_stay_apart():
    frames = [f("e1", "a1", 8), f("e2", "a2", 8, etype="ASSAULT"), f("e3", "a3", 8, actor="XKXGOV", recipient="SRBGOV"),
              f("e4", "a4", 8, actor=None, recipient=None), f("e5", "a5", 8, actor=None, recipient=None)]
    assert _ids(cluster_frames(frames)) == [["e1"], ["e2"], ["e3"], ["e4"], ["e5"]]


def test_summary_counts_and_keeps_conflicts():
    group = [f("e1", "a1", 8, source="Wire A", place="Zvecan"), f("e2", "a2", 9, source="Wire B", place="Leposavic"),
             f("e3", "a2", 9, source="Wire B"), f("e4", "a3", 8, source="Wire A", place="Zvecan")]
    c = summarise(group)
    assert (c.num_mentions, c.num_articles, c.num_sources) == (4, 3, 2)
    assert c.first.id == "e1" and c.id == "ce1" and c.first_seen == dt.datetime(2023, 1, 8, 9)
    assert c.conflicts["date"] == {"2023-01-08": ["e1", "e4"], "2023-01-09": ["e2", "e3"]}
    assert set(c.conflicts["place"]) == {"Zvecan", "Leposavic"}
    assert c.date == dt.date(2023, 1, 8)  # tie on count: the earliest date


def test_store_canonical_events_and_links():
    t1 = "Serbia accused Kosovo of provocations near the border on Sunday, officials in Belgrade said."
    t2 = "Belgrade on Sunday accused Pristina of a provocation in the north, a government statement said."
    t3 = "Kosovo's prime minister met European envoys in Pristina to discuss the energy dispute."
    with Store(":memory:") as store:
        store.write_analyses([
            make_analysis(t1, [dict(date="2023-01-08")], source="Wire A", published="2023-01-08"),
            make_analysis(t2, [dict(date="2023-01-09", place="Zvecan")], source="Wire B", published="2023-01-09"),
            make_analysis(t3, [dict(event_type="CONSULT", date="2023-01-08", actor=("XKX", "Kosovo"),
                                    recipient=("EUR", "EU"))], source="Wire B"),
        ])
        assert rebuild_canonical_events(store) == 2
        row = store.rows("SELECT num_mentions, num_articles, num_sources, date, conflicts, place_name "
                         "FROM canonical_events WHERE event_type = 'ACCUSE'")[0]
        assert row[:4] == (2, 2, 2, dt.date(2023, 1, 8)) and row[5] == "Zvecan"
        assert set(json.loads(row[4])["date"]) == {"2023-01-08", "2023-01-09"}
        linked = store.rows("SELECT count(DISTINCT canonical_id), count(*) FROM events WHERE canonical_id IS NOT NULL")
        assert linked == [(2, 3)]
        assert store.rows("SELECT count(*) FROM mentions WHERE canonical_id IS NULL")[0][0] == 0
        assert rebuild_canonical_events(store) == 2  # rerun: same result, nothing doubled
        assert store.count("canonical_events") == 2


def test_non_asserted_events_are_not_canonical():
    t = "Serbia did not accuse Kosovo of anything on Sunday, officials said."
    a = make_analysis(t, [dict(date="2023-01-08")])
    from dataclasses import replace
    a = replace(a, events=(replace(a.events[0], aux_modes=("negation",)),))
    with Store(":memory:") as store:
        store.write_analyses([a])
        assert rebuild_canonical_events(store) == 0
        assert store.rows("SELECT canonical_id FROM events") == [(None,)]
