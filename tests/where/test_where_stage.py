from eventwatch.where import make_stage


def _by_text(analysis):
    return {p.text: p for p in analysis.places}


def test_stage_contract(settings):
    stage = make_stage(settings)
    assert stage.name == "places.gazetteer.v1" and stage.produces == ("places",)


def test_cities_countries_and_region_phrases(analyse):
    a = analyse("Farmers marched in Skopje on Monday while police in the north of Kosovo closed two roads "
                "and Belgrade sent envoys.")
    places = _by_text(a)
    assert places["Skopje"].resolution == "city" and places["Skopje"].country == "MKD"
    assert places["the north of Kosovo"].resolution == "region"
    assert places["Kosovo"].geonames_id == 831053
    assert places["Belgrade"].geonames_id == 792680


def test_demonyms_are_not_places(analyse):
    a = analyse("Serbian and Albanian officials met Kosovar students.")
    assert a.places == ()


def test_article_countries_pick_the_namesake(analyse):
    # two Londons: with Canada and Ontario named, the Ontario city is meant
    a = analyse("Ontario police said a bridge in London was closed. Canada's transport minister visited London.")
    londons = [p for p in a.places if p.text == "London"]
    assert londons and all(p.country in ("CAN", None) for p in londons)


def test_one_sense_per_article_and_misspellings(analyse):
    a = analyse("A storm hit Dover, England, on Sunday. Ferries from Dover were cancelled and "
                "roads near Dovver flooded.")
    ids = {p.geonames_id for p in a.places if p.text in ("Dover", "Dovver")}
    assert ids == {2651048}


def test_place_glued_to_a_person_name_is_cut(analyse):
    a = analyse("Yesterday Governor of Sindh Imran Ismail spoke.")
    assert all(p.text != "Imran Ismail" for p in a.places)


def test_unknown_beats_a_wrong_pin(analyse):
    a = analyse("Officials in Springfield said the bridge would reopen.")
    springfield = [p for p in a.places if p.text == "Springfield"]
    assert springfield and springfield[0].resolution == "unknown" and springfield[0].lat is None


def test_named_region_phrase(analyse):
    a = analyse("Leaders discussed security in the Western Balkan region and in the Middle East.")
    regions = {p.text: p for p in a.places if p.resolution == "region"}
    assert any(t.startswith("Western Balkan") for t in regions)
    assert "Middle East" in regions and regions["Middle East"].lat is None
