"""Deadlines and the size cap, against servers on 127.0.0.1 that trickle, hang or flood.

Each test checks what the client did (raised which error, stopped reading, sent how many
requests), never how long it took; the servers' trickles are a few seconds long, so a client
without the bound would finish them and succeed, and the test would fail.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from videosdk_sip_client import (
    ApiTimeoutError,
    AuthenticatedClient,
    Bounds,
    ResponseTooLargeError,
    ServerError,
    create_client,
)
from videosdk_sip_client.api.routing_rules import get_routing_rule

from .helpers import API_KEY, SECRET, Sleeps, rule_body
from .raw_server import Connection, head, raw_server

RULE = json.dumps(rule_body()).encode()
TRICKLE = 0.1  # seconds between bytes: 30 bytes take 3 s, six times the deadlines below


def _client(base_url: str, **settings: Any) -> AuthenticatedClient:
    settings.setdefault("retry", Sleeps().policy())
    return create_client(api_key=API_KEY, secret=SECRET, base_url=base_url, environ={}, **settings)


def _trickled_body(connection: Connection) -> None:
    connection.send(head(Content_Type="application/json", Content_Length=str(len(RULE))))
    connection.trickle(RULE, TRICKLE)


def _trickled_headers(connection: Connection) -> None:
    connection.send(b"HTTP/1.1 200 OK\r\n")
    connection.trickle(b"X-Padding: " + b"a" * 40 + b"\r\n", TRICKLE)


@pytest.mark.parametrize("answer", [_trickled_body, _trickled_headers])
def test_a_trickling_server_cannot_hold_an_attempt_past_its_deadline(answer: Any) -> None:
    with raw_server(answer) as server:
        client = _client(server.base_url, timeout=0.5, retry=None)

        with pytest.raises(ApiTimeoutError) as caught:
            get_routing_rule.sync("rule_1", client=client)

    assert "deadline" in str(caught.value)
    assert len(server.requests) == 1


@pytest.mark.parametrize("answer", [_trickled_body, _trickled_headers])
def test_async_attempts_are_held_to_the_same_deadline(answer: Any) -> None:
    with raw_server(answer) as server:
        client = _client(server.base_url, timeout=0.5, retry=None)

        async def fetch() -> Any:
            async with client:
                return await get_routing_rule.asyncio("rule_1", client=client)

        with pytest.raises(ApiTimeoutError):
            asyncio.run(fetch())

    assert len(server.requests) == 1


def test_each_get_attempt_gets_its_own_deadline() -> None:
    with raw_server(_trickled_body) as server:
        client = _client(server.base_url, timeout=0.3)

        with pytest.raises(ApiTimeoutError):
            get_routing_rule.sync("rule_1", client=client)

    assert len(server.requests) == 3


NO_WAIT = Sleeps().policy(backoff_initial=0, jitter=0)


def _silent(connection: Connection) -> None:
    connection.stop.wait(5)


def test_a_call_timeout_bounds_the_retries_of_a_hung_server() -> None:
    with raw_server(_silent) as server:
        client = _client(server.base_url, timeout=0.4, call_timeout=0.6, retry=NO_WAIT)

        with pytest.raises(ApiTimeoutError) as caught:
            get_routing_rule.sync("rule_1", client=client)

    # The first attempt used 0.4 s; the second got the 0.2 s left; no third was made.
    assert len(server.requests) == 2
    assert "call_timeout" in str(caught.value)


def _rate_limited(connection: Connection) -> None:
    body = b'{"message": "slow down"}'
    connection.send(
        head("429 Too Many Requests", Retry_After="30", Content_Length=str(len(body))) + body
    )


def test_a_wait_that_would_pass_the_call_timeout_is_not_made() -> None:
    sleeps = Sleeps()
    with raw_server(_rate_limited) as server:
        client = _client(server.base_url, call_timeout=2, retry=sleeps.policy())

        with pytest.raises(ApiTimeoutError) as caught:
            get_routing_rule.sync("rule_1", client=client)

    assert len(server.requests) == 1
    assert sleeps.waits == []
    assert "HTTP 429" in str(caught.value)


def test_async_calls_are_held_to_the_call_timeout() -> None:
    with raw_server(_silent) as server:
        client = _client(server.base_url, timeout=0.4, call_timeout=0.6, retry=NO_WAIT)

        async def fetch() -> Any:
            async with client:
                return await get_routing_rule.asyncio("rule_1", client=client)

        with pytest.raises(ApiTimeoutError):
            asyncio.run(fetch())

    assert len(server.requests) == 2


BIG = 32 * 1024 * 1024
CAP = 256 * 1024
CHUNK = b"x" * 65536


def _flood(connection: Connection, status: str, declared: bool) -> None:
    headers = {"Content_Type": "application/json"}
    if declared:
        headers["Content_Length"] = str(BIG)
    if not connection.send(head(status, **headers)):
        return
    for _ in range(BIG // len(CHUNK)):
        if not connection.send(CHUNK):
            return


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "until-close"])
def test_an_answer_over_the_cap_is_refused_without_reading_it_all(declared: bool) -> None:
    with raw_server(lambda connection: _flood(connection, "200 OK", declared)) as server:
        client = _client(server.base_url, max_response_bytes=CAP, retry=None)

        with pytest.raises(ResponseTooLargeError) as caught:
            get_routing_rule.sync("rule_1", client=client)

    assert caught.value.limit == CAP
    assert caught.value.status == 200
    assert "max_response_bytes" in str(caught.value)
    # What got out is the cap plus what the sockets' buffers held, far short of it all.
    assert server.sent[0] < BIG // 2


def test_a_server_error_over_the_cap_is_refused_and_not_fetched_again() -> None:
    with raw_server(lambda connection: _flood(connection, "503 Service Unavailable", False)) as (
        server
    ):
        client = _client(server.base_url, max_response_bytes=CAP)

        with pytest.raises(ResponseTooLargeError):
            get_routing_rule.sync("rule_1", client=client)

    assert len(server.requests) == 1
    assert server.sent[0] < BIG // 2


def test_async_answers_are_capped_too() -> None:
    with raw_server(lambda connection: _flood(connection, "200 OK", False)) as server:
        client = _client(server.base_url, max_response_bytes=CAP, retry=None)

        async def fetch() -> Any:
            async with client:
                return await get_routing_rule.asyncio("rule_1", client=client)

        with pytest.raises(ResponseTooLargeError):
            asyncio.run(fetch())

    assert server.sent[0] < BIG // 2


def _small_error(connection: Connection) -> None:
    body = b'{"message": "down"}'
    connection.send(head("503 Service Unavailable", Content_Length=str(len(body))) + body)


def test_answers_under_the_cap_are_untouched() -> None:
    with raw_server(_small_error) as server:
        client = _client(server.base_url, max_response_bytes=len(b'{"message": "down"}'))

        with pytest.raises(ServerError) as caught:
            get_routing_rule.sync("rule_1", client=client)

    assert caught.value.message == "down"


@pytest.mark.parametrize(
    "settings",
    [{"call_timeout": 0}, {"call_timeout": -1.0}, {"max_response_bytes": 0}, {"timeout": 0}],
    ids=str,
)
def test_bounds_are_validated(settings: dict[str, Any]) -> None:
    name = next(iter(settings))
    with pytest.raises(ValueError, match=name):
        _client("http://127.0.0.1:9", **settings)


def test_the_defaults_are_the_vendors_attempt_timeout_and_a_ten_mebibyte_cap() -> None:
    bounds = _client("http://127.0.0.1:9").bounds
    assert bounds.attempt_timeout == 30.0
    assert bounds.call_timeout is None
    assert bounds.max_response_bytes == 10 * 1024 * 1024


def test_an_httpx_timeout_gives_each_attempt_its_largest_limit() -> None:
    limits = httpx.Timeout(2.0, connect=5.0)
    assert _client("http://127.0.0.1:9", timeout=limits).bounds.attempt_timeout == 5.0
    unlimited_read = httpx.Timeout(2.0, read=None)
    assert _client("http://127.0.0.1:9", timeout=unlimited_read).bounds.attempt_timeout is None
    assert _client("http://127.0.0.1:9", timeout=None).bounds.attempt_timeout is None


def test_a_client_built_directly_takes_its_bounds() -> None:
    with raw_server(_trickled_body) as server:
        client = AuthenticatedClient(
            server.base_url, "a.b.c", retry=None, bounds=Bounds(attempt_timeout=0.5)
        )

        with pytest.raises(ApiTimeoutError):
            get_routing_rule.sync("rule_1", client=client)
