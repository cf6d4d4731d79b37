from eventwatch.where.lookup import Candidate, gazetteer
from eventwatch.where.resolve import Context, haversine_km, resolve, score


def _city(name, country, population, feature="PPL", alternate=False):
    return Candidate(1, name, "city", country, "01", 0.0, 0.0, feature, population, alternate)


def test_context_country_outweighs_size():
    big, small = _city("Alba", "AA", 900_000), _city("Alba", "BB", 60_000)
    ctx = Context(countries={"BB": 1.0})
    assert score(small, ctx) > score(big, ctx)
    assert score(big, Context()) > score(small, Context())


def test_alternate_name_and_capital():
    assert score(_city("X", "AA", 100_000, alternate=True), Context()) < score(_city("X", "AA", 100_000), Context())
    assert score(_city("X", "AA", 100_000, "PPLC"), Context()) > score(_city("X", "AA", 100_000), Context())


def test_country_name_means_the_country():
    place = resolve("Georgia", 0, 7, gazetteer(), Context())
    assert (place.resolution, place.country, place.geonames_id) == ("country", "GEO", 614540)


def test_capital_beats_small_namesakes():
    place = resolve("Paris", 0, 5, gazetteer(), Context())
    assert (place.country, place.resolution, place.geonames_id) == ("FRA", "city", 2988507)


def test_ambiguous_name_without_context_is_unknown():
    place = resolve("Springfield", 0, 11, gazetteer(), Context())
    assert place.resolution == "unknown" and place.lat is None and place.geonames_id is None


def test_state_after_comma_decides():
    place = resolve("Springfield", 0, 11, gazetteer(), Context(hint_country="US", hint_admin1="IL"))
    assert (place.geonames_id, place.admin1) == (4250542, "Illinois")


def test_kosovo_code_setting_is_used():
    place = resolve("Prizren", 0, 7, gazetteer(), Context(kosovo_code="KOS"))
    assert place.country == "KOS" and place.resolution == "city"


def test_haversine():
    assert abs(haversine_km(0, 0, 0, 1) - 111.2) < 0.5
