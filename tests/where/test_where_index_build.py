import sqlite3
from pathlib import Path

import eventwatch

INDEX = Path(eventwatch.__file__).parent / "data" / "gazetteer" / "gazetteer.sqlite"


def test_committed_index_is_compact_and_licensed():
    assert INDEX.exists() and INDEX.stat().st_size < 10_000_000
    db = sqlite3.connect(f"file:{INDEX}?mode=ro&immutable=1", uri=True)
    licence = dict(db.execute("SELECT key, value FROM meta"))["licence"]
    assert "ODbL" in licence and "GeoNames" in licence
    kinds = dict(db.execute("SELECT kind, count(*) FROM place GROUP BY kind"))
    assert kinds["country"] > 240 and kinds["admin1"] > 3800 and kinds["city"] > 30000
