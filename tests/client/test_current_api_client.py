"""The current API through the generated client: each method is retried by the vendor SDK's
rules (POST and PATCH never on a 5xx), every documented error status raises its typed error,
a non-JSON error body still does, and a 201 create parses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from videosdk_sip_client import (
    ApiError,
    AuthenticatedClient,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from videosdk_sip_client.api.calls import create_call, end_call, get_call
from videosdk_sip_client.api.inbound_gateways import update_inbound_gateway
from videosdk_sip_client.api.number_routing_rules import (
    create_number_routing_rule,
    delete_number_routing_rule,
)
from videosdk_sip_client.api.phone_numbers import get_phone_number, release_phone_number
from videosdk_sip_client.api.webhooks import list_webhooks, update_webhook
from videosdk_sip_client.models import (
    CallCreate,
    CallEnd,
    InboundGatewayUpdate,
    NumberRoutingRule,
    NumberRoutingRuleCreate,
    WebhookUpdate,
)

from .helpers import Script, client_for, json_response

CALL = {"data": {"callId": "call_1", "status": "initiated"}, "message": "ok"}
RULE = {"id": "rr_1", "name": "n", "type": "inbound", "numbers": ["+14155551234"]}
GATEWAY = {"id": "gw_1", "name": "n"}
PAGE = {"pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 0}, "data": []}
WEBHOOK = {"id": "wh_1", "url": "https://example.com/hook", "events": ["call-hangup"]}

Send = Callable[[AuthenticatedClient], Any]

# (label, method, the call, a success answer)
CALLS: list[tuple[str, str, Send, dict[str, Any]]] = [
    (
        "createCall",
        "POST",
        lambda c: create_call.sync(
            client=c,
            body=CallCreate.from_dict(
                {"sipCallTo": "+14155550123", "sipCallFrom": "+14155559876", "routingRuleId": "r"}
            ),
        ),
        CALL,
    ),
    (
        "endCall",
        "POST",
        lambda c: end_call.sync(client=c, body=CallEnd.from_dict({"callId": "call_1"})),
        CALL,
    ),
    (
        "updateInboundGateway",
        "PATCH",
        lambda c: update_inbound_gateway.sync(
            "gw_1", client=c, body=InboundGatewayUpdate.from_dict({"name": "x"})
        ),
        GATEWAY,
    ),
    (
        "updateWebhook",
        "PATCH",
        lambda c: update_webhook.sync(
            "wh_1",
            client=c,
            body=WebhookUpdate.from_dict(
                {"url": "https://example.com/h", "events": ["call-hangup"]}
            ),
        ),
        WEBHOOK,
    ),
    ("getCall", "GET", lambda c: get_call.sync("call_1", client=c), CALL),
    ("listWebhooks", "GET", lambda c: list_webhooks.sync(client=c), PAGE),
    (
        "getPhoneNumber",
        "GET",
        lambda c: get_phone_number.sync("+14155551234", client=c),
        {"phoneNumber": {"phoneNumberId": "pn_1", "e164": "+14155551234"}},
    ),
    (
        "deleteNumberRoutingRule",
        "DELETE",
        lambda c: delete_number_routing_rule.sync("rr_1", client=c),
        {"message": "deleted", "ruleId": "rr_1"},
    ),
]
IDS = [call[0] for call in CALLS]


@pytest.mark.parametrize(("label", "method", "send", "answer"), CALLS, ids=IDS)
def test_a_server_error_is_retried_only_for_idempotent_methods(
    label: str, method: str, send: Send, answer: dict[str, Any]
) -> None:
    script = Script([json_response(503, {"message": "down"}), json_response(200, answer)])

    if method in {"POST", "PATCH"}:
        with pytest.raises(ServerError):
            send(client_for(script))
        assert script.count == 1
    else:
        send(client_for(script))
        assert script.count == 2
    assert script.methods() == [method] * script.count


@pytest.mark.parametrize(("label", "method", "send", "answer"), CALLS, ids=IDS)
def test_a_rate_limit_is_retried_for_every_method(
    label: str, method: str, send: Send, answer: dict[str, Any]
) -> None:
    script = Script(
        [
            json_response(429, {"message": "slow"}, **{"Retry-After": "1"}),
            json_response(200, answer),
        ]
    )

    send(client_for(script))

    assert script.count == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, ValidationError),
        (415, ValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_each_documented_status_raises_its_typed_error(status: int, error: type[ApiError]) -> None:
    script = Script([json_response(status, {"message": "no", "code": "X", "field": "name"})] * 3)

    with pytest.raises(error) as caught:
        create_number_routing_rule.sync(
            client=client_for(script),
            body=NumberRoutingRuleCreate.from_dict(
                {"name": "n", "type": "inbound", "phoneNumbers": ["+14155551234"]}
            ),
        )

    assert caught.value.status == status
    assert caught.value.code == "X"


def test_an_html_error_page_still_gives_the_typed_error() -> None:
    page = httpx.Response(404, text="<html>not here</html>", headers={"content-type": "text/html"})
    script = Script([page])

    with pytest.raises(NotFoundError) as caught:
        release_phone_number.sync("pn_1", client=client_for(script))

    assert "not here" in caught.value.text


def test_the_rule_create_answers_201_and_parses() -> None:
    script = Script([json_response(201, RULE)])

    rule = create_number_routing_rule.sync(
        client=client_for(script),
        body=NumberRoutingRuleCreate.from_dict(
            {"name": "n", "type": "inbound", "phoneNumbers": ["+14155551234"]}
        ),
    )

    assert isinstance(rule, NumberRoutingRule)
    assert rule.to_dict() == RULE
    assert script.requests[0].url.path == "/v2/sip/routing-rule"


def test_a_plus_in_a_path_number_is_sent_encoded() -> None:
    script = Script([json_response(200, {"phoneNumber": {"phoneNumberId": "p", "e164": "+1"}})])

    get_phone_number.sync("+14155551234", client=client_for(script))

    assert script.requests[0].url.raw_path == b"/v2/sip/phone-numbers/%2B14155551234"
