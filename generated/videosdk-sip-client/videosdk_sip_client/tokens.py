"""Tokens for the API: HS256 JWTs minted locally, cached, and minted again ahead of expiry.

The API wants the raw JWT in `Authorization`, with no `Bearer ` prefix. `TokenAuth` puts a
token from a provider on every request as it is sent, so a long-lived client never sends an
expired token. Neither the secret nor a token ever appears in a `repr`, a `str` or an
exception message of anything here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Generator, Iterable
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

import httpx
import jwt

from .exceptions import InvalidTokenError, UsageError

__all__ = [
    "DEFAULT_LIFETIME",
    "DEFAULT_PERMISSIONS",
    "DEFAULT_ROLES",
    "CachedTokenProvider",
    "StaticTokenProvider",
    "TokenAuth",
    "TokenProvider",
    "mint_token",
]

DEFAULT_LIFETIME = timedelta(hours=2)
"""How long a minted token is valid: the shortest lifetime in the vendor's examples."""

DEFAULT_PERMISSIONS: tuple[str, ...] = ("allow_join",)
DEFAULT_ROLES: tuple[str, ...] = ("crawler",)
"""`crawler` is the role for server-side management calls such as routing rules."""

MAX_REFRESH_MARGIN = timedelta(minutes=5)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _require_text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name}: must be a string, got {type(value).__name__}")
    if not value.strip():
        raise UsageError(f"{name}: must not be empty")
    return value


def _names(values: Iterable[str], name: str) -> list[str]:
    if isinstance(values, str):
        raise TypeError(f"{name}: must be a sequence of strings, not one string")
    names = list(values)
    for index, value in enumerate(names):
        _require_text(value, f"{name}[{index}]")
    return names


def _require_lifetime(lifetime: timedelta) -> timedelta:
    if not isinstance(lifetime, timedelta):
        raise TypeError(f"lifetime: must be a timedelta, got {type(lifetime).__name__}")
    if lifetime.total_seconds() < 1:
        raise UsageError("lifetime: must be at least one second")
    return lifetime


def mint_token(
    api_key: str,
    secret: str,
    *,
    lifetime: timedelta = DEFAULT_LIFETIME,
    permissions: Iterable[str] = DEFAULT_PERMISSIONS,
    roles: Iterable[str] = DEFAULT_ROLES,
    now: datetime | None = None,
) -> str:
    """An HS256 JWT for the API, signed with `secret`.

    Claims: `apikey`, `permissions`, `version: 2`, `roles`, `iat` (now) and `exp` (now plus
    `lifetime`), both in whole seconds. `now` must be timezone-aware; it defaults to the
    current time.
    """
    _require_text(api_key, "api_key")
    _require_text(secret, "secret")
    _require_lifetime(lifetime)
    issued = _utcnow() if now is None else now
    if issued.tzinfo is None or issued.utcoffset() is None:
        raise UsageError("now: must be timezone-aware (for example datetime.now(UTC))")
    iat = int(issued.timestamp())
    claims = {
        "apikey": api_key,
        "permissions": _names(permissions, "permissions"),
        "version": 2,
        "roles": _names(roles, "roles"),
        "iat": iat,
        "exp": iat + int(lifetime.total_seconds()),
    }
    return jwt.encode(claims, secret, algorithm="HS256")


@runtime_checkable
class TokenProvider(Protocol):
    """Anything that hands out a currently valid token."""

    def get_token(self) -> str: ...


_TOKEN_CHARACTERS = re.compile(r"[A-Za-z0-9._~+/=-]+")


def _require_raw_token(token: object) -> str:
    """`token` without surrounding white space (a token read from a file ends in a newline),
    refused when it could not travel as a raw header value. Messages never quote it."""
    if not isinstance(token, str):
        raise InvalidTokenError(f"token: must be a string, got {type(token).__name__}")
    return _sendable(token.strip(), "token")


def _sendable(token: str, name: str) -> str:
    """`token` as it is, or `InvalidTokenError` when it could not travel as a raw header
    value: a line break there would reach the HTTP layer and its debug log."""
    if not token:
        raise InvalidTokenError(f"{name}: must not be empty")
    if token[:7].lower() == "bearer ":
        raise InvalidTokenError(f"{name}: send the raw JWT, without a 'Bearer ' prefix")
    if _TOKEN_CHARACTERS.fullmatch(token) is None:
        raise InvalidTokenError(
            f"{name}: may hold only letters, digits and . _ ~ + / = - (a JWT does); "
            "it holds another character"
        )
    return token


class StaticTokenProvider:
    """A ready-made token, sent as it is (it is never refreshed)."""

    __slots__ = ("_token",)

    def __init__(self, token: str) -> None:
        self._token = _require_raw_token(token)

    def get_token(self) -> str:
        return self._token

    def __repr__(self) -> str:
        return "StaticTokenProvider(token=<hidden>)"


class CachedTokenProvider:
    """Mints a token, hands out the same one, and mints again `refresh_margin` before expiry.

    Safe to share between threads and asyncio tasks: minting takes microseconds and happens
    under a lock that is never held across an `await`, so at most one token is minted per
    refresh however many callers ask at once. `clock` returns the current time (timezone-aware);
    tests pass their own to move time forward.
    """

    __slots__ = (
        "_api_key",
        "_cached",
        "_clock",
        "_lifetime",
        "_lock",
        "_permissions",
        "_refresh_margin",
        "_roles",
        "_secret",
    )

    def __init__(
        self,
        api_key: str,
        secret: str,
        *,
        lifetime: timedelta = DEFAULT_LIFETIME,
        refresh_margin: timedelta | None = None,
        permissions: Iterable[str] = DEFAULT_PERMISSIONS,
        roles: Iterable[str] = DEFAULT_ROLES,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._api_key = _require_text(api_key, "api_key")
        self._secret = _require_text(secret, "secret")
        self._lifetime = _require_lifetime(lifetime)
        if refresh_margin is None:
            refresh_margin = min(MAX_REFRESH_MARGIN, lifetime / 4)
        if not timedelta(0) <= refresh_margin < lifetime:
            raise UsageError("refresh_margin: must be at least zero and shorter than lifetime")
        self._refresh_margin = refresh_margin
        self._permissions = tuple(_names(permissions, "permissions"))
        self._roles = tuple(_names(roles, "roles"))
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: tuple[str, datetime] | None = None

    def get_token(self) -> str:
        cached = self._cached
        if cached is not None and self._clock() < cached[1]:
            return cached[0]
        with self._lock:
            now = self._clock()
            cached = self._cached
            if cached is None or now >= cached[1]:
                token = mint_token(
                    self._api_key,
                    self._secret,
                    lifetime=self._lifetime,
                    permissions=self._permissions,
                    roles=self._roles,
                    now=now,
                )
                cached = (token, now + self._lifetime - self._refresh_margin)
                self._cached = cached
            return cached[0]

    def __repr__(self) -> str:
        return (
            f"CachedTokenProvider(api_key={self._api_key[:4]!r}..., secret=<hidden>, "
            f"lifetime={self._lifetime}, refresh_margin={self._refresh_margin})"
        )


class TokenAuth(httpx.Auth):
    """Puts a provider's token in the `Authorization` header of each request as it is sent.

    The token goes in raw unless a `prefix` is given, as the API requires. A token that
    could not travel as a header value raises `InvalidTokenError` before any transport sees
    it. The same flow serves `httpx.Client` and `httpx.AsyncClient`.
    """

    def __init__(
        self, provider: TokenProvider, *, header_name: str = "Authorization", prefix: str = ""
    ) -> None:
        self._provider = provider
        self._header_name = header_name
        self._prefix = prefix
        # The last token found sendable: a provider hands out the same one for hours.
        self._checked: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._provider.get_token()
        if self._checked is None or token is not self._checked:
            if not isinstance(token, str):
                raise InvalidTokenError(
                    f"the token provider's token: must be a string, got {type(token).__name__}"
                )
            self._checked = _sendable(token, "the token provider's token")
        request.headers[self._header_name] = f"{self._prefix} {token}" if self._prefix else token
        yield request

    def __repr__(self) -> str:
        return f"TokenAuth(provider={self._provider!r}, header_name={self._header_name!r})"
