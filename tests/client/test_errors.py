"""Errors: a typed exception per kind of failure, and bodies that are not JSON never crash."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from videosdk_sip_client import (
    ApiError,
    AuthenticationError,
    ConflictError,
    ContentTooLargeError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnexpectedResponseError,
    UnsupportedMediaTypeError,
    ValidationError,
)
from videosdk_sip_client.api.routing_rules import (
    create_routing_rule,
    delete_routing_rule,
    get_routing_rule,
)
from videosdk_sip_client.exceptions import ApiConnectionError, translate_transport_errors
from videosdk_sip_client.models import Error, RoutingRule, RoutingRuleCreate

from .helpers import Script, client_for, create_body, json_response, rule_body

NO_RETRY = RetryPolicy.off()

CLASSES = [
    (400, ValidationError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (413, ContentTooLargeError),
    (415, UnsupportedMediaTypeError),
    (422, ValidationError),
    (429, RateLimitError),
    (500, ServerError),
    (502, ServerError),
    (503, ServerError),
    (504, ServerError),
    (520, ServerError),
    (418, ApiError),
]


def _fetch(script: Script, **settings: Any) -> Any:
    return get_routing_rule.sync("rule_1", client=client_for(script, retry=NO_RETRY, **settings))


@pytest.mark.parametrize(("status", "error_class"), CLASSES)
def test_each_status_raises_its_class_with_the_servers_details(
    status: int, error_class: type[ApiError]
) -> None:
    body = {"message": "numbers[0]: bad", "code": "VALIDATION_ERROR", "field": "numbers[0]"}
    script = Script([json_response(status, body, **{"X-Request-Id": "req_42"})])

    with pytest.raises(error_class) as caught:
        _fetch(script)

    error = caught.value
    assert type(error) is error_class
    assert error.status == status
    assert error.message == "numbers[0]: bad"
    assert error.code == "VALIDATION_ERROR"
    assert error.request_id == "req_42"
    assert error.body == body
    assert json.loads(error.text) == body
    assert error.headers["x-request-id"] == "req_42"
    assert error.method == "GET"
    assert error.url == "http://api.test/v2/sip/routing-rules/rule_1"
    assert error.response is not None
    assert error.response.status_code == status
    assert str(error) == f"{status} VALIDATION_ERROR: numbers[0]: bad (request id req_42)"


def test_the_documented_error_body_is_also_parsed_into_the_model() -> None:
    body = {"message": "gone", "code": "NOT_FOUND", "field": "ruleId", "rule": "exists"}
    script = Script([json_response(404, body)])

    with pytest.raises(NotFoundError) as caught:
        _fetch(script)

    assert isinstance(caught.value.error, Error)
    assert caught.value.error.field == "ruleId"
    assert caught.value.error.to_dict() == body


NOT_JSON = [
    pytest.param(
        502,
        "text/html",
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        ServerError,
        id="html-502",
    ),
    pytest.param(
        503, "text/html", b"<!doctype html><p>Service Unavailable</p>", ServerError, id="html-503"
    ),
    pytest.param(500, None, b"", ServerError, id="empty-500"),
    pytest.param(404, "text/plain", b"Not Found", NotFoundError, id="text-404"),
    pytest.param(401, "text/html", b"<h1>Unauthorized</h1>", AuthenticationError, id="html-401"),
    pytest.param(429, None, b"", RateLimitError, id="empty-429"),
    pytest.param(400, "application/json", b"{not json", ValidationError, id="broken-json-400"),
    pytest.param(409, "application/json", b"[1, 2]", ConflictError, id="json-array-409"),
    pytest.param(403, "application/json", b'"forbidden"', PermissionDeniedError, id="string-403"),
    pytest.param(500, "application/json", b"\xff\xfe\x00bad", ServerError, id="not-utf8-500"),
]


@pytest.mark.parametrize(("status", "media", "content", "error_class"), NOT_JSON)
def test_a_body_that_is_not_the_error_json_still_gives_the_typed_error(
    status: int, media: str | None, content: bytes, error_class: type[ApiError]
) -> None:
    headers = {"Content-Type": media} if media else {}
    script = Script([httpx.Response(status, content=content, headers=headers)])

    with pytest.raises(error_class) as caught:
        _fetch(script)

    error = caught.value
    assert error.status == status
    assert error.text == content.decode("utf-8", errors="replace")
    assert error.message.startswith(f"HTTP {status} ")
    assert error.error is None


@pytest.mark.parametrize(("status", "media", "content", "error_class"), NOT_JSON)
def test_without_raising_the_detailed_response_keeps_the_raw_body(
    status: int, media: str | None, content: bytes, error_class: type[ApiError]
) -> None:
    headers = {"Content-Type": media} if media else {}
    script = Script([httpx.Response(status, content=content, headers=headers)])
    client = client_for(script, retry=NO_RETRY, raise_on_error=False)

    detailed = get_routing_rule.sync_detailed("rule_1", client=client)

    assert detailed.status_code == status
    assert detailed.content == content
    assert detailed.parsed is None
    # The plain call always raises: it promises a RoutingRule.
    with pytest.raises(error_class):
        get_routing_rule.sync("rule_1", client=client)


def test_without_raising_a_json_error_is_parsed_into_the_model() -> None:
    body = {"message": "in use", "code": "NUMBER_IN_USE"}
    script = Script([json_response(409, body, **{"X-Request-Id": "req_1"})])
    client = client_for(script, retry=NO_RETRY, raise_on_error=False)

    detailed = create_routing_rule.sync_detailed(
        client=client, body=RoutingRuleCreate.from_dict(create_body())
    )

    assert detailed.status_code == 409
    assert isinstance(detailed.parsed, Error)
    assert detailed.parsed.code == "NUMBER_IN_USE"
    assert detailed.headers["x-request-id"] == "req_1"


def test_a_status_httpstatus_does_not_know_does_not_crash() -> None:
    script = Script([httpx.Response(520, content=b"origin error")])
    client = client_for(script, retry=NO_RETRY, raise_on_error=False)

    detailed = get_routing_rule.sync_detailed("rule_1", client=client)

    assert detailed.status_code == 520
    assert detailed.parsed is None


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        ({"error": "bad token"}, "bad token", None),
        ({"msg": "slow down", "errorCode": 42}, "slow down", "42"),
        ({"error": {"message": "nested"}, "code": "E1"}, "nested", "E1"),
        ({"code": "ONLY_CODE"}, "HTTP 400 Bad Request, with a JSON body with no message", None),
    ],
)
def test_messages_and_codes_are_read_as_the_vendor_sdks_read_them(
    body: dict[str, Any], message: str, code: str | None
) -> None:
    script = Script([json_response(400, body)])

    with pytest.raises(ValidationError) as caught:
        _fetch(script)

    assert caught.value.message == message
    assert caught.value.code == (code if code is not None else body.get("code"))


@pytest.mark.parametrize(
    ("headers", "body", "request_id"),
    [
        ({"X-Request-Id": "a"}, {}, "a"),
        ({"Request-Id": "b"}, {}, "b"),
        ({"X-Amzn-RequestId": "c"}, {}, "c"),
        ({"CF-Ray": "d"}, {}, "d"),
        ({}, {"requestId": "e"}, "e"),
        ({}, {}, None),
    ],
)
def test_the_request_id_is_found_where_proxies_put_it(
    headers: dict[str, str], body: dict[str, Any], request_id: str | None
) -> None:
    script = Script([json_response(500, {"message": "x", **body}, **headers)])

    with pytest.raises(ServerError) as caught:
        _fetch(script)

    assert caught.value.request_id == request_id


@pytest.mark.parametrize(
    ("header", "expected"),
    [("2", 2.0), ("0", 0.0), ("1.5", 1.5), (None, None), ("soon", None)],
)
def test_rate_limit_errors_carry_retry_after(header: str | None, expected: float | None) -> None:
    headers = {"Retry-After": header} if header is not None else {}
    script = Script([json_response(429, {"message": "slow down"}, **headers)])

    with pytest.raises(RateLimitError) as caught:
        _fetch(script)

    assert caught.value.retry_after == expected


def test_a_success_body_that_does_not_parse_is_an_unexpected_response() -> None:
    script = Script([httpx.Response(200, content=b"<html>captive portal</html>")])

    with pytest.raises(UnexpectedResponseError) as caught:
        _fetch(script)

    assert caught.value.status == 200
    assert caught.value.text == "<html>captive portal</html>"
    assert "does not match the documented answer" in caught.value.message


def test_an_undocumented_success_status_is_an_unexpected_response() -> None:
    script = Script([json_response(201, rule_body())])

    with pytest.raises(UnexpectedResponseError, match="status 201 is not a documented answer"):
        _fetch(script)


def test_the_detailed_call_raises_too_by_default_and_carries_the_response() -> None:
    script = Script([json_response(404, {"message": "no rule", "code": "NOT_FOUND"})])
    client = client_for(script, retry=NO_RETRY)

    with pytest.raises(NotFoundError) as caught:
        delete_routing_rule.sync_detailed("rule_1", client=client)

    assert caught.value.response is not None
    assert caught.value.response.content == b'{"message":"no rule","code":"NOT_FOUND"}'


def test_async_calls_raise_the_same_errors() -> None:
    script = Script([httpx.Response(502, content=b"<html>bad gateway</html>")])
    client = client_for(script, retry=NO_RETRY)

    async def main() -> None:
        with pytest.raises(ServerError):
            await get_routing_rule.asyncio("rule_1", client=client)
        with pytest.raises(ServerError):
            await get_routing_rule.asyncio_detailed("rule_1", client=client)

    asyncio.run(main())


def test_error_text_never_carries_the_token() -> None:
    script = Script([json_response(401, {"message": "Authorization: the token has expired"})])
    client = client_for(script, retry=NO_RETRY)

    with pytest.raises(AuthenticationError) as caught:
        get_routing_rule.sync("rule_1", client=client)

    token = script.requests[0].headers["Authorization"]
    assert token not in str(caught.value)
    assert token not in repr(caught.value)


def test_success_answers_parse_into_models() -> None:
    script = Script([json_response(200, rule_body())])
    rule = _fetch(script)
    assert isinstance(rule, RoutingRule)
    assert rule.to_dict() == rule_body()


def test_a_header_h11_refuses_is_not_quoted_in_the_error() -> None:
    leaked = "eyJhbGciOiJIUzI1NiJ9.SECRETPAYLOAD.sig"
    with pytest.raises(ApiConnectionError) as raised, translate_transport_errors():
        raise httpx.LocalProtocolError(f"Illegal header value b'{leaked}\\n'")

    assert "SECRETPAYLOAD" not in str(raised.value)
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


@pytest.mark.parametrize("status", [413, 415])
def test_the_413_and_415_errors_are_still_validation_errors(status: int) -> None:
    script = Script([json_response(status, {"message": "refused"})])

    with pytest.raises(ValidationError):
        _fetch(script)
