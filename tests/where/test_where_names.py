from eventwatch.where.names import is_latin, normalize


def test_normalize_drops_accents_dots_and_leading_article():
    assert normalize("São Paulo") == "sao paulo"
    assert normalize("U.S.") == "us"
    assert normalize("the Netherlands") == "netherlands"
    assert normalize("Côte d'Ivoire") == "cote divoire"
    assert normalize("Bosnia-Herzegovina") == "bosnia herzegovina"


def test_is_latin():
    assert is_latin("Prishtinë")
    assert not is_latin("Приштина")
