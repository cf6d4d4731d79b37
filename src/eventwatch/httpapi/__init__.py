"""The HTTP API and dashboard server: ``create_app(db_path)`` (FastAPI, read-only store).

Lives in ``httpapi`` because ``eventwatch.api`` is the Python API module (api.py).
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
