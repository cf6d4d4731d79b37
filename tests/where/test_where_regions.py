from eventwatch.model import Place
from eventwatch.where.lookup import gazetteer
from eventwatch.where.regions import region_phrase


def _country(text, start, name, code):
    return Place(text=name, start=start, end=start + len(name), name=name, country=code,
                 lat=1.0, lon=1.0, geonames_id=7, resolution="country")


def test_the_north_of_a_country_known_region():
    text = "Roads were blocked in the north of Kosovo overnight."
    region = region_phrase(text, _country(text, text.index("Kosovo"), "Kosovo", "XKX"), gazetteer(), "XKX")
    assert region.text == "the north of Kosovo"
    assert region.resolution == "region" and region.country == "XKX" and region.lat is not None


def test_adjective_form_unknown_region_has_no_pin():
    text = "Fighting resumed in eastern Chad on Friday."
    region = region_phrase(text, _country(text, text.index("Chad"), "Chad", "TCD"), gazetteer(), "XKX")
    assert region.text == "eastern Chad" and region.name == "East Chad"
    assert region.lat is None and region.geonames_id is None and region.country == "TCD"


def test_names_with_directions_are_not_regions():
    text = "Talks with North Korea stalled."
    place = _country(text, text.index("North Korea"), "North Korea", "PRK")
    assert region_phrase(text, place, gazetteer(), "XKX") is None


def test_relative_distance_is_not_a_region():
    text = "The village lies north of Ghana's border."
    assert region_phrase(text, _country(text, text.index("Ghana"), "Ghana", "GHA"), gazetteer(), "XKX") is None
