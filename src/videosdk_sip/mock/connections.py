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
_LINGER = 2.0
_LINGER_BYTES = 65_536
_parse = HttpToolsProtocol.data_received
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
    """uvicorn's httptools protocol with `limits` enforced (see `ConnectionLimits`).

    Only `data_received` is added to the per-request path: it counts the bytes of a head
    (any byte that arrives outside a request body) before the parser sees them. The time
    limits are kept by one sweep per server, every tenth of the shorter timeout, over the
    open connections (a timer per request would cost more than the rest of this class); a
    head's time runs from the first sweep that sees it begun.
    """

    limits: ClassVar[ConnectionLimits] = ConnectionLimits()
    _sweeping: ClassVar[bool] = False
    _head_bytes = 0
    _head_limit = 0
    _head_since = 0.0
    _opened = 0.0
    _idle_since: float | None = None
    _idle_cycle: object = None
    _head_cycle: object = None
    _dropped = 0

    # Connections ---------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._opened = self.loop.time()
        # Read on every request: an instance's own attributes are the quickest to read.
        self._head_bytes = 0
        self._head_limit = self.limits.max_head_bytes
        cls = type(self)
        if not cls._sweeping:
            cls._sweeping = True
            self.loop.call_later(self._sweep_interval(), self._sweep)
        if len(self.connections) > self.limits.max_connections:
            self._make_room()

    def _idle(self) -> bool:
        """No request in progress and no byte of a next one received."""
        cycle = self.cycle
        return self._head_bytes == 0 and (cycle is None or cycle.response_complete)

    def _make_room(self) -> None:
        idle = [
            connection
            for connection in self.connections
            if connection is not self
            and isinstance(connection, GuardedHttpToolsProtocol)
            and not connection.transport.is_closing()
            and connection._idle()
        ]
        if idle:
            oldest = min(idle, key=lambda connection: connection._idle_since or connection._opened)
            oldest.transport.close()
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
        cycle = self.cycle
        if cycle is not None and cycle.more_body and not cycle.response_complete:
            _parse(self, data)  # a request body: its size is the app's to bound
            return
        head_bytes = self._head_bytes + len(data)
        if head_bytes > self._head_limit:
            if self._head_limit < 0:  # refused: `_refuse` set the limit below any count
                self._drop(data)
                return
            # Only the bytes up to the end of the head count; look closer only now.
            end = data.find(_END_OF_HEAD)
            if end < 0 or self._head_bytes + end + 4 > self._head_limit:
                self._refuse(
                    431,
                    "REQUEST_HEADER_FIELDS_TOO_LARGE",
                    "headers",
                    "maxHeadBytes",
                    "headers: the request line and headers take more than the "
                    f"{self._head_limit} bytes accepted",
                )
                return
        _parse(self, data)
        # A new cycle means the head is complete and its request began.
        self._head_bytes = 0 if self.cycle is not cycle else head_bytes

    def send_400_response(self, msg: str) -> None:
        self._refuse(
            400,
            "BAD_REQUEST",
            "request",
            "http",
            "request: not a well-formed HTTP/1.1 request",
        )

    # Time limits ---------------------------------------------------------------------------

    def _sweep_interval(self) -> float:
        return min(self.limits.idle_timeout, self.limits.head_timeout) / 10

    def _sweep(self) -> None:
        """Closes idle connections and refuses heads that took too long, then comes back
        while any connection is open."""
        now = self.loop.time()
        for connection in list(self.connections):
            if isinstance(connection, GuardedHttpToolsProtocol):
                connection._check_time(now)
        if self.connections:
            self.loop.call_later(self._sweep_interval(), self._sweep)
        else:
            type(self)._sweeping = False

    def _check_time(self, now: float) -> None:
        if self.transport.is_closing():
            return
        if self._head_bytes > 0:
            self._idle_since = None
            if self._head_cycle is not self.cycle or self._head_since == 0.0:
                # First seen by this sweep: the head began since the last one.
                self._head_since = now
                self._head_cycle = self.cycle
            if now - self._head_since >= self.limits.head_timeout:
                self._refuse(
                    408,
                    "REQUEST_TIMEOUT",
                    "headers",
                    "headTimeout",
                    "headers: the request line and headers did not arrive within "
                    f"{self.limits.head_timeout:g} seconds of their first byte",
                )
            return
        if not self._idle():
            self._idle_since = None
            return
        # Idle since the last sweep at the latest; the same cycle means no request since.
        if self._idle_since is None or self._idle_cycle is not self.cycle:
            self._idle_since = self._opened if self.cycle is None else now
            self._idle_cycle = self.cycle
        if now - self._idle_since >= self.limits.idle_timeout:
            self.transport.close()

    def _refuse(self, status: int, code: str, field: str, rule: str, message: str) -> None:
        """Sends the refusal, then closes the connection after a linger (RFC 9112, 9.6): a
        socket closed with unread bytes, or that receives more, answers with a reset, and a
        client still sending its head would lose the refusal in that reset. So the write side
        is shut at once, and what still arrives is dropped, for at most `_LINGER` seconds and
        `_LINGER_BYTES` bytes: a client that keeps sending is cut off as before.
        """
        transport = self.transport
        if transport.is_closing() or self._head_limit < 0:
            return
        self._head_limit = -1  # every later chunk takes `data_received`'s refused path
        transport.write(_refusal(status, code, field, rule, message))
        if transport.can_write_eof():
            transport.write_eof()
            self.loop.call_later(_LINGER, transport.close)
        else:
            transport.close()

    def _drop(self, data: bytes) -> None:
        """What a refused connection does with the bytes that still arrive."""
        self._dropped += len(data)
        if self._dropped > _LINGER_BYTES:
            self.transport.close()


def guarded_protocol(limits: ConnectionLimits) -> type[GuardedHttpToolsProtocol]:
    """The protocol class to give uvicorn (`http=`) for `limits`."""
    attributes: dict[str, Any] = {
        "limits": limits,
        "_sweeping": False,
    }
    return type("GuardedHttpToolsProtocol", (GuardedHttpToolsProtocol,), attributes)
