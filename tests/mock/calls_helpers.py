"""Shared pieces of the calls' and deliveries' tests: an outbound rule to call through, and
a call's request body."""

from __future__ import annotations

from typing import Any

from videosdk_sip.mock.app import MockApp
from videosdk_sip.mock.stores.number_rules import StoredRule

from .helpers import KEY_A

CALLS = "/v2/sip/call"
WEBHOOKS = "/v2/sip/webhooks"
CALLER = "+14155559876"
CALLEE = "+14155550123"


def outbound_rule(app: MockApp, api_key: str = KEY_A, kind: str = "outbound") -> str:
    """Stores a rule of `kind` with the number `CALLER` for `api_key`; its id."""
    rule = app.stores.number_rules.create(
        api_key,
        {
            "name": f"{kind} calls",
            "type": kind,
            "phoneNumbers": [CALLER],
            "room": {"type": "static", "id": "room_123456"},
        },
    )
    assert isinstance(rule, StoredRule)
    return str(rule.fields["id"])


def call_body(rule_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"sipCallTo": CALLEE, "sipCallFrom": CALLER, "routingRuleId": rule_id}
    body.update(overrides)
    return {name: value for name, value in body.items() if value is not None}


def statuses(call: dict[str, Any]) -> list[str]:
    return [entry["status"] for entry in call["timelog"]]
