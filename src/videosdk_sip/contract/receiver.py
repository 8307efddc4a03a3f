"""The run's own webhook receiver: a small HTTP server that keeps every event POSTed to it.

The server under test can reach it only through a public URL the user gives
(`--webhook-receiver`, a tunnel say), which forwards to the address it listens on
(`--webhook-listen HOST:PORT`). Every POST is answered 200 at once and kept as it came, for
`webhook_check` to judge after the run. It is bounded: a body over `MAX_EVENT_BYTES` is
answered 413 and kept as too large, no more than `MAX_EVENTS` are kept (the rest are counted),
and a client that does not send its request within `READ_TIMEOUT` is dropped.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from attrs import frozen
from videosdk_sip_client.exceptions import UsageError

__all__ = [
    "LISTEN_OPTION",
    "MAX_EVENTS",
    "MAX_EVENT_BYTES",
    "RECEIVER_OPTION",
    "ReceivedEvent",
    "WebhookReceiver",
    "parse_listen",
    "parse_receiver_url",
    "receiving",
]

RECEIVER_OPTION = "--webhook-receiver (VIDEOSDK_WEBHOOK_RECEIVER)"
LISTEN_OPTION = "--webhook-listen (VIDEOSDK_WEBHOOK_LISTEN)"
DEFAULT_LISTEN = "127.0.0.1:8787"
MAX_EVENT_BYTES = 1024 * 1024
MAX_EVENTS = 10_000
READ_TIMEOUT = 5.0

_LISTEN = re.compile(
    r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[A-Za-z0-9.-]+)):(?P<port>[0-9]{1,5})$"
)


def parse_receiver_url(url: str) -> str:
    """The public URL events are to be POSTed to; `UsageError` naming the option and the rule."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{RECEIVER_OPTION}: must be an http:// or https:// URL with a host")
    if "@" in parts.netloc:
        raise UsageError(f"{RECEIVER_OPTION}: must not carry a user name or password")
    if parts.fragment:
        raise UsageError(f"{RECEIVER_OPTION}: must not carry a fragment (#...)")
    return url.strip()


def parse_listen(text: str) -> tuple[str, int]:
    """`HOST:PORT` (`[v6]:PORT` for IPv6) as (host, port); `UsageError` naming the option."""
    match = _LISTEN.match(text.strip())
    if match is None:
        raise UsageError(f"{LISTEN_OPTION}: {text!r} is not HOST:PORT (such as {DEFAULT_LISTEN})")
    port = int(match["port"])
    if not 1 <= port <= 65535:
        raise UsageError(f"{LISTEN_OPTION}: the port must be from 1 to 65535, not {port}")
    return match["v6"] or match["host"], port


@frozen
class ReceivedEvent:
    """One POST as it came: the request target's path and query, and the body (empty when
    `too_large`)."""

    path: str
    query: str
    body: bytes
    too_large: bool = False


class WebhookReceiver:
    """Keeps what is POSTed to it while it runs (`receiving`). Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[ReceivedEvent] = []
        self._last = time.monotonic()
        self.overflowed = 0
        """POSTs past `MAX_EVENTS`, answered but not kept."""

    def keep(self, event: ReceivedEvent) -> None:
        with self._lock:
            self._last = time.monotonic()
            if len(self._events) >= MAX_EVENTS:
                self.overflowed += 1
                return
            self._events.append(event)

    def events(self) -> list[ReceivedEvent]:
        with self._lock:
            return list(self._events)

    def settle(self, quiet: float, limit: float) -> None:
        """Waits until nothing arrived for `quiet` seconds, or `limit` seconds at most."""
        deadline = time.monotonic() + max(limit, 0.0)
        while True:
            now = time.monotonic()
            with self._lock:
                calm_at = self._last + quiet
            if now >= deadline or now >= calm_at:
                return
            time.sleep(min(calm_at, deadline) - now)


def _handler(receiver: WebhookReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = READ_TIMEOUT

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            try:
                length = int(self.headers.get("content-length", "0"))
            except ValueError:
                length = -1
            if length < 0 or length > MAX_EVENT_BYTES:
                receiver.keep(ReceivedEvent(parts.path, parts.query, b"", too_large=True))
                self._answer(413)
                return
            body = self.rfile.read(length)
            receiver.keep(ReceivedEvent(parts.path, parts.query, body))
            self._answer(200)

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("content-length", "0")
            self.send_header("connection", "close")
            self.end_headers()
            self.close_connection = True

        def log_message(self, fmt: str, *args: object) -> None:
            # The suite's output is its report; a URL's query may carry what it should not.
            return

    return Handler


@contextmanager
def receiving(host: str, port: int) -> Iterator[WebhookReceiver]:
    """A receiver listening on `host:port` for as long as the block runs; `UsageError`
    naming the option when the address cannot be listened on."""
    receiver = WebhookReceiver()
    try:
        server = ThreadingHTTPServer((host, port), _handler(receiver))
    except OSError as error:
        raise UsageError(
            f"{LISTEN_OPTION}: cannot listen on {host}:{port}: {error.strerror}"
        ) from None
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="webhook-receiver", daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
