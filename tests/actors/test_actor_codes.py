from eventwatch.actors.codes import cameo_code, country_out, normalize_country


def test_kosovo_variants_map_to_one_internal_code():
    assert {normalize_country(c) for c in ("KOS", "ksv", "XKX", "UNK")} == {"XKX"}
    assert normalize_country("SRB") == "SRB"
    assert normalize_country(None) is None


def test_kosovo_output_follows_the_setting():
    assert country_out("XKX", "KOS") == "KOS"
    assert country_out("SRB", "KOS") == "SRB"


def test_cameo_codes_use_ksv_and_append_sectors():
    assert cameo_code("XKX", "GOV") == "KSVGOV"
    assert cameo_code("SRB", "COP") == "SRBCOP"
    assert cameo_code(None, "MIL", "IGOWSTNAT") == "IGOWSTNATMIL"
    assert cameo_code(None, "GOV", "IGOWSTNAT") == "IGOWSTNAT"  # an IGO is its own government
    assert cameo_code("DEU", "JRN") == "DEUMED"  # PLOVER JRN is CAMEO MED
    assert cameo_code("SRB", None) == "SRB"
