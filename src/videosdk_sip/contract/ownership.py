"""Which resources are this run's own: proved from the answers, never assumed.

A resource kind says where its resources live and how to read an id from an answer. An id
becomes the run's own only when a create answer names a new id and the answer carries the
run's marks (`RuleMarker.owns`: the name prefix and the tag). Any other create answer is a
foreign claim: the id is remembered as not the run's, and nothing else is ever sent to it.
Every kind the suite creates is here (`KINDS`), each marked as its schema allows.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from urllib.parse import quote

from attrs import frozen

from videosdk_sip.contract.marking import RuleMarker

__all__ = ["KINDS", "ROUTING_RULE", "Claim", "Ledger", "ResourceKind", "text_field"]


def text_field(record: object, name: str) -> str | None:
    """`record[name]` when `record` is a mapping and that is a non-empty string, else None."""
    value = record.get(name) if isinstance(record, Mapping) else None
    return value if isinstance(value, str) and value else None


@frozen
class ResourceKind:
    """A kind of resource the suite creates, and how to find, re-read and delete one.

    `marks` says how a resource shows it is the run's: `name-and-tags` (the name prefix and
    the tag, for kinds whose schema has both) or `webhook-url` (the run's id in the URL's
    query: a webhook has neither a name nor tags)."""

    name: str
    create_operation_id: str
    collection_path: str
    path_parameter: str
    operation_ids: tuple[str, ...] = ()
    """The item operations (read, update, delete) whose path names one of these."""
    id_field: str = "id"
    search_parameter: str = "search"
    marks: str = "name-and-tags"

    def owns(self, marker: RuleMarker, resource: object) -> bool:
        if self.marks == "webhook-url":
            return marker.owns_webhook(resource)
        return marker.owns(resource)

    def id_of(self, answer: object) -> str | None:
        return text_field(answer, self.id_field)

    def item_path(self, resource_id: str) -> str:
        return f"{self.collection_path}/{quote(resource_id, safe='')}"


ROUTING_RULE = ResourceKind(
    name="routing rule",
    create_operation_id="createRoutingRule",
    collection_path="/v2/sip/routing-rules",
    path_parameter="ruleId",
    operation_ids=("getRoutingRule", "updateRoutingRule", "deleteRoutingRule"),
)
NUMBER_ROUTING_RULE = ResourceKind(
    name="number routing rule",
    create_operation_id="createNumberRoutingRule",
    collection_path="/v2/sip/routing-rule",
    path_parameter="ruleId",
    operation_ids=("getNumberRoutingRule", "updateNumberRoutingRule", "deleteNumberRoutingRule"),
)
WEBHOOK = ResourceKind(
    name="webhook",
    create_operation_id="createWebhook",
    collection_path="/v2/sip/webhooks",
    path_parameter="webhookId",
    operation_ids=("getWebhook", "updateWebhook", "deleteWebhook"),
    marks="webhook-url",
)
INBOUND_GATEWAY = ResourceKind(
    name="inbound gateway",
    create_operation_id="createInboundGateway",
    collection_path="/v2/sip/inbound-gateways",
    path_parameter="gatewayId",
    operation_ids=("getInboundGateway", "updateInboundGateway", "deleteInboundGateway"),
)
OUTBOUND_GATEWAY = ResourceKind(
    name="outbound gateway",
    create_operation_id="createOutboundGateway",
    collection_path="/v2/sip/outbound-gateways",
    path_parameter="gatewayId",
    operation_ids=("getOutboundGateway", "updateOutboundGateway", "deleteOutboundGateway"),
)

KINDS: tuple[ResourceKind, ...] = (
    NUMBER_ROUTING_RULE,
    ROUTING_RULE,
    WEBHOOK,
    INBOUND_GATEWAY,
    OUTBOUND_GATEWAY,
)
"""Every kind the suite creates and deletes, in the order cleanup deletes them: rules before
the gateways they name, so that no delete is refused for a rule still using a gateway. The
run's calls are ended before any of them, and its phone numbers detached after
(`cleanup`)."""


@frozen
class Claim:
    """What one create answer proved: `owned` is False for an id that is not the run's."""

    kind: ResourceKind
    resource_id: str
    owned: bool
    reason: str = ""


class Ledger:
    """The run's own ids per kind, the ids known not to be its own, and what was deleted.

    Shared by the schemathesis hooks, the client check and cleanup; safe across threads.
    """

    def __init__(self, marker: RuleMarker) -> None:
        self.marker = marker
        self._lock = threading.Lock()
        self._owned: dict[ResourceKind, dict[str, None]] = {}
        self._deleted: dict[ResourceKind, set[str]] = {}
        self._foreign: dict[ResourceKind, set[str]] = {}

    def claim(self, kind: ResourceKind, answer: object) -> Claim | None:
        """Reads a successful create answer; None when it names no id at all."""
        resource_id = kind.id_of(answer)
        if resource_id is None:
            return None
        with self._lock:
            owned = self._owned.setdefault(kind, {})
            foreign = self._foreign.setdefault(kind, set())
            if resource_id in foreign:
                reason = f"{kind.name} {resource_id} is known not to be this run's"
            elif resource_id in owned:
                reason = f"{kind.name} {resource_id} was answered by an earlier create already"
            elif not kind.owns(self.marker, answer):
                reason = (
                    f"the answer does not carry this run's marks (a name starting with "
                    f"{self.marker.prefix} and the tag {self.marker.tag})"
                )
            else:
                owned[resource_id] = None
                self._deleted.setdefault(kind, set()).discard(resource_id)
                return Claim(kind, resource_id, owned=True)
            foreign.add(resource_id)
            owned.pop(resource_id, None)
            return Claim(kind, resource_id, owned=False, reason=reason)

    def refuse(self, kind: ResourceKind, resource_id: str) -> None:
        """Remembers an id as not the run's (seen in an answer with someone else's marks)."""
        with self._lock:
            if resource_id not in self._owned.get(kind, {}):
                self._foreign.setdefault(kind, set()).add(resource_id)

    def deleted(self, kind: ResourceKind, resource_id: str) -> None:
        with self._lock:
            if resource_id in self._owned.get(kind, {}):
                self._deleted.setdefault(kind, set()).add(resource_id)

    def owns(self, kind: ResourceKind, resource_id: str) -> bool:
        with self._lock:
            return resource_id in self._owned.get(kind, {})

    def is_foreign(self, kind: ResourceKind, resource_id: str) -> bool:
        with self._lock:
            return resource_id in self._foreign.get(kind, set())

    def owned(self, kind: ResourceKind) -> list[str]:
        """Every id of `kind` proved the run's own, in the order first seen."""
        with self._lock:
            return list(self._owned.get(kind, {}))

    def foreign(self, kind: ResourceKind) -> list[str]:
        with self._lock:
            return sorted(self._foreign.get(kind, set()))

    def pending(self, kind: ResourceKind) -> list[str]:
        """The run's own ids not yet answered as deleted, in the order first seen."""
        with self._lock:
            gone = self._deleted.get(kind, set())
            return [item for item in self._owned.get(kind, {}) if item not in gone]
