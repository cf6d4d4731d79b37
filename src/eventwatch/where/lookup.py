"""Read-only access to the committed place index (data/gazetteer/gazetteer.sqlite).

The index is built once by scripts/build_gazetteer.py; here it is only queried, so opening it
costs milliseconds and nothing from ../shared is needed at run time.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from .names import normalize

__all__ = ["Candidate", "Gazetteer", "KOSOVO_CODES", "gazetteer"]

# every alpha-3 spelling of Kosovo in our sources (docs: countries/SOURCE.md)
KOSOVO_CODES = frozenset({"XKX", "KOS", "KSV", "UNK", "XK", "KV"})


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int  # GeoNames id; negative for our own regions that have none
    name: str
    kind: str  # country, admin1, city, town, continent, region
    country: str | None  # ISO alpha-2
    admin1: str | None  # GeoNames admin1 code within the country
    lat: float | None
    lon: float | None
    feature: str
    population: int
    alternate: bool  # matched an alternate name, not the primary one


def _default_path() -> Path:
    return Path(str(resources.files("eventwatch") / "data" / "gazetteer" / "gazetteer.sqlite"))


class Gazetteer:
    """Name -> candidates, plus the small country and region tables."""

    def __init__(self, path: Path | None = None):
        path = path or _default_path()
        if not path.exists():
            raise ConfigError(f"place index missing: {path} (run scripts/build_gazetteer.py)")
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        rows = self._db.execute("SELECT iso2, iso3, name, id FROM country").fetchall()
        self._iso3 = {iso2: iso3 for iso2, iso3, _, _ in rows}
        self._iso2 = {iso3: iso2 for iso2, iso3, _, _ in rows}
        self._country_name = {iso2: name for iso2, _, name, _ in rows}
        self._demonyms = {k for (k,) in self._db.execute("SELECT key FROM demonym")}
        # ~3,900 rows: a dict at start-up beats an unindexed scan of the place table per lookup
        self._admin1_names = {(c, a): n for c, a, n in self._db.execute(
            "SELECT country, admin1, name FROM place WHERE kind = 'admin1'")}

    def _query(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def candidates(self, name: str) -> list[Candidate]:
        key = normalize(name)
        if not key or key in self._demonyms:
            return []
        return self.candidates_for_key(key)

    @lru_cache(maxsize=50_000)
    def candidates_for_key(self, key: str) -> list[Candidate]:
        rows = self._query(
            "SELECT p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.feature, p.population,"
            " n.rank FROM name n JOIN place p ON p.id = n.id WHERE n.key = ?", (key,))
        return [Candidate(*r[:9], alternate=bool(r[9])) for r in rows]

    def is_demonym(self, name: str) -> bool:
        key = normalize(name)  # "Kosovars", "Serbs": plurals of demonyms too
        return key in self._demonyms or (key.endswith("s") and key[:-1] in self._demonyms)

    @lru_cache(maxsize=10_000)
    def admin1_name(self, country: str | None, code: str | None) -> str | None:
        if not country or not code:
            return None
        return self._admin1_names.get((country, code))

    def coordinates(self, geonames_id: int) -> tuple[float, float] | None:
        rows = self._query("SELECT lat, lon FROM place WHERE id = ?", (geonames_id,))
        return (rows[0][0], rows[0][1]) if rows and rows[0][0] is not None else None

    def country_name(self, iso2: str | None) -> str | None:
        return self._country_name.get(iso2 or "")

    def alpha3(self, iso2: str | None, kosovo_code: str = "XKX") -> str | None:
        if iso2 == "XK":
            return kosovo_code
        return self._iso3.get(iso2 or "")

    def alpha2(self, alpha3: str | None) -> str | None:
        """ISO alpha-2 of an alpha-3 code (any Kosovo spelling -> XK); None for IGO codes."""
        if not alpha3:
            return None
        if alpha3.upper() in KOSOVO_CODES:
            return "XK"
        return self._iso2.get(alpha3.upper())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared, lazily opened index (one per process)."""
    return Gazetteer()
