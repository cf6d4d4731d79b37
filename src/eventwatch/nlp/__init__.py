"""The only package that imports spaCy: load the model, parse, turn Docs into records."""
from __future__ import annotations

from ._parse import conversion_seconds, load_model, parse, parse_many, to_parsed
from ._stage import SpacyStage, make_stage

__all__ = ["SpacyStage", "conversion_seconds", "load_model", "make_stage", "parse", "parse_many", "to_parsed"]
