"""A small document with two tags, for building a client from an inline spec.

`routing-rules` carries the two operations the overlay's helpers import (listing and the
models they name); `calls` has verbs that are not CRUD (`end`, `switch_room`), a body with a
single-value enum, a default and a field named `from`, a paged listing of its own, and an
operation that answers 204 with nothing to parse.
"""

from __future__ import annotations

from typing import Any

SECURITY: list[dict[str, list[str]]] = [{"VideoSdkToken": []}]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _answers(status: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        status: {"description": "Done.", **_json(schema)},
        "400": {"description": "Refused.", **_json(_ref("Error"))},
        "404": {"description": "Not found.", **_json(_ref("Error"))},
    }


def _paging() -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "query", "required": False, "schema": {"type": "integer"}}
        for name in ("page", "perPage")
    ]


def _text(*names: str, closed: bool = True, **more: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "required": list(names),
        "properties": {name: {"type": "string"} for name in names} | more,
    }
    if closed:
        schema["additionalProperties"] = False
    return schema


def _page(item: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["pageInfo", "data"],
        "properties": {
            "pageInfo": _ref("PageInfo"),
            "data": {"type": "array", "items": _ref(item)},
        },
    }


DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Two tags", "version": "1.0.0"},
    "tags": [{"name": "routing-rules"}, {"name": "calls"}],
    "paths": {
        "/v2/sip/routing-rules": {
            "get": {
                "operationId": "listRoutingRules",
                "tags": ["routing-rules"],
                "summary": "List routing rules",
                "security": SECURITY,
                "parameters": [
                    {"name": name, "in": "query", "required": False, "schema": {"type": "string"}}
                    for name in ("gatewayId", "id", "search")
                ]
                + _paging(),
                "responses": _answers("200", _ref("RoutingRulePage")),
            }
        },
        "/v2/sip/routing-rules/{ruleId}": {
            "get": {
                "operationId": "getRoutingRule",
                "tags": ["routing-rules"],
                "summary": "Fetch one routing rule",
                "security": SECURITY,
                "parameters": [
                    {"name": "ruleId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": _answers("200", _ref("RoutingRule")),
            }
        },
        "/v2/sip/call": {
            "post": {
                "operationId": "createCall",
                "tags": ["calls"],
                "summary": "Place an outbound call",
                "security": SECURITY,
                "requestBody": {"required": True, **_json(_ref("CallCreate"))},
                "responses": _answers("201", _ref("Call")),
            },
            "get": {
                "operationId": "listCalls",
                "tags": ["calls"],
                "summary": "List calls",
                "security": SECURITY,
                "parameters": _paging(),
                "responses": _answers("200", _ref("CallPage")),
            },
        },
        "/v2/sip/call/{callId}": {
            "delete": {
                "operationId": "deleteCall",
                "tags": ["calls"],
                "summary": "Forget a finished call",
                "security": SECURITY,
                "parameters": [
                    {"name": "callId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                # no answer body and no error answers: nothing to parse, nothing to narrow
                "responses": {"204": {"description": "Forgotten."}},
            }
        },
        "/v2/sip/call/end": {
            "post": {
                "operationId": "endCall",
                "tags": ["calls"],
                "summary": "End a call",
                "security": SECURITY,
                "requestBody": {"required": True, **_json(_ref("CallEnd"))},
                "responses": _answers("200", _ref("Message")),
            }
        },
        "/v2/sip/call/switch-room": {
            "post": {
                "operationId": "switchCallRoom",
                "tags": ["calls"],
                "summary": "Move a call to another room",
                "security": SECURITY,
                "requestBody": {"required": True, **_json(_ref("CallRoomSwitch"))},
                "responses": _answers("200", _ref("Message")),
            }
        },
    },
    "components": {
        "securitySchemes": {
            "VideoSdkToken": {"type": "apiKey", "in": "header", "name": "Authorization"}
        },
        "schemas": {
            "Error": _text("message", closed=False),
            "Message": _text("message", closed=False),
            "PageInfo": {
                "type": "object",
                "required": ["currentPage", "lastPage"],
                "properties": {
                    "currentPage": {"type": "integer"},
                    "lastPage": {"type": "integer"},
                },
            },
            "RoutingRule": _text("id", "name", closed=False),
            "RoutingRulePage": _page("RoutingRule"),
            "Call": _text("id", "status", closed=False),
            "CallPage": _page("Call"),
            "CallCreate": _text(
                "to",
                "from",
                recording={"type": "boolean", "default": False},
                direction={"type": "string", "enum": ["outbound"]},
            )
            | {"required": ["to", "from", "direction"]},
            "CallEnd": _text("callId"),
            "CallRoomSwitch": _text("callId", "roomId"),
        },
    },
}
