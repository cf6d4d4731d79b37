from __future__ import annotations

import pytest

from eventwatch.analysis import actor_network, cci, country_pairs
from eventwatch.analysis import browse
from eventwatch.analysis.filters import EventFilter


def test_cci_bounds():
    assert cci(3, 0) == 1.0 and cci(0, 2) == -1.0 and cci(1, 1) == 0.0 and cci(0, 0) is None


@pytest.fixture
def con(open_store, event_row):
    return open_store([
        event_row(1, "2024-03-04", "CONSULT", 1, 1.0),
        event_row(2, "2024-03-04", "AID", 2, 7.0),
        event_row(3, "2024-03-05", "COERCE", 4, -7.0, actor="ALB", recipient="GRC"),
        event_row(4, "2024-03-05", "ASSAULT", 4, -9.0, actor="TUR", recipient="ALB", lat=41.3, lon=19.8,
                  place_name="Tirana"),
        event_row(5, "2024-03-05", "ACCUSE", 3, -2.0, actor="TUR", recipient="TUR"),  # self-loop: left out
    ])


def test_country_pairs_are_undirected_with_their_index(con):
    pairs = country_pairs(con)
    assert [(p["a"], p["b"], p["events"]) for p in pairs] == [("ALB", "GRC", 3), ("ALB", "TUR", 1)]
    assert pairs[0]["cci"] == pytest.approx(1 / 3, abs=1e-4) and pairs[0]["goldstein_sum"] == 1.0


def test_actor_network_edges_and_nodes(con):
    net = actor_network(con)
    edges = {(e["source"], e["target"]): e["events"] for e in net["edges"]}
    assert edges == {("GRCGOV", "ALBGOV"): 2, ("ALBGOV", "GRCGOV"): 1, ("TURGOV", "ALBGOV"): 1}
    nodes = {n["id"]: (n["in"], n["out"]) for n in net["nodes"]}
    assert nodes["ALBGOV"] == (3, 1) and nodes["TURGOV"] == (0, 1)
    assert next(n for n in net["nodes"] if n["id"] == "GRCGOV")["name"] == "GRC government"
    assert len(actor_network(con, max_edges=1)["edges"]) == 1
    only_conflict = actor_network(con, EventFilter(quad=(4,)))
    assert {e["source"] for e in only_conflict["edges"]} == {"ALBGOV", "TURGOV"}


def test_map_bins_group_nearby_events(con):
    bins = browse.map_bins(con, cell=1.0)
    assert bins == [{"lat": 41.5, "lon": 19.5, "events": 1, "goldstein_mean": -9.0, "place": "Tirana"}]
