"""The API reads what the store helper's writer (eventwatch.store.Store) writes."""
from __future__ import annotations

from fastapi.testclient import TestClient

from eventwatch.httpapi import create_app
from eventwatch.store import open_store
from eventwatch.store.synthetic import make_analysis

TEXT = "Moldovan officials accused Transnistrian leaders of blocking the bridge near Bender on Tuesday."


def test_events_written_by_the_store_are_served_with_their_evidence(tmp_path):
    path = tmp_path / "store.duckdb"
    trigger = TEXT.index("accused")
    analysis = make_analysis(TEXT, [dict(event_type="ACCUSE", actor=("MDA", "Moldova"), recipient=("RUS", "Russia"),
                                         date="2024-05-07", sentence=(TEXT, 0), trigger=("accused", trigger))],
                             published="2024-05-08", title="Bridge dispute")
    with open_store(path) as store:
        store.write_analyses([analysis])
    with TestClient(create_app(path)) as client:
        page = client.get("/api/events", params={"actor": "MDA"}).json()
        assert page["total"] == 1
        event_id = page["items"][0]["id"]
        found = client.get(f"/api/events/{event_id}").json()
        spans = {s["kind"]: TEXT[s["start"]:s["end"]] for s in found["highlights"]}
        assert spans == {"sentence": TEXT, "trigger": "accused"}
        timeline = client.get("/api/timeline", params={"a": "MDA", "b": "RUS", "freq": "day"}).json()
        assert [p["start"] for p in timeline["periods"]] == ["2024-05-07"]
