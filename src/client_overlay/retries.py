"""Retries with exponential backoff and jitter, on top of the httpx-retries transport.

The rules match the vendor's official SDKs, and go further where they are unsafe to leave out:

- 429 is retried for every method: the server refused the request without acting on it.
- Network errors (failed connects, timeouts, dropped connections) and every 5xx are retried
  only for GET, PUT, DELETE, HEAD and OPTIONS. A POST or a PATCH is never sent again once it
  may have reached the server.
- The wait doubles from `backoff_initial` up to `backoff_max`, plus up to `jitter` seconds
  chosen at random; a `Retry-After` header (seconds or an HTTP date) replaces that wait, up to
  `retry_after_max`.

- A call with a `call_timeout` (see `bounds`) makes no retry whose wait would pass its
  deadline: it raises `ApiTimeoutError` at once, naming the last failure.

`RetryPolicy.off()` (or `retry=None` on a client) turns all of it off.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from http import HTTPMethod
from typing import Any

import httpx
from attrs import define, field
from httpx_retries import Retry, RetryTransport

from .bounds import call_time_left
from .exceptions import UsageError

__all__ = ["IDEMPOTENT_METHODS", "NETWORK_ERRORS", "SERVER_ERROR_STATUSES", "RetryPolicy"]

IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
"""The vendor SDKs' list: only these are retried after a network error or a 5xx."""
SERVER_ERROR_STATUSES: frozenset[int] = frozenset(range(500, 600))
NETWORK_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
_ALL_METHODS: frozenset[str] = frozenset(method.value for method in HTTPMethod)


def _non_negative(_instance: object, attribute: Any, value: float) -> None:
    if value < 0:
        raise UsageError(f"{attribute.name}: must be at least zero, got {value!r}")


def _upper(methods: frozenset[str] | set[str] | list[str] | tuple[str, ...]) -> frozenset[str]:
    return frozenset(method.upper() for method in methods)


@define(frozen=True)
class RetryPolicy:
    """When and how long to wait before sending a failed request again.

    The defaults are the vendor SDKs': at most 2 retries, waits of 1 s then 2 s (doubling, at
    most 8 s) plus up to 250 ms of jitter. `sleep` and `async_sleep` do the waiting; tests pass
    functions that only record the delay.
    """

    max_retries: int = field(default=2, validator=_non_negative)
    backoff_initial: float = field(default=1.0, validator=_non_negative)
    backoff_max: float = field(default=8.0, validator=_non_negative)
    jitter: float = field(default=0.25, validator=_non_negative)
    respect_retry_after: bool = True
    retry_after_max: float = field(default=60.0, validator=_non_negative)
    retry_statuses: frozenset[int] = field(default=frozenset({429}), converter=frozenset)
    """Retried for every method."""
    idempotent_retry_statuses: frozenset[int] = field(
        default=SERVER_ERROR_STATUSES, converter=frozenset
    )
    """Retried only for `idempotent_methods`."""
    retry_network_errors: bool = True
    """Whether `NETWORK_ERRORS` are retried (only ever for `idempotent_methods`)."""
    idempotent_methods: frozenset[str] = field(default=IDEMPOTENT_METHODS, converter=_upper)
    sleep: Callable[[float], None] = field(default=time.sleep, eq=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=asyncio.sleep, eq=False, repr=False
    )

    @classmethod
    def off(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_retries=0)

    def backoff(self, retry_number: int) -> float:
        """The wait before retry number `retry_number` (from 1) when the server gave no hint."""
        base = min(self.backoff_initial * 2.0 ** max(retry_number - 1, 0), self.backoff_max)
        return base + random.uniform(0, self.jitter)  # noqa: S311 (jitter, not a secret)

    def delay(self, retry_number: int, retry_after: float | None) -> float:
        """The wait before retry `retry_number`, given the server's `Retry-After` in seconds."""
        if self.respect_retry_after and retry_after is not None and retry_after > 0:
            return min(retry_after, self.retry_after_max)
        return self.backoff(retry_number)

    def retries_for(self, method: str) -> Retry:
        """The httpx-retries configuration for one request with this HTTP method."""
        idempotent = method.upper() in self.idempotent_methods
        statuses = self.retry_statuses | (self.idempotent_retry_statuses if idempotent else set())
        errors = NETWORK_ERRORS if idempotent and self.retry_network_errors else ()
        total = self.max_retries if statuses or errors else 0
        return _PolicyRetry(
            policy=self,
            total=total,
            allowed_methods=_ALL_METHODS,
            # httpx-retries reads an empty set as "its default statuses"; 0 is no status at all.
            status_forcelist=statuses or {0},
            retry_on_exceptions=errors,
            respect_retry_after_header=self.respect_retry_after,
            max_backoff_wait=max(self.retry_after_max, self.backoff_max, 0.001),
        )

    def transport(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport
    ) -> PolicyRetryTransport:
        """`inner` wrapped so that its requests are retried by this policy."""
        return PolicyRetryTransport(self, inner)


class _PolicyRetry(Retry):
    """httpx-retries' `Retry`, with the policy's backoff and sleep functions."""

    def __init__(self, *args: Any, policy: RetryPolicy | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.policy = policy if policy is not None else RetryPolicy()

    def copy_with(self, *args: Any, **kwargs: Any) -> Retry:
        copy = super().copy_with(*args, **kwargs)
        if isinstance(copy, _PolicyRetry):
            copy.policy = self.policy
        return copy

    def _wait(self, response: httpx.Response | Exception) -> float:
        retry_after: float | None = None
        if isinstance(response, httpx.Response):
            header = response.headers.get("Retry-After", "").strip()
            if header:
                try:
                    retry_after = self.parse_retry_after(header)
                except ValueError:
                    retry_after = None
        return self.policy.delay(self.attempts_made, retry_after)

    def _wait_within_call(self, response: httpx.Response | Exception) -> float:
        """The wait, or `httpx.TimeoutException` when it would pass the call's deadline."""
        wait = self._wait(response)
        left = call_time_left()
        if left is not None and wait >= left:
            last = (
                f"HTTP {response.status_code}"
                if isinstance(response, httpx.Response)
                else type(response).__name__
            )
            raise httpx.TimeoutException(
                f"call_timeout: the {wait:.2f} s wait before retry {self.attempts_made} "
                f"would pass the call's deadline ({max(left, 0.0):.2f} s left; last: {last})"
            ) from (response if isinstance(response, Exception) else None)
        return wait

    def sleep(self, response: httpx.Response | Exception) -> None:
        wait = self._wait_within_call(response)
        self.policy.sleep(wait)
        self.elapsed_sleep += wait

    async def asleep(self, response: httpx.Response | Exception) -> None:
        wait = self._wait_within_call(response)
        await self.policy.async_sleep(wait)
        self.elapsed_sleep += wait


class PolicyRetryTransport(RetryTransport):
    """httpx-retries' transport, choosing each request's rules from its method.

    Each method's `Retry` is built once and shared: httpx-retries never changes a `Retry` in
    place (each attempt works on a copy from `increment()`), so one serves every request.
    """

    def __init__(
        self, policy: RetryPolicy, inner: httpx.BaseTransport | httpx.AsyncBaseTransport
    ) -> None:
        super().__init__(transport=inner, retry=policy.retries_for("GET"))
        self.policy = policy
        self._by_method: dict[str, Retry] = {}

    def _retry_for(self, method: str) -> Retry:
        retry = self._by_method.get(method)
        if retry is None:
            # Two threads may both build one on first use; they are equal, either will do.
            retry = self._by_method[method] = self.policy.retries_for(method)
        return retry

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "retry" not in request.extensions:
            request.extensions["retry"] = self._retry_for(request.method)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if "retry" not in request.extensions:
            request.extensions["retry"] = self._retry_for(request.method)
        return await super().handle_async_request(request)
