"""Which fields the document names for a resource: the only ones the checks compare, so that
a field a server adds (documented nowhere, perhaps different in every answer) never alarms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from videosdk_sip.spec import Document

__all__ = ["answer_fields", "paged_listings"]


def answer_fields(document: Document, operation_id: str) -> frozenset[str] | None:
    """The properties of the operation's 200 JSON answer; None when it documents none."""
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                answer = operation.get("responses", {}).get("200", {})
                content = _resolve(document, answer).get("content", {})
                schema = content.get("application/json", {}).get("schema")
                names = _properties(document, schema)
                return frozenset(names) if names else None
    return None


def paged_listings(document: Document) -> frozenset[str]:
    """The operationIds whose 200 JSON answer is a page: `data` beside `pageInfo`."""
    found = set()
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            names = answer_fields(document, operation["operationId"]) or frozenset()
            if {"data", "pageInfo"} <= names:
                found.add(operation["operationId"])
    return frozenset(found)


def _resolve(document: Document, node: Any) -> Mapping[str, Any]:
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 20:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node = target
        seen += 1
    return node if isinstance(node, Mapping) else {}


def _properties(document: Document, schema: Any) -> set[str]:
    resolved = _resolve(document, schema)
    names = set(resolved.get("properties", {}))
    for part in resolved.get("allOf", ()):
        names |= _properties(document, part)
    return names
