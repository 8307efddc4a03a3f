"""The mock server as a plain ASGI 3 application, driven by openapi.yaml.

Routes, parameter rules and body schemas come from the document, read once by `create_app`;
the resources (`resources/`) hold only what the document cannot say. A request runs through
the stages of `pipeline/` in order, stopping at the first that answers:
route (404, 405) -> faults (--faults) -> token (401, 403) -> `Prefer: code=NNN` -> query and
path values (400) -> body: size (413), presence (400), media type (415), JSON (400), depth
(413), schema (400) -> the operation's handler (400 unknown gateway, 404, 409, 200).
Every answer is JSON in the document's `Error` shape unless it is a success or a page, and
every answer carries `X-Request-Id`. See docs/architecture/mock.md.

State lives in one process: run the mock with a single uvicorn worker.
"""

from __future__ import annotations

import itertools
import logging
import secrets
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from videosdk_sip.mock._asgi import ASGIApp, Receive, Scope, Send
from videosdk_sip.mock.answers import DROP, GONE, JSON, Answer, internal_error
from videosdk_sip.mock.delivery import DeliveryEngine
from videosdk_sip.mock.inspection import DELIVERIES_PATH, DeliveryInspection
from videosdk_sip.mock.openapi import Api, read_api
from videosdk_sip.mock.pages import Pages
from videosdk_sip.mock.pipeline.body import BodyReader
from videosdk_sip.mock.pipeline.faults import FaultInjector
from videosdk_sip.mock.pipeline.preference import Preferences
from videosdk_sip.mock.pipeline.query import check_path, read_query
from videosdk_sip.mock.pipeline.route import Router
from videosdk_sip.mock.pipeline.token import TokenVerifier
from videosdk_sip.mock.request import Request
from videosdk_sip.mock.resources.interface import ResourceFactory
from videosdk_sip.mock.resources.registry import RESOURCES, handlers_for
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores import Stores, create_stores
from videosdk_sip.spec import load_document, served_document

__all__ = ["ASGIApp", "MockApp", "create_app"]

logger = logging.getLogger("videosdk_sip.mock")

_DROPPED_LENGTH = b"1024"
_NO_QUERY: Mapping[str, Any] = MappingProxyType({})


class MockApp:
    """The ASGI application. Build it with `create_app`."""

    def __init__(
        self, settings: MockSettings, resources: tuple[ResourceFactory, ...] = RESOURCES
    ) -> None:
        self.settings = settings
        document = load_document(settings.spec_path)
        self.api: Api = read_api(served_document(document))
        self.stores: Stores = create_stores(settings)
        self.deliveries = DeliveryEngine(settings.delivery, self.stores.webhooks)
        self.stores.calls.subscribe(self.deliveries.publish)
        self._inspection = DeliveryInspection(self.deliveries)
        self.router = Router(
            self.api,
            handlers_for(self.stores, resources),
            Pages(document, settings.spec_path),
            settings.spec_path,
        )
        self.faults = FaultInjector(settings.faults) if settings.faults is not None else None
        self.verifier = TokenVerifier(
            settings.credentials,
            settings.token_cache_size,
            cache_bytes=settings.token_cache_bytes,
            max_lifetime=settings.max_token_lifetime,
        )
        self.preferences = Preferences(self.api)
        self.bodies = BodyReader(settings.max_body_bytes, settings.max_depth)
        self._ids = itertools.count(1)
        self._id_prefix = f"req_{secrets.token_hex(3)}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await _not_http(scope, receive, send)
            return
        try:
            answer = await self.answer(Request(scope, receive))
        except Exception:
            logger.exception("the mock failed on %s %s", scope.get("method"), scope.get("path"))
            answer = internal_error()
        headers: Sequence[tuple[bytes, bytes]]
        if isinstance(answer, bytes):
            status, content_type, body, headers = 200, JSON, answer, ()
        elif answer is GONE:
            return
        elif answer is DROP:
            # Announce a body, then close without sending it: the client sees the
            # connection drop mid-answer, as with a server that died.
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [(b"content-type", JSON), (b"content-length", _DROPPED_LENGTH)],
                }
            )
            return
        else:
            status, content_type, body, headers = (
                answer.status,
                answer.content_type,
                answer.body,
                answer.headers,
            )
        request_id = b"%s%08x" % (self._id_prefix, next(self._ids))
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", b"%d" % len(body)),
                    (b"x-request-id", request_id),
                    *headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def answer(self, request: Request) -> Answer | bytes:
        """The answer to one HTTP request: the first stage that answers, else the handler's
        (bytes: the body of a 200 JSON answer)."""
        routed = self.router.route(request.path, request.method)
        if isinstance(routed, Answer):
            return self._inspect(request) if request.path == DELIVERIES_PATH else routed
        endpoint, path_values = routed
        request.path_values = path_values
        operation = endpoint.operation
        if self.faults is not None:
            faulted = await self.faults.apply()
            if faulted is not None:
                return faulted
        if operation.secured:
            checked = self.verifier.check(request)
            if isinstance(checked, Answer):
                return checked
            request.api_key = checked
        else:
            request.api_key = ""
        if request.prefer is not None:
            preferred = self.preferences.answer(operation, request.prefer)
            if preferred is not None:
                return preferred
        if operation.query_parameters is not None:
            query = read_query(operation, request.query_string)
            if isinstance(query, Answer):
                return query
            request.query = query
        else:
            request.query = _NO_QUERY
        if endpoint.check_path:
            refused = check_path(operation, path_values)
            if refused is not None:
                return refused
        if operation.body is not None:
            body = await self.bodies.read(operation.body, request)
            if isinstance(body, Answer):
                return body
            request.body = body
        else:
            request.body = None
        return endpoint.handler(request)

    def _inspect(self, request: Request) -> Answer:
        checked = self.verifier.check(request)
        if isinstance(checked, Answer):
            return checked
        return self._inspection.answer(request.method, request.query_string, checked)

    async def aclose(self) -> None:
        """Stops the calls' pending steps and the webhook deliveries still under way."""
        self.stores.call_lifecycle.cancel_all()
        await self.deliveries.aclose()


async def _not_http(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    elif scope["type"] == "websocket":
        await receive()
        await send({"type": "websocket.close", "code": 1003})


def create_app(
    settings: MockSettings | None = None, resources: tuple[ResourceFactory, ...] = RESOURCES
) -> MockApp:
    """A new mock server (an ASGI 3 application) with its own empty stores, serving the
    operations of `resources` (by default every resource of `registry.RESOURCES`)."""
    return MockApp(settings if settings is not None else MockSettings(), resources)
