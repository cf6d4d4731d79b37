"""Versioned names -> stage factories, filled in one place.

A stage factory takes ``Settings`` and returns a ``Stage``: a callable
``Analysis -> Analysis`` with a ``name``, and the ``requires``/``produces``
field names it reads and fills. Built-ins are listed in ``_builtins`` (imported
lazily, so naming a stage costs nothing until it is built). Plugins call
``register``.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable, Protocol

from .errors import ConfigError
from .model import Analysis
from .settings import Settings

__all__ = ["Stage", "available", "make_stage", "register"]


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> Analysis: ...


Factory = Callable[[Settings], Stage]

# name -> "module:function" for built-ins, or a factory for registered plugins
_REGISTRY: dict[str, str | Factory] = {}


def _builtins() -> dict[str, str]:
    return {
        "nlp.spacy.v1": "eventwatch.nlp:make_stage",
        "times.rules.v1": "eventwatch.when:make_times_stage",
        "actors.kb.v1": "eventwatch.actors:make_stage",
        "places.gazetteer.v1": "eventwatch.where:make_stage",
        "coding.rules.v1": "eventwatch.coding:make_stage",
        "anchor.rules.v1": "eventwatch.when:make_anchor_stage",
        "locate.rules.v1": "eventwatch.where:make_locate_stage",
        "quotes.rules.v1": "eventwatch.quotes:make_stage",
    }


def register(name: str, factory: Factory) -> None:
    if name in _all():
        raise ConfigError(f"stage name already registered: {name}")
    _REGISTRY[name] = factory


def _all() -> dict[str, str | Factory]:
    return {**_builtins(), **_REGISTRY}


def available() -> list[str]:
    return sorted(_all())


def make_stage(name: str, settings: Settings) -> Stage:
    entry = _all().get(name)
    if entry is None:
        raise ConfigError(f"unknown stage {name!r}; available: {', '.join(available())}")
    if isinstance(entry, str):
        module, _, attr = entry.partition(":")
        entry = getattr(import_module(module), attr)
    return entry(settings)
