"""Tokens: each kind of bad token is a 401 (or 403) saying which, and the verified-token cache
never lets a token through that the full check would refuse."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from videosdk_sip.mock.pipeline.token import AuthFailure, TokenVerifier

from .helpers import KEY_A, KEY_B, RULES, SECRET_A, SECRET_B, claims, mint, rule_body, unsigned

pytestmark = pytest.mark.anyio

GOOD = mint()
HS256_HEADER = {"alg": "HS256", "typ": "JWT"}

BAD_TOKENS: list[tuple[str, bytes | None, int, str, str]] = [
    # (case, Authorization header, status, rule, words the message holds)
    ("missing", None, 401, "required", "missing"),
    ("empty", b"", 401, "required", "missing"),
    ("bearer prefix", f"Bearer {GOOD}".encode(), 401, "raw-jwt", "'Bearer '"),
    ("lower-case bearer", f"bearer {GOOD}".encode(), 401, "raw-jwt", "'Bearer '"),
    ("another prefix", f"Token {GOOD}".encode(), 401, "raw-jwt", "'Token '"),
    ("not a jwt", b"hello", 401, "jwt", "well-formed"),
    ("two parts", b"abc.def", 401, "jwt", "well-formed"),
    ("garbage parts", b"a.b.c", 401, "jwt", "well-formed"),
    ("non-ascii", "tøken".encode(), 401, "jwt", "non-ASCII"),
    ("header not an object", unsigned([1], claims(), b"x").encode(), 401, "jwt", "well-formed"),
    (
        "wrong secret",
        mint(secret="another-secret-0123456789abcdef0123").encode(),
        401,
        "signature",
        "signature",
    ),
    ("other key's secret", mint(KEY_A, SECRET_B).encode(), 401, "signature", "signature"),
    (
        "alg none",
        unsigned({"alg": "none", "typ": "JWT"}, claims(), b"").encode(),
        401,
        "alg",
        "'none'",
    ),
    ("HS512", mint(algorithm="HS512").encode(), 401, "alg", "'HS512'"),
    (
        "RS256-shaped",
        unsigned({"alg": "RS256", "typ": "JWT"}, claims(), b"\x01" * 256).encode(),
        401,
        "alg",
        "'RS256'",
    ),
    ("expired", mint(lifetime=-60).encode(), 401, "exp", "expired"),
    ("no exp", mint(exp=None).encode(), 401, "exp", "no 'exp'"),
    ("exp not a number", mint(exp="tomorrow").encode(), 401, "exp", "'exp'"),
    ("unknown key", mint("key-unknown").encode(), 401, "apikey", "not a key"),
    ("no apikey claim", mint(apikey=None).encode(), 401, "apikey", "no 'apikey'"),
    ("issued in the future", mint(iat=int(time.time()) + 3600).encode(), 401, "iat", "iat"),
    ("not valid before", mint(nbf=int(time.time()) + 3600).encode(), 401, "nbf", "nbf"),
    ("no roles", mint(roles=None).encode(), 403, "roles", "crawler"),
    ("other roles", mint(roles=["viewer"]).encode(), 403, "roles", "crawler"),
]


@pytest.mark.parametrize(
    ("header", "status", "rule", "words"),
    [case[1:] for case in BAD_TOKENS],
    ids=[case[0] for case in BAD_TOKENS],
)
async def test_bad_tokens_are_refused_saying_why(
    anonymous: httpx.AsyncClient, header: bytes | None, status: int, rule: str, words: str
) -> None:
    headers = {b"Authorization": header} if header is not None else {}
    for method, path in [("GET", RULES), ("POST", RULES), ("GET", f"{RULES}/rule_1")]:
        answer = await anonymous.request(method, path, headers=headers, json=rule_body())
        assert answer.status_code == status
        error = answer.json()
        assert error["field"] == "Authorization"
        assert error["rule"] == rule
        assert error["code"] == ("AUTHENTICATION_FAILED" if status == 401 else "PERMISSION_DENIED")
        assert words in error["message"]
        if header:
            assert header.decode(errors="replace").split(" ")[-1] not in error["message"]
    good = await anonymous.get(RULES, headers={"Authorization": GOOD})
    assert good.json()["pageInfo"]["total"] == 0  # the refused create stored nothing


async def test_every_configured_key_is_accepted(anonymous: httpx.AsyncClient) -> None:
    for api_key, secret in ((KEY_A, SECRET_A), (KEY_B, SECRET_B)):
        answer = await anonymous.get(RULES, headers={"Authorization": mint(api_key, secret)})
        assert answer.status_code == 200


async def test_surrounding_whitespace_is_tolerated(anonymous: httpx.AsyncClient) -> None:
    answer = await anonymous.get(RULES, headers={"Authorization": f"  {GOOD} "})
    assert answer.status_code == 200


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def test_a_cached_token_is_refused_once_it_expires() -> None:
    clock = Clock()
    verifier = TokenVerifier({KEY_A: SECRET_A}, clock=clock)
    token = jwt.encode(claims(exp=int(clock.now) + 30), SECRET_A, algorithm="HS256").encode()
    assert verifier.verify(token) == KEY_A
    assert verifier.verify(token) == KEY_A  # from the cache
    clock.now += 31
    with pytest.raises(AuthFailure) as failure:
        verifier.verify(token)
    assert (failure.value.status, failure.value.rule) == (401, "exp")


def test_the_cache_is_bounded_and_never_mixes_tokens() -> None:
    verifier = TokenVerifier({KEY_A: SECRET_A, KEY_B: SECRET_B}, cache_size=2)
    tokens = [mint(KEY_A, SECRET_A, jti=str(n)).encode() for n in range(5)]
    for token in tokens:
        assert verifier.verify(token) == KEY_A
    assert len(verifier._cache) == 2
    assert verifier.verify(mint(KEY_B, SECRET_B).encode()) == KEY_B
    forged = tokens[0][:-2] + (b"AA" if tokens[0][-2:] != b"AA" else b"BB")
    with pytest.raises(AuthFailure):
        verifier.verify(forged)


def test_without_a_cache_every_token_is_checked_in_full() -> None:
    clock = Clock()
    verifier = TokenVerifier({KEY_A: SECRET_A}, cache_size=0, clock=clock)
    token = mint().encode()
    assert verifier.verify(token) == KEY_A
    assert verifier._cache == {}


def test_auth_failures_never_carry_the_token() -> None:
    verifier = TokenVerifier({KEY_A: SECRET_A})
    token = mint(lifetime=-5)
    with pytest.raises(AuthFailure) as failure:
        verifier.verify(token.encode())
    assert token not in str(failure.value)
    assert token not in repr(failure.value)
