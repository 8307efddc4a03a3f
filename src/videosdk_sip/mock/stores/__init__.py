"""One store per resource, each knowing only its own records; what links records of
different resources lives in `videosdk_sip.mock.relations`."""

from __future__ import annotations

import threading

import attrs

from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores.gateways import GatewayStore
from videosdk_sip.mock.stores.number_rules import NumberRuleStore
from videosdk_sip.mock.stores.phone_numbers import PhoneNumberStore
from videosdk_sip.mock.stores.routing_rules import RuleStore

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


def create_stores(settings: MockSettings) -> Stores:
    """Fresh stores: each API key starts with the configured gateways and numbers."""
    lock = threading.RLock()
    return Stores(
        gateways=GatewayStore(lock, settings.gateways),
        routing_rules=RuleStore(),
        number_rules=NumberRuleStore(lock),
        phone_numbers=PhoneNumberStore(lock, settings.phone_numbers),
        lock=lock,
    )
