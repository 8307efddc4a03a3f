"""Bounding what one HTTP connection can take from the server: the size of a request's
head, the time to send it, idle connections, and how many connections stay open.

uvicorn's httptools protocol has none of these (httptools buffers a header of any size, and
uvicorn's keep-alive timer starts only after a first answer), so this subclass adds them;
its refusals are JSON in the document's `Error` shape, as is the 400 for malformed HTTP.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
from typing import Any, ClassVar

import orjson
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from videosdk_sip.mock.settings import ConnectionLimits

__all__ = ["GuardedHttpToolsProtocol", "guarded_protocol"]

_END_OF_HEAD = b"\r\n\r\n"
_ids = itertools.count(1)
_ID_PREFIX = secrets.token_hex(3)


def _refusal(status: int, code: str, field: str, rule: str, message: str) -> bytes:
    body = orjson.dumps({"message": message, "code": code, "field": field, "rule": rule})
    request_id = f"req_{_ID_PREFIX}c{next(_ids):07x}".encode()
    return b"".join(
        [
            STATUS_LINE[status],
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode() + b"\r\n",
            b"x-request-id: " + request_id + b"\r\n",
            b"connection: close\r\n\r\n",
            body,
        ]
    )


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with `limits` enforced (see `ConnectionLimits`)."""

    limits: ClassVar[ConnectionLimits] = ConnectionLimits()
    _awaiting_head = False
    _head_bytes = 0
    _waiting_since = 0.0
    _head_timer: asyncio.TimerHandle | None = None

    # Connections ---------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_head()
        if len(self.connections) > self.limits.max_connections:
            self._make_room()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _make_room(self) -> None:
        idle = [
            connection
            for connection in self.connections
            if connection is not self
            and isinstance(connection, GuardedHttpToolsProtocol)
            and connection._awaiting_head
            and connection._head_bytes == 0
        ]
        if idle:
            oldest = min(idle, key=lambda connection: connection._waiting_since)
            oldest._close()
            return
        self._refuse(
            503,
            "SERVICE_UNAVAILABLE",
            "connection",
            "maxConnections",
            f"connection: {self.limits.max_connections} connections are open and busy; "
            "try again shortly",
        )

    # The request head ----------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        if self._awaiting_head:
            end = data.find(_END_OF_HEAD)
            counted = len(data) if end < 0 else end + len(_END_OF_HEAD)
            if self._head_bytes + counted > self.limits.max_head_bytes:
                self._refuse(
                    431,
                    "REQUEST_HEADER_FIELDS_TOO_LARGE",
                    "headers",
                    "maxHeadBytes",
                    "headers: the request line and headers take more than the "
                    f"{self.limits.max_head_bytes} bytes accepted",
                )
                return
            self._head_bytes += counted
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._awaiting_head = True

    def on_headers_complete(self) -> None:
        self._awaiting_head = False
        self._head_bytes = 0
        self._cancel_head_timer()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._await_head()

    def send_400_response(self, msg: str) -> None:
        self._refuse(
            400,
            "BAD_REQUEST",
            "request",
            "http",
            "request: not a well-formed HTTP/1.1 request",
        )

    # Timers --------------------------------------------------------------------------------

    def _await_head(self) -> None:
        self._awaiting_head = True
        self._head_bytes = 0
        self._waiting_since = self.loop.time()
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.limits.idle_timeout, self._check_head)

    def _check_head(self) -> None:
        self._head_timer = None
        if not self._awaiting_head or self.transport.is_closing():
            return
        if self._head_bytes == 0:
            self._close()  # idle: nothing to answer
            return
        remaining = self._waiting_since + self.limits.head_timeout - self.loop.time()
        if remaining > 0:
            self._head_timer = self.loop.call_later(remaining, self._check_head)
            return
        self._refuse(
            408,
            "REQUEST_TIMEOUT",
            "headers",
            "headTimeout",
            "headers: the request line and headers did not arrive within "
            f"{self.limits.head_timeout:g} seconds",
        )

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _close(self) -> None:
        self._awaiting_head = False
        self._cancel_head_timer()
        self.transport.close()

    def _refuse(self, status: int, code: str, field: str, rule: str, message: str) -> None:
        if not self.transport.is_closing():
            self.transport.write(_refusal(status, code, field, rule, message))
        self._close()


def guarded_protocol(limits: ConnectionLimits) -> type[GuardedHttpToolsProtocol]:
    """The protocol class to give uvicorn (`http=`) for `limits`."""
    attributes: dict[str, Any] = {"limits": limits}
    return type("GuardedHttpToolsProtocol", (GuardedHttpToolsProtocol,), attributes)
