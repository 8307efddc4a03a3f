"""Every resource the mock serves. A new resource is one more entry in `RESOURCES`: a class
built from the stores and relations whose `handlers()` covers its operationIds."""

from __future__ import annotations

from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.resources.calls import Calls
from videosdk_sip.mock.resources.gateways import Gateways
from videosdk_sip.mock.resources.interface import Handler, ResourceFactory
from videosdk_sip.mock.resources.number_rules import NumberRules
from videosdk_sip.mock.resources.phone_numbers import PhoneNumbers
from videosdk_sip.mock.resources.routing_rules import RoutingRules
from videosdk_sip.mock.resources.webhooks import Webhooks
from videosdk_sip.mock.stores import Stores

__all__ = ["RESOURCES", "handlers_for"]

RESOURCES: tuple[ResourceFactory, ...] = (
    RoutingRules,
    Gateways,
    PhoneNumbers,
    NumberRules,
    Webhooks,
    Calls,
)


def handlers_for(
    stores: Stores, resources: tuple[ResourceFactory, ...] = RESOURCES
) -> dict[str, Handler]:
    """Every resource's handlers by operationId; an operationId claimed twice is an error."""
    relations = Relations(stores)
    handlers: dict[str, Handler] = {}
    for factory in resources:
        for operation_id, handler in factory(stores, relations).handlers().items():
            if operation_id in handlers:
                raise ValueError(f"two resources handle the operation {operation_id!r}")
            handlers[operation_id] = handler
    return handlers
