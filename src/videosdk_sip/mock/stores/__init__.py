"""One store per resource, each knowing only its own records; what links records of
different resources lives in `videosdk_sip.mock.relations`."""

from __future__ import annotations

import attrs

from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores.gateways import GatewayStore
from videosdk_sip.mock.stores.routing_rules import RuleStore
from videosdk_sip.mock.stores.webhooks import WebhookStore

__all__ = ["Stores", "create_stores"]


@attrs.frozen
class Stores:
    """Every store of one mock server."""

    gateways: GatewayStore
    routing_rules: RuleStore
    webhooks: WebhookStore


def create_stores(settings: MockSettings) -> Stores:
    """Fresh stores: the configured gateways, nothing else."""
    return Stores(
        gateways=GatewayStore(settings.gateways),
        routing_rules=RuleStore(),
        webhooks=WebhookStore(),
    )
