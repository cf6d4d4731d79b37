from eventwatch.dedup import find_near_duplicates, mark_near_duplicates, signature, signature_bytes
from eventwatch.store import Store
from eventwatch.store.synthetic import make_analysis

BASE = ("The foreign ministers of Albania and North Macedonia met in Skopje on Tuesday to discuss border "
        "crossings and rail links between the two countries. Officials said the talks would continue next "
        "month in Tirana, and that a joint commission would report on customs checks by June. Both sides "
        "described the meeting as constructive and promised to publish the draft protocol.")
COPY = BASE.replace("Tuesday", "Wednesday") + " Copyright Example Wire. All rights reserved."
OTHER = ("Police in Quito arrested twelve people after clashes near the presidential palace on Friday, a "
         "spokesman for the interior ministry said. Three officers were treated in hospital for minor injuries.")


def test_signature_roundtrip_keeps_similarity():
    from eventwatch.dedup.near import from_bytes

    assert from_bytes(signature_bytes(BASE)).jaccard(signature(BASE)) == 1.0


def test_copy_found_other_not():
    found = find_near_duplicates([("a", signature_bytes(BASE)), ("b", signature_bytes(COPY)),
                                  ("c", signature_bytes(OTHER))])
    assert found == {"b": "a"}


def test_copy_of_a_copy_points_at_the_original():
    found = find_near_duplicates([("a", signature_bytes(BASE)), ("b", signature_bytes(COPY)),
                                  ("c", signature_bytes(COPY + " Updated."))])
    assert found == {"b": "a", "c": "a"}


def test_store_marks_the_later_article():
    with Store(":memory:") as store:
        store.write_analyses([make_analysis(COPY, [], published="2023-01-10"),
                              make_analysis(BASE, [], published="2023-01-09"),
                              make_analysis(OTHER, [], published="2023-01-09")])
        assert mark_near_duplicates(store) == 1
        (copy_id, dup_of), = store.rows("SELECT id, near_dup_of FROM articles WHERE near_dup_of IS NOT NULL")
        assert store.rows("SELECT text FROM articles WHERE id = ?", [dup_of])[0][0] == BASE
        assert store.rows("SELECT count(*) FROM articles WHERE minhash IS NULL")[0][0] == 0
