"""FastAPI app factory: JSON endpoints under /api, the bundled dashboard at /, OpenAPI at /openapi.json.

The store is opened read-only once; each request works on its own cursor (DuckDB cursors are
separate connections to the same database, safe to use from the server's worker threads).
FastAPI's /docs and /redoc pages load scripts from a CDN, so they are off; /docs serves the
dashboard's own offline endpoint list instead.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders

from .. import __version__
from ..analysis.db import NotFound, open_readonly
from ..errors import StoreError
from .cache import Flights, QueryCache
from .routes import router

__all__ = ["STATIC_DIR", "create_app"]

log = logging.getLogger(__name__)
STATIC_DIR = Path(str(resources.files("eventwatch") / "dashboard" / "static"))
# everything the page loads comes from this server: no CDN, works offline
# FastAPI's native OpenTelemetry is on by default; the project sends nothing anywhere
NO_TELEMETRY = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False,
                "auto_configure": False}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(db_path: str | Path, *, static_dir: Path | None = None, cache_size: int = 4096) -> FastAPI:
    """The app over the store at ``db_path`` (opened read-only; raises StoreError if it cannot be).

    ``cache_size`` results of aggregations and listings are kept (see cache.py; event pages are kept
    as JSON bytes, at most 128 MiB of them); 0 turns it off.
    """
    con = open_readonly(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        con.close()

    app = FastAPI(title="eventwatch", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  telemetry=NO_TELEMETRY,
                  description="Read-only access to an eventwatch store: events with their evidence, "
                              "dyad timelines, alerts, actor networks, quotes and articles.")
    app.state.con = con
    app.state.db_path = str(db_path)
    app.state.cache = QueryCache(cache_size)
    app.state.flights = Flights()
    app.include_router(router, prefix="/api")
    _add_errors(app)
    _add_dashboard(app, static_dir or STATIC_DIR)

    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Adds the CSP and nosniff headers to every response (plain ASGI: a BaseHTTPMiddleware
    costs a task group and a stream per request, a third of a cached answer's time)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", CSP)
                headers.setdefault("X-Content-Type-Options", "nosniff")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _add_errors(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(_: Request, exc: NotFound):
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError):
        log.error("store error: %s", exc)
        return JSONResponse({"detail": "the store could not answer this query"}, status_code=500)

    @app.exception_handler(ValueError)
    async def bad_value(_: Request, exc: ValueError):
        return JSONResponse({"detail": str(exc)}, status_code=422)


def _add_dashboard(app: FastAPI, static: Path) -> None:
    if not (static / "index.html").exists():
        log.warning("dashboard assets missing in %s; serving the API only", static)
        return
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(static / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return FileResponse(static / "docs.html")
