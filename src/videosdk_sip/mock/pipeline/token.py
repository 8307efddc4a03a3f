"""Stage 3: the raw-JWT `Authorization` header, checked against the configured API keys and
secrets; the API key it was minted for, or a 401 or 403."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import jwt

from videosdk_sip.mock.answers import Answer, unauthenticated
from videosdk_sip.mock.request import Request

__all__ = ["REQUIRED_ROLE", "AuthFailure", "TokenVerifier"]

ALGORITHM = "HS256"
REQUIRED_ROLE = "crawler"
"""The role the vendor's tokens carry for server-side management calls."""


class AuthFailure(Exception):
    """A token the mock refuses: `status` 401 (not authenticated) or 403 (not allowed).

    `rule` names what was wrong (`required`, `raw-jwt`, `jwt`, `alg`, `apikey`, `signature`,
    `exp`, `iat`, `nbf`, `roles`). Messages never repeat the token.
    """

    def __init__(self, status: int, rule: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.rule = rule
        self.message = message


def _refused(rule: str, problem: str) -> AuthFailure:
    return AuthFailure(401, rule, f"Authorization: {problem}")


class TokenVerifier:
    """Verifies tokens: HS256 only, `exp` required, `apikey` one of the configured keys, and
    `roles` holding `crawler`. Already verified tokens are remembered (at most `cache_size`),
    so a repeated token costs a dictionary look-up and an `exp` check instead of a signature
    check; a remembered token is refused once its `exp` has passed.
    """

    def __init__(
        self,
        credentials: Mapping[str, str],
        cache_size: int = 4096,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._secrets = dict(credentials)
        self._cache: dict[bytes, tuple[str, float]] = {}
        self._cache_size = cache_size
        self._clock = clock
        self._jwt = jwt.PyJWT()

    def check(self, request: Request) -> str | Answer:
        """The API key of the request's token, or the 401 or 403 answer."""
        try:
            return self.verify(request.authorization)
        except AuthFailure as failure:
            return unauthenticated(failure.status, failure.rule, failure.message)

    def verify(self, header: bytes | None) -> str:
        """The API key the token in `header` was minted for; raises `AuthFailure` otherwise."""
        if header is not None:
            cached = self._cache.get(header)
            if cached is not None:
                api_key, expires = cached
                if self._clock() < expires:
                    return api_key
                del self._cache[header]
        api_key, expires = self._verify_uncached(header)
        if self._cache_size > 0 and header is not None:
            if len(self._cache) >= self._cache_size:
                # Drop the oldest entry; dicts keep insertion order.
                del self._cache[next(iter(self._cache))]
            self._cache[header] = (api_key, expires)
        return api_key

    def _verify_uncached(self, header: bytes | None) -> tuple[str, float]:
        if header is None or not header.strip():
            raise _refused("required", "missing; send the raw JWT (no prefix)")
        try:
            token = header.decode("ascii").strip()
        except UnicodeDecodeError:
            raise _refused("jwt", "not a JWT (it holds non-ASCII bytes)") from None
        scheme, space, _ = token.partition(" ")
        if space:
            if scheme.lower() == "bearer":
                raise _refused("raw-jwt", "send the raw JWT with no 'Bearer ' prefix")
            raise _refused("raw-jwt", f"send the raw JWT with no '{scheme[:20]} ' prefix")
        try:
            unverified = self._jwt.decode_complete(token, options={"verify_signature": False})
            header_fields: dict[str, Any] = unverified["header"]
            claims: dict[str, Any] = unverified["payload"]
        except (jwt.PyJWTError, ValueError, TypeError):
            raise _refused(
                "jwt", "not a well-formed JWT (three base64url parts joined by dots)"
            ) from None
        algorithm = header_fields.get("alg")
        if algorithm != ALGORITHM:
            raise _refused(
                "alg", f"the token is signed with {str(algorithm)[:20]!r}; only HS256 is accepted"
            )
        api_key = claims.get("apikey")
        if not isinstance(api_key, str) or not api_key:
            raise _refused("apikey", "the token has no 'apikey' claim")
        secret = self._secrets.get(api_key)
        if secret is None:
            raise _refused("apikey", "the token's apikey is not a key this server knows")
        try:
            verified: dict[str, Any] = self._jwt.decode(
                token, secret, algorithms=[ALGORITHM], options={"require": ["exp"]}
            )
        except jwt.InvalidSignatureError:
            raise _refused(
                "signature", "the signature does not match the secret of the token's apikey"
            ) from None
        except jwt.ExpiredSignatureError:
            raise _refused("exp", "the token has expired") from None
        except jwt.MissingRequiredClaimError:
            raise _refused("exp", "the token has no 'exp' claim") from None
        except jwt.ImmatureSignatureError as error:
            claim = "nbf" if "nbf" in str(error) else "iat"
            raise _refused(claim, f"the token is not valid yet ({claim})") from None
        except jwt.InvalidIssuedAtError:
            raise _refused("iat", "the token's 'iat' claim is not a number") from None
        except (jwt.PyJWTError, ValueError, TypeError) as error:
            detail = str(error)
            if "exp" in detail:
                raise _refused("exp", "the token's 'exp' claim is not a number") from None
            raise _refused("jwt", "the token could not be read as a JWT") from None
        expires = float(verified["exp"])
        if expires <= self._clock():
            raise _refused("exp", "the token has expired")
        roles = verified.get("roles")
        if not isinstance(roles, list) or REQUIRED_ROLE not in roles:
            raise AuthFailure(
                403,
                "roles",
                "Authorization: the token's roles do not allow managing routing rules "
                f"(they must include {REQUIRED_ROLE!r})",
            )
        return api_key, expires
