"""Servers that break the suite's safety assumptions: foreign ids, silence, trickles, huge
bodies, lenient auth. All listen on 127.0.0.1 only and stop when their block ends."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import jwt
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.mock.settings import MockSettings

from .helpers import ASGIApp, Receive, Scope, Send, WithForeignRules, rewriting

# ASGI wrappers around the mock -------------------------------------------------------------


class AnswersForeignRuleOnCreate(WithForeignRules):
    """An upsert-style server: every create answers an existing rule someone else made.

    Nothing is stored for the create; the answer is that rule exactly as stored. Every
    change aimed at one of the foreign rules is noted in `touched`.
    """

    def __init__(self, settings: MockSettings) -> None:
        super().__init__(settings, count=3)
        self._mock = self.app
        self.app = self._upserting

    async def _upserting(self, scope: Scope, receive: Receive, send: Send) -> None:
        is_create = scope["type"] == "http" and scope["method"] == "POST"
        if not is_create or scope["path"] != "/v2/sip/routing-rules":
            await self._mock(scope, receive, send)
            return

        def the_foreign_rule(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
            return status, body

        # A fetch of the foreign rule stands in for the create: the same 401 for a bad token.
        fetch = {**scope, "method": "GET", "path": f"/v2/sip/routing-rules/{self.foreign[0]}"}
        await rewriting(self._mock, the_foreign_rule)(fetch, receive, send)


def _authorization(scope: Scope) -> str:
    value: bytes = dict(scope["headers"]).get(b"authorization", b"")
    return value.decode()


def _with_token(scope: Scope, token: str) -> Scope:
    headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
    return {**scope, "headers": [*headers, (b"authorization", token.encode())]}


def lenient_auth(accepts: Callable[[str, str], bool]) -> Callable[[MockSettings], ASGIApp]:
    """The mock, but a token `accepts(token, secret)` likes is let in as a good one."""

    def build(settings: MockSettings) -> ASGIApp:
        from videosdk_sip.mock.app import create_app

        app = create_app(settings)
        api_key, secret = next(iter(settings.credentials.items()))

        async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http" and accepts(_authorization(scope), secret):
                scope = _with_token(scope, mint_token(api_key, secret))
            await app(scope, receive, send)

        return wrapped

    return build


def any_signature(token: str, secret: str) -> bool:
    """Reads the claims and never checks the signature (nor the algorithm, nor the key)."""
    try:
        jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return False
    return True


def bearer_prefix(token: str, secret: str) -> bool:
    """Takes `Bearer <jwt>` as well as the raw JWT."""
    raw = token.removeprefix("Bearer ")
    try:
        jwt.decode(raw, secret, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        return False
    return raw != token


def expired_tokens(token: str, secret: str) -> bool:
    """Checks the signature but not the expiry."""
    try:
        jwt.decode(token, secret, algorithms=["HS256"], options={"verify_exp": False})
    except jwt.InvalidTokenError:
        return False
    return True


# Raw sockets: a server that breaks HTTP itself ----------------------------------------------

Handler = Callable[[socket.socket, "RawServer"], None]


class RawServer:
    """A loopback TCP server running `handler(connection, server)` per connection."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.stopping = threading.Event()
        self.connections = 0
        self.largest_sent = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def sent(self, count: int) -> None:
        with self._lock:
            self.largest_sent = max(self.largest_sent, count)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        # The client hanging up is what these servers are for.
        with connection, contextlib.suppress(OSError):
            self._handler(connection, self)

    @contextmanager
    def running(self) -> Iterator[RawServer]:
        self._thread.start()
        try:
            yield self
        finally:
            self.stopping.set()
            self._listener.close()
            self._thread.join(timeout=5)


def read_request(connection: socket.socket, server: RawServer) -> bool | bytes:
    """Reads one request (headers and a Content-Length body); its head, or False when the
    client left."""
    connection.settimeout(0.2)
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = connection.recv(65536)
        except TimeoutError:
            if server.stopping.is_set():
                return False
            continue
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return False
        body += chunk
    return head


def _answered_probe(connection: socket.socket, head: bool | bytes) -> bool:
    """Answers one of schemathesis's own opening probes at once, with a small 400.

    Those two requests are schemathesis's, not the suite's: the suite bounds them in time
    only (see `alarm`). The servers below break the suite's own requests."""
    if isinstance(head, bytes) and b"x-schemathesis-probe" in head.lower():
        connection.sendall(
            b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
            b"Content-Length: 2\r\n\r\n{}"
        )
        return True
    return False


def silent(connection: socket.socket, server: RawServer) -> None:
    """Takes the request and never answers."""
    read_request(connection, server)
    while not server.stopping.wait(0.1):
        pass


def trickling(connection: socket.socket, server: RawServer) -> None:
    """Answers API calls at once, then sends the body one byte every 50 ms.

    Schemathesis's two opening probes get a prompt answer."""
    body = json.dumps({"message": "x" * 10_000}).encode()
    while head := read_request(connection, server):
        if _answered_probe(connection, head):
            continue
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
        )
        for index in range(len(body)):
            if server.stopping.is_set():
                return
            connection.sendall(body[index : index + 1])
            time.sleep(0.05)


HUGE = 50 * 1024 * 1024


def huge(connection: socket.socket, server: RawServer) -> None:
    """Answers every API call with a 50 MB JSON body, noting how much of it went out."""
    chunk = b" " * 65536
    while head := read_request(connection, server):
        if _answered_probe(connection, head):
            continue
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {HUGE}\r\n\r\n".encode()
        )
        sent = 0
        try:
            while sent < HUGE:
                connection.sendall(chunk[: min(len(chunk), HUGE - sent)])
                sent += min(len(chunk), HUGE - sent)
        finally:
            server.sent(sent)


def environ_for(url: str, **extra: str) -> dict[str, Any]:
    from .helpers import remote_environ

    return remote_environ(url, **extra)
