"""The calls (`/v2/sip/call`): place, list, get, transfer, end, switch room.

A call is placed through an outbound routing rule, from one of its numbers; what happens
next is the simulated lifecycle's (`stores/call_lifecycle`). An action the call's status
does not allow is a 409 naming `callId`, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import orjson

from videosdk_sip.mock.answers import Answer, error, invalid, not_found
from videosdk_sip.mock.problems import Problem, show
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.resources.interface import Handler, Request
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.calls import CallStateConflict

__all__ = ["CREATED_MESSAGE", "Calls"]

CREATED_MESSAGE: Final = "Call initiated successfully"
TRANSFER_MESSAGE: Final = "Call transfer initiated successfully"
END_MESSAGE: Final = "Call ended successfully"
_LIST_FILTERS: Final = (
    "roomId",
    "sessionId",
    "id",
    "gatewayId",
    "ruleId",
    "type",
    "search",
    "startDate",
    "endDate",
)


class Calls:
    """What each call operation does to the calls and their lifecycle."""

    def __init__(self, stores: Stores, relations: Relations) -> None:
        self._calls = stores.calls
        self._lifecycle = stores.call_lifecycle
        self._relations = relations

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createCall": self.create,
            "listCalls": self.list_page,
            "getCall": self.get,
            "transferCall": self.transfer,
            "endCall": self.end,
            "switchCallRoom": self.switch_room,
        }

    def create(self, request: Request) -> Answer | bytes:
        body = request.body
        rule = self._relations.outbound_rule_for_call(request.api_key, body["routingRuleId"])
        if isinstance(rule, Problem):
            # A rule that is not there is a 404, as for any id naming nothing; one that is
            # there but cannot place calls (an inbound rule) is a 400.
            return error(404, "NOT_FOUND", [rule]) if rule.rule == "exists" else invalid(rule)
        numbers = list(rule.get("numbers", ()))
        if body["sipCallFrom"] not in numbers:
            return invalid(
                Problem(
                    "sipCallFrom",
                    "rule-number",
                    f"sipCallFrom: {show(body['sipCallFrom'])} is not a number of rule "
                    f"{show(body['routingRuleId'])}; its numbers: {', '.join(numbers[:10])}",
                )
            )
        fields: dict[str, Any] = {
            "roomId": body.get("destinationRoomId") or _rule_room(rule, request.api_key),
            "sipCallTo": body["sipCallTo"],
            "sipCallFrom": body["sipCallFrom"],
            "ruleId": rule["id"],
            "metadata": dict(body.get("metadata", {})),
        }
        if isinstance(rule.get("gatewayId"), str):
            fields["gatewayId"] = rule["gatewayId"]
        placed = self._lifecycle.place(request.api_key, fields, body.get("maxCallDuration"))
        return _answer({"message": CREATED_MESSAGE, "data": placed})

    def list_page(self, request: Request) -> Answer | bytes:
        query = request.query
        filters = {name: query[name] for name in _LIST_FILTERS if name in query}
        return self._calls.page(
            request.api_key,
            filters,
            page=query.get("page", 1),
            per_page=query.get("perPage", 10),
        )

    def get(self, request: Request) -> Answer | bytes:
        call_id = request.path_values["callId"]
        found = self._calls.get(request.api_key, call_id)
        return _answer({"data": found}) if found is not None else _no_call(call_id)

    def transfer(self, request: Request) -> Answer | bytes:
        call_id = request.body["callId"]
        try:
            moved = self._lifecycle.transfer(request.api_key, call_id, request.body["transferTo"])
        except CallStateConflict as conflict:
            return _not_allowed(conflict, "transferred")
        if moved is None:
            return _no_call(call_id)
        return _answer({"message": TRANSFER_MESSAGE, "data": moved})

    def end(self, request: Request) -> Answer | bytes:
        call_id = request.body["callId"]
        try:
            ended = self._lifecycle.end(request.api_key, call_id)
        except CallStateConflict as conflict:
            return _not_allowed(conflict, "ended")
        if ended is None:
            return _no_call(call_id)
        return _answer({"message": END_MESSAGE, "data": ended})

    def switch_room(self, request: Request) -> Answer | bytes:
        call_id = request.body["callId"]
        try:
            moved = self._lifecycle.switch_room(request.api_key, call_id, request.body["roomId"])
        except CallStateConflict as conflict:
            return _not_allowed(conflict, "moved to another room")
        if moved is None:
            return _no_call(call_id)
        return _answer({"statusCode": 200, "data": moved})


def _rule_room(rule: Mapping[str, Any], api_key: str) -> str:
    room = rule.get("room")
    if isinstance(room, Mapping) and isinstance(room.get("id"), str):
        return str(room["id"])
    prefix = room.get("prefix") if isinstance(room, Mapping) else None
    return f"{prefix or 'room'}_{rule['id']}"


def _answer(body: object) -> bytes:
    return orjson.dumps(body)


def _no_call(call_id: str) -> Answer:
    return not_found("callId", "call", call_id)


def _not_allowed(conflict: CallStateConflict, action: str) -> Answer:
    return error(
        409,
        "CONFLICT",
        [
            Problem(
                "callId",
                "status",
                f"callId: call {show(conflict.call_id)} is {conflict.status}; it can be "
                f"{action} only when {' or '.join(conflict.allowed)}",
            )
        ],
    )
