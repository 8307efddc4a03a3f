"""One store per resource, each knowing only its own records; what links records of
different resources lives in `videosdk_sip.mock.relations`."""

from __future__ import annotations

import threading

import attrs

from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores.call_lifecycle import CallLifecycle
from videosdk_sip.mock.stores.calls import CallStore
from videosdk_sip.mock.stores.gateways import GatewayStore
from videosdk_sip.mock.stores.number_rules import NumberRuleStore
from videosdk_sip.mock.stores.phone_numbers import PhoneNumberStore
from videosdk_sip.mock.stores.routing_rules import RuleStore
from videosdk_sip.mock.stores.webhooks import WebhookStore

__all__ = ["Stores", "create_stores"]


@attrs.frozen
class Stores:
    """Every store of one mock server."""

    gateways: GatewayStore
    routing_rules: RuleStore
    number_rules: NumberRuleStore
    phone_numbers: PhoneNumberStore
    lock: threading.RLock
    """Held by every store of the current API, and by `relations` around a change that
    spans them, so that such a change is one atomic step."""
    webhooks: WebhookStore
    calls: CallStore
    call_lifecycle: CallLifecycle
    """Moves the calls of `calls` through their simulated lifecycle."""


def create_stores(settings: MockSettings) -> Stores:
    """Fresh stores: each API key starts with the configured gateways and numbers."""
    lock = threading.RLock()
    calls = CallStore()
    return Stores(
        gateways=GatewayStore(lock, settings.gateways),
        routing_rules=RuleStore(settings.max_rules_per_key, settings.max_rule_bytes),
        number_rules=NumberRuleStore(lock),
        phone_numbers=PhoneNumberStore(lock, settings.phone_numbers),
        lock=lock,
        webhooks=WebhookStore(),
        calls=calls,
        call_lifecycle=CallLifecycle(calls, settings.calls),
    )
