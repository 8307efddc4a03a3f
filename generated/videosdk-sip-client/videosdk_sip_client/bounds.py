"""Bounds on each call: a deadline per attempt, a deadline per call, a cap on answer size.

httpx's `timeout` limits each network operation (a connect, one read, one write), not the
whole: a server that sends one byte a second holds a call forever. `Bounds` adds

- `attempt_timeout`: each attempt, from connect to the last byte of the body, ends by then
  (the vendor SDKs' rule, 30 s by default);
- `call_timeout`: the whole call, its retries and the waits between them, ends by then (off
  by default); a retry whose wait would pass it is not made;
- `max_response_bytes`: an answer longer than this (10 MiB by default) is refused, from its
  `Content-Length` before any of the body is read, else while it streams.

Where the deadline bites: `default_transport()` gives each socket operation only the time
left (a trickle in the headers is cut off too), and async calls are cancelled when it
passes, whatever the transport. A sync call through a transport passed in by the caller is
checked between body chunks only.
"""

from __future__ import annotations

import contextvars
import math
import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import httpcore
import httpx
from attrs import define, field

from .exceptions import ResponseTooLargeError, UsageError

__all__ = [
    "DEFAULT_ATTEMPT_TIMEOUT",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "BoundedTransport",
    "Bounds",
    "CallDeadlineTransport",
    "call_time_left",
    "default_async_transport",
    "default_transport",
]

DEFAULT_ATTEMPT_TIMEOUT = 30.0
"""Seconds per attempt: the vendor SDKs' `timeoutMs`."""

DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
"""The largest answer read: far above a page of 100 rules, far below what hurts memory."""

# The monotonic time by which the current attempt (or, for `_call_deadline`, the current
# call) must end; None when unbounded. Context variables, so each thread and each asyncio
# task sees its own.
_attempt_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "videosdk_sip_attempt_deadline", default=None
)
_call_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "videosdk_sip_call_deadline", default=None
)


def _positive_or_none(_instance: object, attribute: Any, value: float | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{attribute.name}: must be a number or None, got {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise UsageError(f"{attribute.name}: must be a positive number or None, got {value!r}")


@define(frozen=True)
class Bounds:
    """How long an attempt and a call may take, and how large an answer may be (None: no
    bound)."""

    attempt_timeout: float | None = field(
        default=DEFAULT_ATTEMPT_TIMEOUT, validator=_positive_or_none
    )
    call_timeout: float | None = field(default=None, validator=_positive_or_none)
    max_response_bytes: int | None = field(
        default=DEFAULT_MAX_RESPONSE_BYTES, validator=_positive_or_none
    )

    def sync_transport(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        """`inner` with the attempt deadline and the size cap."""
        return BoundedTransport(inner, self)

    def async_transport(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return BoundedTransport(inner, self)

    def outermost(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        """`inner` (the retries, usually) under the call deadline, when there is one."""
        return inner if self.call_timeout is None else CallDeadlineTransport(inner, self)

    def async_outermost(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return inner if self.call_timeout is None else CallDeadlineTransport(inner, self)


def call_time_left() -> float | None:
    """Seconds left before the current call's deadline (None: the call has none)."""
    deadline = _call_deadline.get()
    return None if deadline is None else deadline - time.monotonic()


def _time_left() -> float | None:
    deadline = _attempt_deadline.get()
    return None if deadline is None else deadline - time.monotonic()


def _earliest(*deadlines: float | None) -> float | None:
    given = [deadline for deadline in deadlines if deadline is not None]
    return min(given) if given else None


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every operation gets at most the time left in the current attempt."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))
        except httpcore.ReadTimeout:
            _raise_if_past_deadline(httpcore.ReadTimeout)
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))
        except httpcore.WriteTimeout:
            _raise_if_past_deadline(httpcore.WriteTimeout)
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


_PASSED = "the attempt's deadline passed"
# A socket timed out at the time left; a clock step this small still means "at the deadline".
_DEADLINE_SLACK = 0.01


def _raise_if_past_deadline(error: type[Exception]) -> None:
    """Name the deadline, rather than a plain "timed out", when it is what ran out."""
    left = _time_left()
    if left is not None and left <= _DEADLINE_SLACK:
        raise error(_PASSED) from None


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """The smaller of an operation's own timeout and the time left; raises `error` when no
    time is left."""
    left = _time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise error(_PASSED)
    return left if timeout is None else min(timeout, left)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync socket backend, handing out `_DeadlineStream`s."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host,
            port,
            _bounded(timeout, httpcore.ConnectTimeout),
            local_address=local_address,
            socket_options=socket_options,
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _bounded(timeout, httpcore.ConnectTimeout), socket_options=socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def default_transport(verify: str | bool | ssl.SSLContext = True) -> httpx.HTTPTransport:
    """httpx's sync network transport, its sockets held to the attempt deadline."""
    transport = httpx.HTTPTransport(verify=verify)
    pool = transport._pool
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.NetworkBackend):  # pragma: no cover - an upgrade broke it
        raise RuntimeError("httpcore's connection pool no longer has a _network_backend")
    pool._network_backend = _DeadlineBackend(backend)
    return transport


def default_async_transport(
    verify: str | bool | ssl.SSLContext = True,
) -> httpx.AsyncHTTPTransport:
    """httpx's async network transport (async attempts are cancelled at their deadline)."""
    return httpx.AsyncHTTPTransport(verify=verify)


class BoundedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One attempt, headers and body read whole, held to its deadline (the attempt's or the
    call's, whichever is first) and to `max_response_bytes`.

    The body is read here, inside the attempt, so that a body that stalls or breaks off is a
    failed attempt the retries above can see, like a failed connect.
    """

    def __init__(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, bounds: Bounds
    ) -> None:
        self._inner = inner
        self._bounds = bounds

    def _deadline(self) -> float | None:
        attempt = self._bounds.attempt_timeout
        own = None if attempt is None else time.monotonic() + attempt
        return _earliest(own, _call_deadline.get())

    def _check_length(self, request: httpx.Request, response: httpx.Response) -> None:
        cap = self._bounds.max_response_bytes
        length = response.headers.get("content-length", "").strip()
        if cap is not None and length.isdigit() and int(length) > cap:
            raise _too_large(request, response, cap, f"its Content-Length is {int(length)}")

    def _counted(
        self, request: httpx.Request, response: httpx.Response, received: int, chunk: bytes
    ) -> int:
        received += len(chunk)
        cap = self._bounds.max_response_bytes
        if cap is not None and received > cap:
            raise _too_large(request, response, cap, "its body went past it")
        return received

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise RuntimeError("a sync request reached an async-only transport")
        deadline = self._deadline()
        token = _attempt_deadline.set(deadline)
        try:
            response = self._inner.handle_request(request)
            try:
                self._check_length(request, response)
                chunks: list[bytes] = []
                received = 0
                for chunk in _sync_stream(response):
                    received = self._counted(request, response, received, chunk)
                    chunks.append(chunk)
                    if deadline is not None and time.monotonic() >= deadline:
                        raise httpx.ReadTimeout(_PASSED)
            finally:
                response.close()
        finally:
            _attempt_deadline.reset(token)
        return _read_whole(response, chunks)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise RuntimeError("an async request reached a sync-only transport")
        deadline = self._deadline()
        token = _attempt_deadline.set(deadline)
        try:
            with _cancel_at(deadline):
                response = await self._inner.handle_async_request(request)
                try:
                    self._check_length(request, response)
                    chunks: list[bytes] = []
                    received = 0
                    async for chunk in _async_stream(response):
                        received = self._counted(request, response, received, chunk)
                        chunks.append(chunk)
                finally:
                    await response.aclose()
        finally:
            _attempt_deadline.reset(token)
        return _read_whole(response, chunks)

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


class CallDeadlineTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sets the call's deadline for everything under it: each attempt and each wait."""

    def __init__(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, bounds: Bounds
    ) -> None:
        self._inner = inner
        self._timeout = bounds.call_timeout

    def _deadline(self) -> float | None:
        own = None if self._timeout is None else time.monotonic() + self._timeout
        return _earliest(own, _call_deadline.get())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise RuntimeError("a sync request reached an async-only transport")
        token = _call_deadline.set(self._deadline())
        try:
            return self._inner.handle_request(request)
        finally:
            _call_deadline.reset(token)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise RuntimeError("an async request reached a sync-only transport")
        token = _call_deadline.set(self._deadline())
        try:
            return await self._inner.handle_async_request(request)
        finally:
            _call_deadline.reset(token)

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


@contextmanager
def _cancel_at(deadline: float | None) -> Iterator[None]:
    """Cancel the awaits inside at `deadline` (monotonic), raising httpx.ReadTimeout."""
    if deadline is None:
        yield
        return
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.ReadTimeout(_PASSED)
    with anyio.move_on_after(left) as scope:
        yield
    if scope.cancelled_caught:
        raise httpx.ReadTimeout(_PASSED)


def _too_large(
    request: httpx.Request, response: httpx.Response, cap: int, why: str
) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{request.method} {request.url}: the answer is over max_response_bytes ({cap}): {why}",
        status=response.status_code,
        headers=response.headers,
        method=request.method,
        url=str(request.url),
        limit=cap,
    )


def _sync_stream(response: httpx.Response) -> httpx.SyncByteStream:
    # Not `iter_raw()`: a transport may hand back a response already read, as MockTransport
    # does, and its stream can still be iterated.
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        raise RuntimeError("a sync transport answered with an async body")
    return stream


def _async_stream(response: httpx.Response) -> httpx.AsyncByteStream:
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise RuntimeError("an async transport answered with a sync body")
    return stream


def _read_whole(response: httpx.Response, chunks: list[bytes]) -> httpx.Response:
    """The answer again, its body (still encoded, as received) held in memory."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(b"".join(chunks)),
        extensions=response.extensions,
    )
