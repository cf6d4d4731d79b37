from __future__ import annotations

import duckdb
import pytest



def test_openapi_is_served_and_cdn_docs_are_off(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/timeline", "/api/dyads", "/api/actors",
            "/api/quotes", "/api/articles", "/api/network", "/api/alerts", "/api/map"} <= set(spec["paths"])
    assert client.get("/redoc").status_code == 404
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower() and "swagger" not in docs.text.lower()


def test_pages_are_bounded(client):
    assert client.get("/api/events", params={"limit": 201}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422
    assert client.get("/api/events", params={"quad": 7}).status_code == 422
    page = client.get("/api/events", params={"limit": 200}).json()
    assert page["total"] == 801 and len(page["items"]) == 200


def test_event_filters(client):
    def get(**params):
        return client.get("/api/events", params=params).json()

    only = get(actor="CHL")
    assert only["total"] == 1 and only["items"][0]["id"] == "hand-e1"
    assert get(recipient="peruvian")["total"] == 1
    assert get(q="fishing fleet")["items"][0]["id"] == "hand-e1"
    quads = get(quad=[3, 4], limit=200)
    assert quads["total"] > 0 and {e["quad"] for e in quads["items"]} <= {3, 4}
    dated = get(date_from="2025-06-01", date_to="2025-06-01", limit=200)
    assert {e["date"] for e in dated["items"]} == {"2025-06-01"}
    typed = get(type=["ASSAULT"], country="SRB", limit=50)
    assert all(e["event_type"] == "ASSAULT" for e in typed["items"])
    assert all("SRB" in (e["actor_country"], e["recipient_country"], e["place_country"]) for e in typed["items"])
    assert get(actor="x' OR '1'='1")["total"] == 0


def test_one_event_with_evidence_quotes_and_article_text(client, hand_text):
    TEXT = hand_text  # noqa: N806
    found = client.get("/api/events/hand-e1").json()
    assert found["article"]["text"] == TEXT and found["event"]["actor_code"] == "CHLMIL"
    spans = {s["kind"]: TEXT[s["start"]:s["end"]] for s in found["highlights"]}
    assert spans["trigger"] == "escorted" and spans["quote"] == "This was a routine patrol"
    assert spans["sentence"].startswith("Chilean navy ships") and spans["sentence"].endswith("Sunday.")
    assert client.get("/api/events/missing").status_code == 404


def test_dyads_timeline_alerts_network_actors_map(client):
    pairs = client.get("/api/dyads", params={"limit": 3}).json()
    assert (pairs[0]["a"], pairs[0]["b"]) == ("SRB", "XKX") and -1 <= pairs[0]["cci"] <= 1
    t = client.get("/api/timeline", params={"a": "SRB", "b": "XKX", "freq": "month"}).json()
    assert t["events"] > 0 and sum(p["events"] for p in t["periods"]) == t["events"]
    assert client.get("/api/timeline", params={"a": "SRB", "b": "XKX", "freq": "year"}).status_code == 422
    assert client.get("/api/timeline", params={"a": "S;--", "b": "XKX"}).status_code == 422
    alerts = client.get("/api/alerts", params={"a": "SRB", "b": "XKX"}).json()
    assert alerts["rule"]["window"] == 8 and isinstance(alerts["alerts"], list)
    net = client.get("/api/network", params={"max_edges": 5}).json()
    assert len(net["edges"]) == 5 and {e["source"] for e in net["edges"]} <= {n["id"] for n in net["nodes"]}
    assert client.get("/api/actors", params={"q": "CHLMIL"}).json()[0]["events"] == 1
    bins = client.get("/api/map", params={"cell": 1}).json()
    assert bins and all(-90 <= b["lat"] <= 90 for b in bins)


def test_quotes_and_articles(client, hand_text):
    q = client.get("/api/quotes", params={"speaker": "defence minister"}).json()
    assert q["total"] == 1 and q["items"][0]["text"] == "This was a routine patrol"
    arts = client.get("/api/articles", params={"q": "navy"}).json()
    assert arts["items"][0]["id"] == "hand-a1"
    art = client.get("/api/articles/hand-a1").json()
    assert art["text"] == hand_text and art["events"] == 1
    assert client.get("/api/articles/missing").status_code == 404


def test_store_is_read_only_and_pages_are_locked_down(client):
    with pytest.raises(duckdb.Error):
        client.app.state.con.execute("CREATE TABLE intruder (x INTEGER)")
    r = client.get("/api/stats")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.json()["events"] == 801
