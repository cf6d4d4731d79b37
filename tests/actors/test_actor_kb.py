import datetime as dt
import json
from pathlib import Path

from eventwatch.actors import kb, outlet, resolve_at
from eventwatch.actors.resolve import holder_at, person_actor
from eventwatch.model import Actor

ROOT = Path(__file__).resolve().parents[2]


def test_loaded_once_per_process():
    assert kb.load() is kb.load()


def test_countries_igos_and_missions():
    k = kb.load()
    assert (k.find("Georgia").kind, k.find("Georgia").country) == ("state", "GEO")
    assert k.find("Georgia (country)").country == "GEO"  # Wikipedia-style title
    nato = k.find("North Atlantic Treaty Organization")
    assert (nato.code, nato.wikidata) == ("IGOWSTNAT", "Q7184")
    unmik = k.find("UNMIK")
    assert (unmik.kind, unmik.country) == ("igo", "UNO")
    assert k.find("Kosovo").country == "XKX"


def test_outlet_lookup_for_quote_venues():
    assert outlet("Die Welt").country == "DEU"
    assert outlet("the associated press") is not None or outlet("Associated Press") is not None
    assert outlet("No Such Gazette") is None


def test_roles_change_with_the_date():
    kurti = kb.load().find("Albin Kurti")
    assert person_actor(kurti, dt.date(2019, 6, 1)).sector is None  # before his first term
    assert person_actor(kurti, dt.date(2020, 10, 1)).sector == "ELI"  # between terms
    now = person_actor(kurti, dt.date(2023, 1, 8))
    assert (now.country, now.sector, now.title) == ("XKX", "GOV", "Prime Minister of Kosovo")


def test_open_wikidata_terms_end_when_the_successor_starts():
    # Wikidata rows often lack end dates; the next holder closes the term
    k = kb.load()
    assert holder_at("FRA", "HOG", dt.date(2024, 10, 1)).name == "Michel Barnier"
    assert holder_at("FRA", "HOG", dt.date(2025, 1, 15)).name == "François Bayrou"


def test_resolve_at_reresolves_a_person_for_another_date():
    actor = Actor(name="Ivica Dačić", kind="person", country="SRB", sector="GOV", source="kb:leaders")
    then = resolve_at(actor, dt.date(2023, 3, 1))
    assert then.title == "Minister of Foreign Affairs of Serbia"
    state = Actor(name="Serbia", kind="state", country="SRB")
    assert resolve_at(state, dt.date(1999, 1, 1)) is state


def test_shipped_files_match_the_manifest_and_notice():
    data = ROOT / "src" / "eventwatch" / "data" / "actors"
    manifest = json.loads((data / "MANIFEST.json").read_text())
    notice = (ROOT / "NOTICE").read_text()
    for name, info in manifest["files"].items():
        assert (data / name).stat().st_size > 0
        assert name in notice, f"NOTICE does not name {name}"
    assert "CC BY-SA 4.0" in notice and "ODbL" in notice
