"""Shared pieces for the resource-client tests: bodies, a running mock, a counting transport."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from videosdk_sip.mock.server import running_mock
from videosdk_sip.mock.settings import MockSettings

API_KEY = "sdk-test-api-key"
SECRET = "sdk-test-secret-that-is-long-enough-for-hs256"
INBOUND = "gateway_in_123456789"
OUTBOUND = "gateway_out_987654321"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def rule_body(rule_id: str = "rule_1", **changes: Any) -> dict[str, Any]:
    """A rule as the API answers it (the seed's answer, with another id)."""
    body: dict[str, Any] = json.loads((FIXTURES / "seed_create_response.json").read_text())
    body["id"] = rule_id
    body.update(changes)
    return body


def create_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "gatewayId": OUTBOUND,
        "name": "Front desk",
        "numbers": ["+14150003333"],
        "dispatch": {"room": {"type": "static", "id": "room_front_desk"}},
    }
    body.update(changes)
    return body


@contextmanager
def mock_url() -> Iterator[str]:
    """A fresh mock on 127.0.0.1 that knows API_KEY and SECRET."""
    with running_mock(MockSettings(credentials={API_KEY: SECRET})) as url:
        yield url


class Counting(httpx.HTTPTransport):
    """The network transport, counting the requests that went out."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(f"{request.method} {request.url.path}?{request.url.query.decode()}")
        return super().handle_request(request)
