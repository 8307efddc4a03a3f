"""Tokens: the claims, the raw header, reuse, refresh ahead of expiry, and concurrent use."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt
import pytest
from videosdk_sip_client import (
    AuthenticatedClient,
    CachedTokenProvider,
    StaticTokenProvider,
    create_client,
    mint_token,
    tokens,
)
from videosdk_sip_client.api.routing_rules import get_routing_rule

from .helpers import API_KEY, SECRET, Clock, Script, client_for, json_response, rule_body

NOW = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def _claims(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(
        token, SECRET, algorithms=["HS256"], options={"verify_exp": False, "verify_iat": False}
    )
    return claims


def test_minted_token_carries_the_documented_claims() -> None:
    token = mint_token(API_KEY, SECRET, lifetime=timedelta(minutes=90), now=NOW)

    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    assert _claims(token) == {
        "apikey": API_KEY,
        "permissions": ["allow_join"],
        "version": 2,
        "roles": ["crawler"],
        "iat": int(NOW.timestamp()),
        "exp": int(NOW.timestamp()) + 90 * 60,
    }


def test_permissions_and_roles_are_configurable() -> None:
    token = mint_token(
        API_KEY, SECRET, permissions=["allow_join", "allow_mod"], roles=["crawler", "x"], now=NOW
    )
    claims = _claims(token)
    assert claims["permissions"] == ["allow_join", "allow_mod"]
    assert claims["roles"] == ["crawler", "x"]
    assert claims["exp"] - claims["iat"] == 2 * 3600


def test_token_signed_with_another_secret_does_not_verify() -> None:
    token = mint_token(API_KEY, "another-secret-that-is-also-long-enough-xx", now=NOW)
    with pytest.raises(jwt.InvalidSignatureError):
        _claims(token)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"api_key": ""}, "api_key"),
        ({"secret": "  "}, "secret"),
        ({"lifetime": timedelta(0)}, "lifetime"),
        ({"lifetime": timedelta(seconds=-5)}, "lifetime"),
        ({"now": datetime(2026, 1, 1)}, "now"),  # naive on purpose
        ({"permissions": "allow_join"}, "permissions"),
        ({"roles": ["crawler", ""]}, "roles[1]"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_never_the_secret(
    changes: dict[str, Any], field: str
) -> None:
    arguments: dict[str, Any] = {"api_key": API_KEY, "secret": SECRET, "now": NOW, **changes}
    with pytest.raises((ValueError, TypeError)) as caught:
        mint_token(
            arguments.pop("api_key"),
            arguments.pop("secret"),
            **arguments,
        )
    assert str(caught.value).startswith(f"{field}:")
    assert SECRET not in str(caught.value)


def test_token_goes_raw_into_authorization_on_every_request() -> None:
    script = Script([json_response(200, rule_body())])
    client = client_for(script)

    get_routing_rule.sync("rule_1", client=client)
    get_routing_rule.sync("rule_2", client=client)

    headers = [request.headers["Authorization"] for request in script.requests]
    assert len(headers) == 2
    for header in headers:
        assert not header.lower().startswith("bearer")
        assert " " not in header
        assert _claims(header)["apikey"] == API_KEY


def test_a_ready_made_token_is_sent_as_given() -> None:
    script = Script([json_response(200, rule_body())])
    token = mint_token(API_KEY, SECRET, now=NOW)
    client = create_client(
        token=token,
        base_url="http://api.test",
        transport=httpx.MockTransport(script),
        environ={},
    )

    get_routing_rule.sync("rule_1", client=client)

    assert script.requests[0].headers["Authorization"] == token


def test_the_cached_token_is_reused_until_the_refresh_margin() -> None:
    clock = Clock(NOW)
    provider = CachedTokenProvider(
        API_KEY,
        SECRET,
        lifetime=timedelta(hours=1),
        refresh_margin=timedelta(minutes=5),
        clock=clock,
    )

    first = provider.get_token()
    clock.advance(timedelta(minutes=54, seconds=59))
    assert provider.get_token() == first

    clock.advance(timedelta(seconds=1))  # now 5 minutes before exp
    second = provider.get_token()
    assert second != first
    assert _claims(second)["iat"] == int(clock.now.timestamp())
    assert _claims(second)["exp"] == int((clock.now + timedelta(hours=1)).timestamp())
    assert provider.get_token() == second


def test_a_client_refreshes_its_token_between_requests() -> None:
    clock = Clock(NOW)
    provider = CachedTokenProvider(API_KEY, SECRET, lifetime=timedelta(minutes=10), clock=clock)
    script = Script([json_response(200, rule_body())])
    client = AuthenticatedClient("http://api.test", provider, transport=httpx.MockTransport(script))

    get_routing_rule.sync("rule_1", client=client)
    clock.advance(timedelta(minutes=9))  # past the default margin (a quarter of 10 minutes)
    get_routing_rule.sync("rule_1", client=client)

    first, second = (request.headers["Authorization"] for request in script.requests)
    assert first != second
    assert _claims(second)["iat"] - _claims(first)["iat"] == 9 * 60


def test_the_refresh_margin_must_be_shorter_than_the_lifetime() -> None:
    with pytest.raises(ValueError, match=r"^refresh_margin:"):
        CachedTokenProvider(
            API_KEY, SECRET, lifetime=timedelta(minutes=1), refresh_margin=timedelta(minutes=1)
        )


def test_many_threads_at_the_refresh_moment_get_one_new_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mints: list[str] = []

    def slow_counting_mint(*args: Any, **kwargs: Any) -> str:
        time.sleep(0.01)  # widens the window in which a second mint could slip in
        token = mint_token(*args, **kwargs)
        mints.append(token)
        return token

    monkeypatch.setattr(tokens, "mint_token", slow_counting_mint)
    clock = Clock(NOW)
    provider = CachedTokenProvider(
        API_KEY, SECRET, lifetime=timedelta(hours=1), refresh_margin=timedelta(0), clock=clock
    )
    before = provider.get_token()
    clock.advance(timedelta(hours=1))
    barrier = threading.Barrier(32)
    seen: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        for _ in range(50):
            token = provider.get_token()
            with lock:
                seen.append(token)

    threads = [threading.Thread(target=worker) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(seen) == 32 * 50
    assert len(mints) == 2  # the first token, and one refresh for all 32 threads
    assert set(seen) == {mints[1]}
    assert mints[1] != before


def test_many_tasks_share_one_token() -> None:
    script = Script([json_response(200, rule_body())])
    client = client_for(script)

    async def main() -> None:
        async with client:
            await asyncio.gather(
                *(get_routing_rule.asyncio(f"rule_{n}", client=client) for n in range(40))
            )

    asyncio.run(main())

    assert script.count == 40
    assert len({request.headers["Authorization"] for request in script.requests}) == 1


def test_neither_secret_nor_token_shows_in_reprs() -> None:
    clock = Clock(NOW)
    provider = CachedTokenProvider(API_KEY, SECRET, clock=clock)
    token = provider.get_token()
    client = AuthenticatedClient("http://api.test", provider)
    static_client = AuthenticatedClient("http://api.test", token)

    texts = [
        repr(provider),
        str(provider),
        repr(client),
        repr(static_client),
        repr(StaticTokenProvider(token)),
        repr(client._auth()),
    ]
    for text in texts:
        assert SECRET not in text
        assert token not in text


def test_neither_secret_nor_token_shows_in_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    script = Script([json_response(503, {"message": "busy"}), json_response(200, rule_body())])
    client = client_for(script)

    with caplog.at_level(logging.DEBUG):
        get_routing_rule.sync("rule_1", client=client)

    token = script.requests[0].headers["Authorization"]
    assert caplog.records  # httpx and httpx-retries did log the exchange
    assert token not in caplog.text
    assert SECRET not in caplog.text
