"""Schemathesis against the app's own OpenAPI description, in-process (ASGI, no socket at all).

Every operation gets generated valid and invalid requests and every default check must pass: no
server error, documented status codes and content types, responses matching their schemas,
invalid input rejected, valid input accepted. The long run is scripts/reliability/contract.py.
(Schemathesis' own pytest loader, ``from_fixture``, does not work with pytest 9, so each
operation is driven with Hypothesis directly.)
"""
from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from eventwatch.httpapi.routes import router

EXAMPLES = int(os.environ.get("EVENTWATCH_CONTRACT_EXAMPLES", "25"))
OPERATIONS = sorted({("/api" + r.path, m) for r in router.routes for m in r.methods})


def without_lifespan(app):
    """The app with lifespan events answered here: schemathesis' ASGI transport runs a lifespan per
    request, and the app closes its one store connection at lifespan shutdown."""
    async def asgi(scope, receive, send):
        if scope["type"] != "lifespan":
            return await app(scope, receive, send)
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    return asgi


@pytest.fixture(scope="module")
def api_schema(small_store):
    from eventwatch.httpapi import create_app

    return schemathesis.openapi.from_asgi("/openapi.json", without_lifespan(create_app(small_store)))


def test_every_route_is_in_the_spec(api_schema):
    documented = {(path, method) for path, methods in api_schema.raw_schema["paths"].items()
                  for method in (m.upper() for m in methods)}
    assert set(OPERATIONS) <= documented


@pytest.mark.parametrize("path,method", OPERATIONS)
def test_openapi_contract(api_schema, path, method):
    operation = api_schema[path][method]

    @given(operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def call(case):
        case.call_and_validate()

    call()
