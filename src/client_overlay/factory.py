"""`create_client()`: a ready client from arguments or the environment, in one call."""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

import httpx

from .bounds import DEFAULT_MAX_RESPONSE_BYTES, Bounds
from .client import DEFAULT_BASE_URL, AuthenticatedClient
from .environment import (
    API_KEY_VARIABLE,
    BASE_URL_VARIABLE,
    SECRET_VARIABLE,
    TOKEN_VARIABLE,
    Environment,
)
from .exceptions import UsageError
from .retries import RetryPolicy
from .tokens import (
    DEFAULT_LIFETIME,
    DEFAULT_PERMISSIONS,
    DEFAULT_ROLES,
    CachedTokenProvider,
    StaticTokenProvider,
    TokenProvider,
)

__all__ = [
    "API_KEY_VARIABLE",
    "BASE_URL_VARIABLE",
    "SECRET_VARIABLE",
    "TOKEN_VARIABLE",
    "create_client",
    "token_provider_from",
]

_DEFAULT_RETRY = RetryPolicy()


def token_provider_from(
    *,
    api_key: str | None = None,
    secret: str | None = None,
    token: str | TokenProvider | None = None,
    lifetime: timedelta = DEFAULT_LIFETIME,
    permissions: Iterable[str] = DEFAULT_PERMISSIONS,
    roles: Iterable[str] = DEFAULT_ROLES,
    environ: Mapping[str, str] | None = None,
) -> TokenProvider:
    """Where tokens come from, in this order: `token`; `api_key` and `secret` (each read from
    `VIDEOSDK_API_KEY` / `VIDEOSDK_SECRET` when not given); `VIDEOSDK_TOKEN`."""
    env = Environment.read(environ)
    if token is not None:
        if api_key is not None or secret is not None:
            raise UsageError("token: give either token or api_key and secret, not both")
        return StaticTokenProvider(token) if isinstance(token, str) else token
    key = api_key if api_key is not None else env.api_key
    sec = secret if secret is not None else env.secret
    if key is not None and sec is not None:
        return CachedTokenProvider(
            key, sec, lifetime=lifetime, permissions=permissions, roles=roles
        )
    if key is not None or sec is not None:
        missing = "secret" if sec is None else "api_key"
        variable = SECRET_VARIABLE if sec is None else API_KEY_VARIABLE
        raise UsageError(f"{missing}: not given and {variable} is not set; tokens need both")
    if env.token is not None:
        return StaticTokenProvider(env.token)
    raise UsageError(
        f"credentials: pass api_key and secret (or token), or set {API_KEY_VARIABLE} and "
        f"{SECRET_VARIABLE} (or {TOKEN_VARIABLE})"
    )


def _checked_base_url(base_url: str) -> str:
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise UsageError(f"base_url: not a URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise UsageError(f"base_url: must be an http:// or https:// URL, got {base_url!r}")
    return base_url.rstrip("/")


def _checked_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout | None:
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise UsageError(f"timeout: must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def _attempt_timeout(timeout: httpx.Timeout | None) -> float | None:
    """Each attempt's deadline: the largest operation limit, or none if one is unlimited."""
    if timeout is None:
        return None
    limits = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    finite = [limit for limit in limits if limit is not None]
    return max(finite) if len(finite) == len(limits) else None


def create_client(
    *,
    api_key: str | None = None,
    secret: str | None = None,
    token: str | TokenProvider | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = 30.0,
    call_timeout: float | None = None,
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    retry: RetryPolicy | None = _DEFAULT_RETRY,
    raise_on_error: bool = True,
    lifetime: timedelta = DEFAULT_LIFETIME,
    permissions: Iterable[str] = DEFAULT_PERMISSIONS,
    roles: Iterable[str] = DEFAULT_ROLES,
    headers: Mapping[str, str] | None = None,
    verify_ssl: str | bool | ssl.SSLContext = True,
    httpx_args: Mapping[str, Any] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    environ: Mapping[str, str] | None = None,
) -> AuthenticatedClient:
    """A client for every endpoint function, sync and async.

    Credentials: `token` (a string sent as it is, or a `TokenProvider` asked on every
    request), or `api_key` and `secret` (tokens minted locally,
    cached, minted again before they expire), each read from `VIDEOSDK_API_KEY`,
    `VIDEOSDK_SECRET` or `VIDEOSDK_TOKEN` when not given. `base_url` defaults to
    `VIDEOSDK_BASE_URL`, then to the vendor's API.

    `timeout` (seconds) bounds each attempt from connect to the last byte of the answer, and
    each network operation in it (an `httpx.Timeout` sets each operation's limit, and the
    attempt's deadline is the largest of them); `call_timeout` bounds the whole call, its
    retries and their waits; `max_response_bytes` is the largest answer read (an
    over-long one raises `ResponseTooLargeError`). None turns each off. `retry=None` turns
    retries off. `headers`, `verify_ssl` and `httpx_args` go to
    both httpx clients; `transport` / `async_transport` replace the network transports under
    the retries. `environ` replaces `os.environ` (for tests).
    """
    env = Environment.read(environ)
    provider = token_provider_from(
        api_key=api_key,
        secret=secret,
        token=token,
        lifetime=lifetime,
        permissions=permissions,
        roles=roles,
        environ=environ,
    )
    url = _checked_base_url(base_url if base_url is not None else env.base_url or DEFAULT_BASE_URL)
    checked_timeout = _checked_timeout(timeout)
    bounds = Bounds(
        attempt_timeout=_attempt_timeout(checked_timeout),
        call_timeout=call_timeout,
        max_response_bytes=max_response_bytes,
    )
    return AuthenticatedClient(
        url,
        provider,
        timeout=checked_timeout,
        bounds=bounds,
        retry=retry,
        raise_on_error=raise_on_error,
        headers=dict(headers or {}),
        verify_ssl=verify_ssl,
        httpx_args=dict(httpx_args or {}),
        transport=transport,
        async_transport=async_transport,
    )
