import time

from eventwatch.where.lookup import Gazetteer, gazetteer


def test_index_opens_fast_and_needs_nothing_from_shared():
    start = time.perf_counter()
    gaz = Gazetteer()  # a fresh handle on the committed file
    gaz.candidates("Pristina")
    assert time.perf_counter() - start < 1.0


def test_capital_and_region_share_a_name():
    kinds = {(c.kind, c.feature) for c in gazetteer().candidates("Pristina")}
    assert ("city", "PPLC") in kinds and ("admin1", "ADM1") in kinds


def test_alternate_spelling_finds_the_city():
    ids = {c.id for c in gazetteer().candidates("Prishtina")}
    assert 786714 in ids  # GeoNames Pristina


def test_demonyms_are_not_places():
    gaz = gazetteer()
    assert gaz.candidates("Serbian") == []
    assert gaz.is_demonym("Kosovars")
    assert not gaz.is_demonym("Hong Kong")  # a nationality that is also a place name stays a place


def test_kosovo_codes():
    gaz = gazetteer()
    assert gaz.alpha3("XK") == "XKX"
    assert gaz.alpha3("XK", kosovo_code="KOS") == "KOS"
    assert {gaz.alpha2(c) for c in ("KOS", "KSV", "XKX", "UNK")} == {"XK"}
    assert gaz.alpha2("SRB") == "RS"
    assert gaz.alpha2("IGO") is None


def test_news_spellings_of_countries():
    gaz = gazetteer()
    for name, iso2 in (("U.S.", "US"), ("Britain", "GB"), ("UAE", "AE"), ("Burma", "MM")):
        assert any(c.kind == "country" and c.country == iso2 for c in gaz.candidates(name)), name


def test_our_regions_are_in_the_index():
    regions = [c for c in gazetteer().candidates("Western Balkans") if c.kind == "region"]
    assert regions and regions[0].id < 0  # no GeoNames id: ours
