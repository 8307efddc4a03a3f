"""Reading openapi.yaml, and turning its schemas into JSON Schema documents validators take."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from videosdk_sip import SPEC_PATH

Document = dict[str, Any]

SERVED_TAGS: frozenset[str] = frozenset(
    {
        "routing-rules",
        "inbound-gateways",
        "outbound-gateways",
        "phone-numbers",
        "number-routing-rules",
        "webhooks",
        "calls",
    }
)
"""The tags whose operations the embedded mock serves and the contract suite runs: every
tag of the document, the vendor's whole SIP API. `served_document` cuts the document down
to these tags for the mock and the suite.
"""

_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})


@cache
def load_document(path: Path = SPEC_PATH) -> Document:
    """The OpenAPI document at `path`, parsed once per process."""
    with path.open(encoding="utf-8") as stream:
        document: Document = yaml.safe_load(stream)
    return document


def served_document(document: Document, tags: frozenset[str] = SERVED_TAGS) -> Document:
    """A copy of `document` holding only the operations tagged with one of `tags`.

    Paths left with no operation are dropped, and so are the links of the operations kept
    that lead to an operation left out; components stay whole, so every `$ref` of the
    operations kept still resolves.
    """
    return _keeping(document, lambda operation: bool(set(operation.get("tags", ())) & tags))


def only_operations(document: Document, operation_ids: frozenset[str]) -> Document:
    """A copy of `document` holding only the operations named in `operation_ids`, cut as
    `served_document` cuts."""
    return _keeping(document, lambda operation: operation.get("operationId") in operation_ids)


def _keeping(document: Document, keep: Callable[[dict[str, Any]], bool]) -> Document:
    served = copy.copy(document)
    paths: dict[str, Any] = {}
    for template, item in document.get("paths", {}).items():
        kept = {
            key: value for key, value in item.items() if key not in _HTTP_METHODS or keep(value)
        }
        if any(key in _HTTP_METHODS for key in kept):
            paths[template] = kept
    kept_ids = {
        operation.get("operationId")
        for item in paths.values()
        for key, operation in item.items()
        if key in _HTTP_METHODS
    }
    for item in paths.values():
        for key, operation in list(item.items()):
            if key in _HTTP_METHODS:
                item[key] = _without_links_out(document, operation, kept_ids)
    served["paths"] = paths
    return served


def _without_links_out(
    document: Document, operation: dict[str, Any], kept_ids: set[Any]
) -> dict[str, Any]:
    """`operation`, or a copy of it without the links to operations not in `kept_ids`."""
    responses: dict[str, Any] = {}
    changed = False
    for status, response in operation.get("responses", {}).items():
        links = response.get("links") if isinstance(response, dict) else None
        if not links:
            responses[status] = response
            continue
        kept = {
            name: link for name, link in links.items() if _link_target(document, link) in kept_ids
        }
        changed = changed or len(kept) != len(links)
        responses[status] = (
            {**response, "links": kept}
            if kept
            else {key: value for key, value in response.items() if key != "links"}
        )
    return {**operation, "responses": responses} if changed else operation


def _link_target(document: Document, link: dict[str, Any]) -> Any:
    reference = link.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/components/links/"):
        link = document["components"]["links"].get(reference.rsplit("/", 1)[1], {})
    return link.get("operationId")


def as_draft4(node: Any) -> Any:
    """`node` with OpenAPI 3.0's `nullable: true` spelled as JSON Schema draft 4 spells it."""
    if isinstance(node, list):
        return [as_draft4(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: as_draft4(value) for key, value in node.items()}
    if converted.get("nullable") is True and "type" in converted:
        del converted["nullable"]
        kind = converted["type"]
        converted["type"] = [*kind, "null"] if isinstance(kind, list) else [kind, "null"]
        if "enum" in converted and None not in converted["enum"]:
            converted["enum"] = [*converted["enum"], None]
    return converted


_CONVERTED: dict[int, tuple[Document, dict[str, Any]]] = {}


def _json_schema_components(document: Document) -> dict[str, Any]:
    """The document's components with `nullable` converted, worked out once per document."""
    held = _CONVERTED.get(id(document))
    if held is None or held[0] is not document:
        held = (document, as_draft4(document["components"]))
        _CONVERTED[id(document)] = held
    return held[1]


def schema_for(document: Document, pointer: str) -> dict[str, Any]:
    """A standalone JSON Schema (draft 4, as OpenAPI 3.0 uses) for the schema at `pointer`.

    `pointer` is a JSON pointer into the document, such as
    `#/components/schemas/RoutingRuleCreate`. The document's components travel with the
    schema, so every `$ref` in it resolves as it does in the document itself; OpenAPI 3.0's
    `nullable: true` becomes the `"null"` type that draft 4 knows.
    """
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "components": _json_schema_components(document),
        "allOf": [{"$ref": pointer}],
    }


def component_schema(document: Document, name: str) -> dict[str, Any]:
    """A standalone JSON Schema for `components.schemas[name]`."""
    if name not in document["components"]["schemas"]:
        raise KeyError(f"openapi.yaml has no schema named {name!r}")
    return schema_for(document, f"#/components/schemas/{name}")
