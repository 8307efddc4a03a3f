"""Per resource kind, which operations create, read, change, list and delete it, and how
each list filter matches an item: data read with the document's operationIds, no paths."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from attrs import field, frozen

from videosdk_sip.contract.ownership import ROUTING_RULE, ResourceKind, text_field

__all__ = [
    "NUMBER_RELATIONS",
    "SEMANTIC_KINDS",
    "SERVER_OWNED",
    "SIDE_UPDATES",
    "ListFilter",
    "Match",
    "NumberRelation",
    "SemanticKind",
    "SideUpdate",
]

SERVER_OWNED = frozenset({"createdAt", "updatedAt"})
"""Fields the server sets on its own; no check compares them."""


class Match(Enum):
    """How a filter's value selects items."""

    CONTAINS = "contains"  # case-insensitive substring of any of the fields
    REGEX = "regex"  # case-insensitive regular expression found in any of the fields
    EQUALS = "equals"  # the field equals the value (case-insensitively for enum-like values)
    ONE_OF = "one_of"  # the field equals one of the comma-separated values


@frozen
class ListFilter:
    """A list's query parameter and the rule by which it selects items."""

    parameter: str
    match: Match
    fields: tuple[str, ...]
    ignore_case: bool = False

    def selects(self, item: Mapping[str, object], value: object) -> bool | None:
        """Whether `item` matches `value`; None when it cannot be told (a field the item
        does not carry, a value that is no valid pattern)."""
        texts = _texts(item, self.fields)
        if texts is None:
            return None
        wanted = value if isinstance(value, str) else None
        if isinstance(value, list) and all(isinstance(part, str) for part in value):
            wanted = ",".join(value)
        if wanted is None:
            return None
        if self.match is Match.CONTAINS:
            return any(_contains(text, wanted) for text in texts)
        if self.match is Match.REGEX:
            try:
                pattern = re.compile(wanted, re.IGNORECASE)
            except re.error:
                return None
            return any(pattern.search(text) for text in texts)
        choices = wanted.split(",") if self.match is Match.ONE_OF else [wanted]
        if self.ignore_case:
            return any(text.casefold() == choice.casefold() for text in texts for choice in choices)
        return any(text in choices for text in texts)


def _texts(item: Mapping[str, object], fields: tuple[str, ...]) -> list[str] | None:
    texts: list[str] = []
    seen = False
    for name in fields:
        value = item.get(name)
        if isinstance(value, str):
            texts.append(value)
            seen = True
        elif isinstance(value, list):
            texts.extend(part for part in value if isinstance(part, str))
            seen = True
    return texts if seen else None


def _contains(text: str, needle: str) -> bool:
    # Servers fold case in different ways; any of the usual ones counts as a match.
    return any(fold(needle) in fold(text) for fold in (str.casefold, str.lower, str.upper))


@frozen
class SemanticKind:
    """A resource kind as the semantic checks see it: its five operations by operationId."""

    name: str
    create: str
    get: str
    update: str
    delete: str
    listing: str
    filters: tuple[ListFilter, ...]
    id_field: str = "id"
    ownership: ResourceKind | None = None
    search: str | None = "search"
    """The filter the sweep lists the run's own items with (their names carry its prefix)."""
    exclusive_numbers: tuple[str, str, str] | None = None
    """(numbers field, type field, type value): numbers no two rules of that type share."""
    server_owned: frozenset[str] = SERVER_OWNED
    numbers_field: str | None = "numbers"
    """The field listing the phone numbers the resource holds, if it holds any."""
    answered_as: Mapping[str, str] = field(factory=dict)
    """Request fields the answer holds under another name (`phoneNumbers` -> `numbers`)."""
    reset_by_update: frozenset[str] = frozenset()
    """Fields an update may reset when it does not send them (a reading the contract allows:
    `docs/contract-decisions.md` C1); the update check does not hold them to their value."""

    def id_of(self, answer: object) -> str | None:
        return text_field(answer, self.id_field)

    def as_answered(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """A request body with its fields named as the answer names them."""
        return {self.answered_as.get(name, name): value for name, value in body.items()}

    def filter(self, parameter: str) -> ListFilter | None:
        return next((item for item in self.filters if item.parameter == parameter), None)


SEED_ROUTING_RULE = SemanticKind(
    name="routing rule",
    create="createRoutingRule",
    get="getRoutingRule",
    update="updateRoutingRule",
    delete="deleteRoutingRule",
    listing="listRoutingRules",
    filters=(
        ListFilter("search", Match.CONTAINS, ("name",)),
        ListFilter("id", Match.EQUALS, ("id",)),
        ListFilter("gatewayId", Match.EQUALS, ("gatewayId",)),
    ),
    ownership=ROUTING_RULE,
    exclusive_numbers=("numbers", "type", "INBOUND"),
)

NUMBER_ROUTING_RULE = SemanticKind(
    name="number routing rule",
    create="createNumberRoutingRule",
    get="getNumberRoutingRule",
    update="updateNumberRoutingRule",
    delete="deleteNumberRoutingRule",
    listing="listNumberRoutingRules",
    filters=(
        ListFilter("search", Match.REGEX, ("name", "numbers")),
        ListFilter("ruleIds", Match.ONE_OF, ("id",)),
        ListFilter("type", Match.EQUALS, ("type",), ignore_case=True),
    ),
    exclusive_numbers=("numbers", "type", "inbound"),
    answered_as={"phoneNumbers": "numbers"},
)

GATEWAY_RESETS = frozenset({"record", "noiseCancellation", "enableDtmf", "geoRegion"})

INBOUND_GATEWAY = SemanticKind(
    name="inbound gateway",
    create="createInboundGateway",
    get="getInboundGateway",
    update="updateInboundGateway",
    delete="deleteInboundGateway",
    listing="listInboundGateways",
    filters=(
        ListFilter("search", Match.CONTAINS, ("name",)),
        ListFilter("id", Match.EQUALS, ("id",)),
    ),
    reset_by_update=GATEWAY_RESETS,
)

OUTBOUND_GATEWAY = SemanticKind(
    name="outbound gateway",
    create="createOutboundGateway",
    get="getOutboundGateway",
    update="updateOutboundGateway",
    delete="deleteOutboundGateway",
    listing="listOutboundGateways",
    filters=(
        ListFilter("search", Match.CONTAINS, ("name",)),
        ListFilter("id", Match.EQUALS, ("id",)),
    ),
    reset_by_update=GATEWAY_RESETS,
)

WEBHOOK = SemanticKind(
    name="webhook",
    create="createWebhook",
    get="getWebhook",
    update="updateWebhook",
    delete="deleteWebhook",
    listing="listWebhooks",
    filters=(
        ListFilter("search", Match.CONTAINS, ("url",)),
        ListFilter("id", Match.EQUALS, ("id", "webhookId")),
    ),
    search=None,
    numbers_field=None,
)

SEMANTIC_KINDS: tuple[SemanticKind, ...] = (
    SEED_ROUTING_RULE,
    NUMBER_ROUTING_RULE,
    INBOUND_GATEWAY,
    OUTBOUND_GATEWAY,
    WEBHOOK,
)
"""Every kind with the five operations; a kind plugs in by adding a row here."""


@frozen
class NumberRelation:
    """An operation after whose 2xx answer a phone number must have left resources of some
    kinds: the number is read from the answer's field or the body's."""

    operation_id: str
    source: str  # "answer" or "body"
    field: str
    leaves: tuple[str, ...]  # kind names
    meaning: str

    def number(self, answer: object, body: object) -> str | None:
        return text_field(answer if self.source == "answer" else body, self.field)


NUMBER_RELATIONS: tuple[NumberRelation, ...] = (
    NumberRelation(
        "releasePhoneNumber",
        "answer",
        "e164",
        # Gateways may hold numbers that are not registered, and a repeated release of a
        # number no longer registered answers 200 without touching a gateway given it since:
        # the gateway side of a release is checked through the detach relation only.
        (NUMBER_ROUTING_RULE.name,),
        "a released number leaves every routing rule",
    ),
    NumberRelation(
        "detachPhoneNumber",
        "body",
        "phoneNumber",
        (INBOUND_GATEWAY.name, OUTBOUND_GATEWAY.name),
        "a detached number leaves its gateways",
    ),
)


@frozen
class SideUpdate:
    """An operation that changes a resource of another kind and answers only a message: the
    fields it sent (named as the resource answers them) are no longer compared, since no
    answer says what they became, until the resource's own update answers them again."""

    operation_id: str
    parameter: str  # the path parameter naming the resource
    kinds: tuple[str, ...]  # kind names the resource may be of
    answered_as: Mapping[str, str] = field(factory=dict)


SIDE_UPDATES: tuple[SideUpdate, ...] = (
    SideUpdate(
        "updatePhoneNumberGateway",
        "gatewayId",
        (INBOUND_GATEWAY.name, OUTBOUND_GATEWAY.name),
        {"sipRegion": "geoRegion"},
    ),
)
