"""Shared pieces of the mock's tests: keys, tokens, request bodies, and a check that every
answer the mock gives is one the document allows."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Mapping
from typing import Any

import httpx
import jsonschema_rs
import jwt

from videosdk_sip.mock.app import MockApp
from videosdk_sip.mock.openapi import read_api, resolve
from videosdk_sip.spec import load_document, schema_for

KEY_A = "key-a"
SECRET_A = "secret-a-" + "0123456789abcdef" * 4
KEY_B = "key-b"
SECRET_B = "secret-b-" + "0123456789abcdef" * 4
INBOUND = "gateway_in_123456789"
OUTBOUND = "gateway_out_987654321"
RULES = "/v2/sip/routing-rules"


# Tokens in parametrize lists are minted at import: three hours outlive a whole test run on a
# loaded machine, where ten minutes did not.
def claims(api_key: str = KEY_A, lifetime: int = 3 * 3600, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    values: dict[str, Any] = {
        "apikey": api_key,
        "permissions": ["allow_join"],
        "version": 2,
        "roles": ["crawler"],
        "iat": now,
        "exp": now + lifetime,
    }
    for name, value in overrides.items():
        if value is None:
            values.pop(name, None)
        else:
            values[name] = value
    return values


def mint(
    api_key: str = KEY_A,
    secret: str = SECRET_A,
    algorithm: str = "HS256",
    **overrides: Any,
) -> str:
    """An HS256 token as the vendor's SDKs mint it; `claim=None` leaves a claim out."""
    return jwt.encode(claims(api_key, **overrides), secret, algorithm=algorithm)


def unsigned(header: Any, payload: Mapping[str, Any], signature: bytes) -> str:
    """A JWT-shaped string with any header, payload and signature bytes."""

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    return ".".join(
        [part(json.dumps(header).encode()), part(json.dumps(payload).encode()), part(signature)]
    )


def rule_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "gatewayId": INBOUND,
        "name": "Support Line Rule",
        "numbers": ["+14150001111", "+14150002222"],
        "dispatch": {
            "room": {"type": "dynamic", "prefix": "support", "id": "room_123", "pin": "4321"},
            "agent": {"type": "cloud", "id": "agent_789", "metadata": {"department": "sales"}},
        },
        "hidePhoneNumber": False,
        "metadata": {"env": "test"},
        "tags": ["priority", "support"],
    }
    for name, value in overrides.items():
        if value is None:
            body.pop(name, None)
        else:
            body[name] = value
    return body


class Conformance:
    """Checks an answer against the document: a documented status for the operation (404
    for an unknown path, 405 with the right `Allow` for an unknown method), the schema of
    that status's body, `X-Request-Id` always, and every required header (`Retry-After`)."""

    def __init__(self) -> None:
        self.document = load_document()
        self.api = read_api(self.document)
        self._validators: dict[str, jsonschema_rs.Validator] = {}
        self.checked = 0

    def _validator(self, pointer: str) -> jsonschema_rs.Validator:
        if pointer not in self._validators:
            self._validators[pointer] = jsonschema_rs.Draft4Validator(
                schema_for(self.document, pointer)
            )
        return self._validators[pointer]

    def check(self, method: str, path: str, response: httpx.Response) -> None:
        assert response.headers.get("x-request-id"), "every answer carries X-Request-Id"
        status = response.status_code
        matched = next(self.api.matches(path), None)
        error_schema = "#/components/schemas/Error"
        if matched is None:
            if path in ("/docs", "/openapi.yaml", "/openapi.json", "/", "/docs/"):
                assert status in (200, 307, 405), (path, status)
                return
            assert status == 404, (method, path, status)
            self._body(response, error_schema)
            return
        item, values = matched
        # A literal path answers only its own methods; templates share one (decision C26).
        candidates = [(item, values)] if not values else self.api.matches(path)
        operation = next(
            (other.operations[method] for other, _ in candidates if method in other.operations),
            None,
        )
        if operation is None:
            assert status == 405, (method, path, status)
            assert response.headers["allow"] == ", ".join(sorted(item.operations))
            self._body(response, error_schema)
            return
        assert status in operation.responses, (operation.operation_id, status, response.text)
        answer = operation.responses[status]
        schema = answer["content"]["application/json"]["schema"]
        self._body(response, schema["$ref"])
        for name, header in answer.get("headers", {}).items():
            header = resolve(self.document, header)
            if header.get("required"):
                assert name.lower() in response.headers, (status, name)
                if header["schema"].get("type") == "integer":
                    assert int(response.headers[name]) >= header["schema"].get("minimum", 0)
        self.checked += 1

    def _body(self, response: httpx.Response, pointer: str) -> None:
        assert response.headers["content-type"].startswith("application/json")
        if response.request.method == "HEAD":
            return  # a HEAD answer has no body
        body = response.json()
        errors = [error.message for error in self._validator(pointer).iter_errors(body)]
        assert not errors, (pointer, errors, body)


def conforming_client(
    app: MockApp, conformance: Conformance, token: str | None
) -> httpx.AsyncClient:
    """An in-process client for `app` that checks every answer with `conformance`."""

    async def check(response: httpx.Response) -> None:
        await response.aread()
        conformance.check(response.request.method, response.request.url.path, response)

    headers = {"Authorization": token} if token is not None else {}
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://mock.test",
        headers=headers,
        event_hooks={"response": [check]},
    )
