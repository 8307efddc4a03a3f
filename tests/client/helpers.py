"""Shared pieces for the client tests: credentials, a scripted transport, a clock, sleeps."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from videosdk_sip_client import AuthenticatedClient, RetryPolicy, create_client

API_KEY = "test-api-key"
SECRET = "test-secret-that-is-long-enough-for-hs256-keys"
BASE_URL = "http://api.test"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def rule_body(rule_id: str = "rule_1", **changes: Any) -> dict[str, Any]:
    """A rule as the API answers it (the seed's answer, with another id)."""
    body: dict[str, Any] = json.loads((FIXTURES / "seed_create_response.json").read_text())
    body["id"] = rule_id
    body.update(changes)
    return body


def create_body() -> dict[str, Any]:
    return {
        "gatewayId": "gateway_in_1",
        "name": "Front desk",
        "numbers": ["+14150003333"],
        "dispatch": {"room": {"type": "static", "id": "room_front_desk"}},
    }


class Script:
    """A transport handler that answers from a list, in order, and records every request.

    Each reply is a response, an exception to raise (as a dropped connection would), or a
    function of the request. Past the end of the list the last reply repeats.
    """

    def __init__(self, replies: Iterable[Reply]) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    @property
    def count(self) -> int:
        return len(self.requests)

    def methods(self) -> list[str]:
        return [request.method for request in self.requests]


class Sleeps:
    """Sleep functions for a RetryPolicy that record each wait instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self, **settings: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **settings)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def client_for(
    script: Script,
    *,
    retry: RetryPolicy | None = None,
    raise_on_error: bool = True,
    **settings: Any,
) -> AuthenticatedClient:
    """A client whose requests all go to `script`, with no real waiting."""
    return create_client(
        api_key=API_KEY,
        secret=SECRET,
        base_url=BASE_URL,
        transport=httpx.MockTransport(script),
        retry=retry if retry is not None else Sleeps().policy(),
        raise_on_error=raise_on_error,
        environ={},
        **settings,
    )


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)
