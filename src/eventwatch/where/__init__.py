"""Places: find place mentions, resolve them against the committed GeoNames-derived index
(places.gazetteer.v1), and attach a location to each event (locate.rules.v1). See docs/places.md."""
from __future__ import annotations

from .locate import LocateStage, locate_event, make_locate_stage
from .stage import PlacesStage, find_places, make_stage

__all__ = ["LocateStage", "PlacesStage", "find_places", "locate_event", "make_locate_stage", "make_stage"]
