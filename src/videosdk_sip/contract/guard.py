"""Limits on what one answer may cost the run: its time, its size, and the run's deadline.

Every request the suite sends, through schemathesis (`requests`) or through the generated
client and cleanup (`httpx`), gets the same two limits:

- time: the answer, headers and body, must be complete within the request timeout and
  before the end of the current stage of the run (`Clock`); a silent server and one that
  trickles its answer a byte at a time are both cut off;
- size: at most `max_bytes` of body (after decompression) are read; a larger answer is
  cut off at that point and never held whole.

A limit that trips raises a transport error for the request (so the caller sees a failed
request, not a truncated answer) and is noted in `AnswerGuard.problems`, once per kind and
operation, in words that name the limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import requests
from attrs import frozen

__all__ = [
    "DEFAULT_MAX_ANSWER_BYTES",
    "AnswerGuard",
    "AnswerTooLargeError",
    "AnswerTooSlowError",
    "Clock",
    "GuardedTransport",
    "Problem",
]

DEFAULT_MAX_ANSWER_BYTES = 4 * 1024 * 1024
"""The largest answer body read: a full page of 100 rules is about 34 KB."""

CHUNK = 64 * 1024
SHORTEST_WAIT = 0.05
"""A request sent with no time left still gets this long, so it fails as a timeout."""


class AnswerTooLargeError(requests.exceptions.RequestException):
    """An answer body over the size limit; raised instead of reading the rest."""


class AnswerTooSlowError(requests.exceptions.RequestException):
    """An answer that began in time but did not end in time (a trickle)."""


class _HttpxAnswerTooLargeError(httpx.TransportError):
    """The same, for httpx callers."""


class Clock:
    """The run's stages end at fixed wall-clock times; `None` means no end.

    `stage_end` is when the current stage (schemathesis, the client check, cleanup) must be
    over; the runner moves it forward as the run goes from one stage to the next.
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.now = monotonic
        self.started = monotonic()
        """When the run began: a time budget counts from here."""
        self._lock = threading.Lock()
        self._stage_end: float | None = None

    def set_stage_end(self, when: float | None) -> None:
        with self._lock:
            self._stage_end = when

    def remaining(self) -> float | None:
        with self._lock:
            end = self._stage_end
        return None if end is None else end - self.now()

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0


@frozen
class Problem:
    """A limit that tripped: `kind` is `silence`, `slow` or `size`."""

    kind: str
    operation: str
    message: str


class AnswerGuard:
    """Applies the time and size limits to every answer, and remembers what tripped them."""

    def __init__(self, clock: Clock, *, request_timeout: float, max_bytes: int) -> None:
        self.clock = clock
        self.request_timeout = request_timeout
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._problems: dict[tuple[str, str], Problem] = {}
        self.answers = 0
        self.last_timeout = request_timeout

    def timeout(self) -> float:
        """Seconds the next request may take: the request timeout, or less near a stage end."""
        remaining = self.clock.remaining()
        limit = self.request_timeout if remaining is None else min(self.request_timeout, remaining)
        return max(limit, SHORTEST_WAIT)

    @property
    def problems(self) -> list[Problem]:
        with self._lock:
            return list(self._problems.values())

    @property
    def silent(self) -> bool:
        """Whether some request got no answer at all within its time."""
        with self._lock:
            return any(problem.kind == "silence" for problem in self._problems.values())

    def note(self, kind: str, operation: str, message: str) -> None:
        with self._lock:
            self._problems.setdefault((kind, operation), Problem(kind, operation, message))

    def answered(self) -> None:
        with self._lock:
            self.answers += 1

    def silence(self, operation: str, seconds: float, what: str = "no answer") -> None:
        self.note("silence", operation, f"{operation}: {what} within {seconds:g} s")

    def read_body(
        self, chunks: Iterator[bytes], operation: str, deadline: float, seconds: float
    ) -> bytes:
        """The whole body from `chunks`, or the error for a limit it breaks."""
        received = bytearray()
        for chunk in chunks:
            received += chunk
            if len(received) > self.max_bytes:
                self.note(
                    "size",
                    operation,
                    f"{operation}: answer larger than {self.max_bytes:,} bytes; "
                    f"the suite stopped reading it",
                )
                raise AnswerTooLargeError(f"answer larger than {self.max_bytes:,} bytes")
            if self.clock.now() > deadline:
                self._slow(operation, seconds)
        return bytes(received)

    def _slow(self, operation: str, seconds: float) -> None:
        self.note(
            "slow",
            operation,
            f"{operation}: the answer was not complete within {seconds:g} s",
        )
        raise AnswerTooSlowError(f"the answer was not complete within {seconds:g} s")

    # schemathesis (requests) ----------------------------------------------------------------

    def requests_arguments(self, operation: str) -> dict[str, Any]:
        """Arguments for one `requests` call: the timeout and a hook that reads the body."""
        seconds = self.timeout()
        self.last_timeout = seconds
        deadline = self.clock.now() + seconds

        def read_within_limits(response: requests.Response, **_: Any) -> requests.Response:
            self.answered()
            try:
                response._content = self.read_body(
                    _raw_chunks(response), operation, deadline, seconds
                )
            finally:
                response.close()
            return response

        return {"timeout": seconds, "hooks": {"response": [read_within_limits]}}

    def requests_failed(self, operation: str, error: BaseException) -> None:
        """Notes a request that got no answer at all in time (a trickle is noted already)."""
        if isinstance(error, requests.exceptions.Timeout):
            self.silence(operation, self.last_timeout)


def _raw_chunks(response: requests.Response) -> Iterator[bytes]:
    raw = response.raw
    read1 = getattr(raw, "read1", None)
    while True:
        chunk = read1(CHUNK, decode_content=True) if read1 else raw.read(CHUNK, decode_content=True)
        if not chunk:
            return
        yield chunk


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport with the guard's limits; `label` names the request in problems."""

    def __init__(self, inner: httpx.BaseTransport, guard: AnswerGuard) -> None:
        self._inner = inner
        self._guard = guard

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        guard = self._guard
        operation = f"{request.method} {request.url.path}"
        seconds = guard.timeout()
        deadline = guard.clock.now() + seconds
        request.extensions = {
            **request.extensions,
            "timeout": {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds},
        }
        try:
            response = self._inner.handle_request(request)
        except httpx.TimeoutException:
            guard.silence(operation, seconds)
            raise
        guard.answered()
        try:
            body = guard.read_body(_httpx_chunks(response), operation, deadline, seconds)
        except AnswerTooLargeError as error:
            raise _HttpxAnswerTooLargeError(str(error), request=request) from None
        except AnswerTooSlowError as error:
            raise httpx.ReadTimeout(str(error), request=request) from None
        finally:
            response.close()
        dropped = (b"content-encoding", b"content-length", b"transfer-encoding")
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in dropped]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=body,
            request=request,
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._inner.close()


def _httpx_chunks(response: httpx.Response) -> Iterator[bytes]:
    decoder = httpx.Response(response.status_code, headers=response.headers, stream=response.stream)
    # No chunk size: each piece as it arrives, so the clock is checked between pieces.
    yield from decoder.iter_bytes()
