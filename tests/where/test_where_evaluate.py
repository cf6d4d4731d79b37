import csv
import hashlib

import pytest

from eventwatch.model import Place
from eventwatch.where.evaluate import GOLD, GoldPlace, load_gold, score, split_of
from tests.conftest import shared_path


def _gold(start, end, gid):
    return GoldPlace("f.csv", 0, "u", start, end, gid, "")


def test_score_counts_recall_distance_and_exact_id():
    gold = [_gold(0, 6, 792680), _gold(10, 16, 786714), _gold(20, 25, None), _gold(30, 35, 2988507)]
    places = {("f.csv", 0): (
        Place("Belgrade", 0, 6, geonames_id=792680, lat=44.8, lon=20.46, resolution="city"),
        Place("Pristina", 10, 16, geonames_id=10097360, lat=42.66, lon=21.17, resolution="admin1"),
        Place("Nowhere", 20, 25),
        Place("Extra", 40, 45),
    )}
    m = score(gold, places)
    assert m["span_recall"] == 0.75  # Paris missed
    assert m["found_with_id"] == 2
    assert m["accuracy_161km"] == 1.0  # the region seat is within 161 km of the city
    assert m["exact_id_accuracy"] == 0.5
    assert m["span_precision"] == 0.75


def test_unknown_counts_as_wrong():
    m = score([_gold(0, 6, 792680)], {("f.csv", 0): (Place("Belgrade", 0, 6),)})
    assert m["span_recall"] == 1.0 and m["accuracy_161km"] == 0.0


def test_split_is_by_article_and_stable():
    key = hashlib.sha1(b"https://example.org/a").hexdigest()
    assert split_of(key) == split_of(key)
    assert {split_of(hashlib.sha1(f"https://example.org/{i}".encode()).hexdigest()) for i in range(20)} == {"dev", "held-out"}


def test_gold_file_holds_offsets_and_ids_only():
    gold = load_gold()
    assert len(gold) >= 150
    with open(GOLD, encoding="utf-8") as fh:
        header = next(csv.reader(fh, delimiter="\t"))
    assert header == ["file", "row", "url_sha1", "start", "end", "geonames_id", "note"]
    assert all(g.end > g.start for g in gold)
    splits = {split_of(g.url_sha1) for g in gold}
    assert splits == {"dev", "held-out"}


@pytest.mark.shared
@pytest.mark.slow
def test_gold_offsets_land_on_capitalised_words():
    folder = shared_path("benchmarks", "wikinews")
    csv.field_size_limit(1 << 30)
    texts = {}
    for g in load_gold():
        if g.file not in texts:
            with open(folder / g.file, encoding="utf-8", newline="") as fh:
                texts[g.file] = [r["text"] for r in csv.DictReader(fh)]
        span = texts[g.file][g.row][g.start:g.end]
        assert span[:1].isupper(), (g.file, g.row, g.start)
