"""The inbound and outbound gateways (`/v2/sip/inbound-gateways`, `/v2/sip/outbound-gateways`):
create, list, get, partial update, soft delete."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from videosdk_sip.mock.answers import Answer, error, not_found
from videosdk_sip.mock.relations import Relations, number_clash_problems
from videosdk_sip.mock.resources.interface import Handler, Request
from videosdk_sip.mock.settings import Direction
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.gateways import (
    GATEWAY_DELETED,
    GatewayStore,
    NumberClash,
    gateway_fields,
    public_auth,
)

__all__ = ["Gateways"]

_DELETED_BODY = orjson.dumps({"message": GATEWAY_DELETED})


def gateway_changes(request: Mapping[str, Any]) -> dict[str, Any]:
    """The answer fields a valid gateway update replaces (`auth` without its password)."""
    changes = dict(request)
    if "auth" in changes:
        changes["auth"] = public_auth(changes["auth"])
    return changes


class Gateways:
    """What each gateway operation, of either direction, does to the gateway store."""

    def __init__(self, stores: Stores, relations: Relations) -> None:
        self._gateways = stores.gateways

    def handlers(self) -> Mapping[str, Handler]:
        handlers: dict[str, Handler] = {}
        directions: tuple[tuple[Direction, str], ...] = (
            ("INBOUND", "Inbound"),
            ("OUTBOUND", "Outbound"),
        )
        for direction, word in directions:
            operations = _DirectionOperations(self._gateways, direction)
            handlers[f"create{word}Gateway"] = operations.create
            handlers[f"list{word}Gateways"] = operations.list_page
            handlers[f"get{word}Gateway"] = operations.get
            handlers[f"update{word}Gateway"] = operations.update
            handlers[f"delete{word}Gateway"] = operations.delete
        return handlers


class _DirectionOperations:
    """The five operations on the gateways of one direction."""

    __slots__ = ("_direction", "_gateways", "_what")

    def __init__(self, gateways: GatewayStore, direction: Direction) -> None:
        self._gateways = gateways
        self._direction: Direction = direction
        self._what = f"{direction.lower()} gateway"

    def create(self, request: Request) -> Answer | bytes:
        created = self._gateways.create(
            request.api_key, self._direction, gateway_fields(self._direction, request.body)
        )
        if isinstance(created, NumberClash):
            return _number_in_use(created)
        return created.body

    def list_page(self, request: Request) -> Answer | bytes:
        query = request.query
        body = self._gateways.page(
            request.api_key,
            self._direction,
            gateway_id=query.get("id"),
            search=query.get("search"),
            page=query.get("page", 1),
            per_page=query.get("perPage", 10),
        )
        return body

    def get(self, request: Request) -> Answer | bytes:
        gateway_id = request.path_values["gatewayId"]
        gateway = self._gateways.get(request.api_key, gateway_id, self._direction)
        if gateway is None:
            return not_found("gatewayId", self._what, gateway_id)
        return gateway.body

    def update(self, request: Request) -> Answer | bytes:
        gateway_id = request.path_values["gatewayId"]
        updated = self._gateways.update(
            request.api_key, gateway_id, gateway_changes(request.body), self._direction
        )
        if updated is None:
            return not_found("gatewayId", self._what, gateway_id)
        if isinstance(updated, NumberClash):
            return _number_in_use(updated)
        return updated.body

    def delete(self, request: Request) -> Answer | bytes:
        gateway_id = request.path_values["gatewayId"]
        if not self._gateways.delete(request.api_key, gateway_id, self._direction):
            return not_found("gatewayId", self._what, gateway_id)
        return _DELETED_BODY


def _number_in_use(clash: NumberClash) -> Answer:
    return error(400, "NUMBER_IN_USE", number_clash_problems(clash, "numbers"))
