"""The dashboard in a real (headless) Chromium: loads offline, filters work, evidence is highlighted."""
from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def api(base: str, path: str, **params):
    query = urllib.parse.urlencode(params, doseq=True)
    with urllib.request.urlopen(f"{base}{path}?{query}") as response:
        return json.loads(response.read())


def ready(page):
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)


def test_page_loads_every_panel_offline(page, live_server, artifacts):
    page.goto(live_server + "/")
    ready(page)
    page.wait_for_selector("#map path.country")
    assert "1,200" in page.inner_text("#store-stats")
    assert page.locator("#timeline svg g.period").count() > 10
    assert page.locator("#map path.country").count() > 200  # Natural Earth 1:50m countries
    assert page.locator("#map circle.bin").count() > 0
    assert page.locator("#network g.node").count() > 2
    assert page.locator("#events tbody tr").count() == 25
    assert page.locator("#dyads tbody tr").count() > 0
    assert page.inner_text("#page-info") == "1–25 of 1,200"
    page.screenshot(path=str(artifacts / "dashboard.png"), full_page=True)
    assert page.outside == [] and page.errors == []


def test_filters_narrow_the_table_to_matching_events(page, live_server, artifacts):
    page.goto(live_server + "/")
    ready(page)
    page.fill("input[name=actor]", "SRB")
    page.check("input[name=quad][value='4']")
    page.click("button[type=submit]")  # the submit handler clears body[data-ready] at once
    ready(page)
    expected = api(live_server, "/api/events", actor="SRB", quad=4, limit=1)["total"]
    assert 0 < expected < 1200
    assert page.inner_text("#events-title") == f"{expected:,} match"
    rows = page.locator("#events tbody tr")
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert "SRB" in cells.nth(2).inner_text().split("→")[0]
        assert "q4" in cells.nth(1).locator(".chip").get_attribute("class")
    pairs = page.locator("#dyads tbody tr")
    assert pairs.count() > 1  # picking another pair redraws the timeline for it
    a, b = pairs.nth(1).get_attribute("data-pair").split("-")
    pairs.nth(1).click()
    expect(page.locator("#timeline-title")).to_contain_text(f"{a} ↔ {b}")
    page.click("#next")
    expect(page.locator("#page-info")).to_have_text(re.compile(r"^26–"))
    page.screenshot(path=str(artifacts / "dashboard-filtered.png"), full_page=True)
    assert page.errors == []


def test_event_view_highlights_the_evidence_trigger_and_quote(page, live_server, artifacts):
    page.goto(live_server + "/")
    ready(page)
    first = page.locator("#events tbody tr").first
    event_id = first.get_attribute("data-id")
    first.click()
    page.wait_for_selector("#event-view:not([hidden]) mark.hl-trigger")
    data = api(live_server, f"/api/events/{urllib.parse.quote(event_id)}")
    text = data["article"]["text"]

    def marked(kind: str) -> str:
        return "".join(page.locator(f"#ev-text mark.hl-{kind}").all_inner_texts())

    evidence = data["record"]["evidence"][0]
    assert marked("trigger") == text[evidence["trigger_start"]:evidence["trigger_end"]] == evidence["trigger"]
    assert marked("sentence") == text[evidence["start"]:evidence["end"]]
    linked = [q for q in data["quotes"] if q["linked"]]
    assert marked("quote") == "".join(text[q["start"]:q["end"]] for q in linked)
    assert page.inner_text("#ev-text") == text  # highlighting adds no characters and loses none
    page.screenshot(path=str(artifacts / "event-view.png"))
    page.keyboard.press("Escape")
    assert page.locator("#event-view").is_hidden()
    assert page.errors == []
