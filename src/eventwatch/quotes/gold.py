"""Our quote annotations of Wikinews articles: loading, the article split, name matching.

The gold file (eval/gold/quotes-wikinews.jsonl) holds, per quote, the article URL,
character offsets of the quote and of its cue, the kind, and the speaker's name;
never article text. Guidelines: docs/quotes.md.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

__all__ = ["GOLD_FILE", "GoldQuote", "in_split", "load_articles", "load_gold", "same_speaker"]

GOLD_FILE = Path(__file__).resolve().parents[3] / "eval" / "gold" / "quotes-wikinews.jsonl"
_HELD_OUT_MOD = 3  # one article in three (by URL hash) is held out


@dataclass(frozen=True, slots=True)
class GoldQuote:
    article: str  # sha1 hex of the article's URL: an id, not the URL's (headline) words
    start: int
    end: int
    kind: str
    speaker: str
    cue_start: int | None = None
    cue_end: int | None = None


def load_gold(path: Path = GOLD_FILE) -> list[GoldQuote]:
    if not path.exists():
        raise ConfigError(f"quote gold annotations not found at {path} (they ship with the source tree)")
    with path.open(encoding="utf-8") as fh:
        return [GoldQuote(**json.loads(line)) for line in fh if line.strip()]


def article_key(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def in_split(article: str, split: str) -> bool:
    """Deterministic split by article key (``article_key``): 'held-out' is never tuned on."""
    held_out = int(article, 16) % _HELD_OUT_MOD == 0
    return split == "all" or (split == "held-out") == held_out


def load_articles(path: str | Path, keys: set[str]) -> dict[str, dict[str, str]]:
    """Rows (url, date, title, text) of the Wikinews CSV file(s) at ``path`` by article key, for ``keys``."""
    path = Path(path)
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    if not files or not all(f.exists() for f in files):
        raise ConfigError(f"no Wikinews CSV files at {path}")
    csv.field_size_limit(1 << 30)
    rows: dict[str, dict[str, str]] = {}
    for file in files:
        with file.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                key = article_key(row.get("url") or "")
                if key in keys:
                    rows[key] = row
    return rows


_NOT_NAMES = set("""
the a an of for by and from to in on at with mr mrs ms dr sir president prime minister secretary
general chief executive speaker leader state minister's former us u.s
""".split())


def _name_words(name: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"['\u2019]s\b", "", plain)
    return {w for w in re.split(r"[^a-z0-9-]+", plain) if w and w not in _NOT_NAMES}


def same_speaker(gold: str, predicted: str | None) -> bool:
    """Names match when they share a name word ("Vucic" ~ "Aleksandar Vucic"), titles aside."""
    return bool(predicted) and bool(_name_words(gold) & _name_words(predicted))
