"""What the mock reads from openapi.yaml at start-up: paths, operations, parameters, bodies,
documented answers, with every schema compiled once into a jsonschema-rs validator."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import jsonschema_rs

from videosdk_sip.spec import Document, schema_for

__all__ = ["Api", "Body", "Operation", "Parameter", "PathItem", "read_api", "resolve"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DRAFT4 = "http://json-schema.org/draft-04/schema#"


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """`node` with `$ref`s to this document followed until a plain object remains."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise ValueError(f"openapi.yaml: cannot follow $ref {ref!r}")
        seen.add(ref)
        node = pointer_get(document, ref[2:].split("/"))
    return node


def pointer_get(root: Any, parts: list[str] | list[str | int]) -> Any:
    """The value at a JSON pointer given as its parts (`~1` and `~0` are unescaped)."""
    node = root
    for part in parts:
        if isinstance(node, list):
            node = node[int(part)]
        else:
            key = part.replace("~1", "/").replace("~0", "~") if isinstance(part, str) else part
            node = node[key]
    return node


def _standalone(document: Document, schema: Mapping[str, Any]) -> dict[str, Any]:
    """A draft-4 schema for `schema` (a `$ref` or inline) carrying the document's components."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and len(schema) == 1:
        return schema_for(document, ref)
    return {"$schema": DRAFT4, "components": document.get("components", {}), **schema}


@attrs.frozen
class Parameter:
    """A query or path parameter; `kind` is the JSON type its text is converted to."""

    name: str
    location: str
    required: bool
    kind: str


@attrs.frozen(eq=False)
class ParameterSet:
    """The parameters of one location, checked together as one object."""

    parameters: tuple[Parameter, ...]
    schema: dict[str, Any]
    validator: jsonschema_rs.Validator

    @property
    def names(self) -> frozenset[str]:
        return frozenset(parameter.name for parameter in self.parameters)


@attrs.frozen(eq=False)
class Body:
    """A request body: whether it is required, its media types and its compiled schema."""

    required: bool
    media_types: tuple[str, ...]
    schema: dict[str, Any]
    validator: jsonschema_rs.Validator


@attrs.frozen(eq=False)
class Operation:
    """One documented operation, with everything needed to check a request against it."""

    operation_id: str
    method: str
    path: str
    path_parameters: ParameterSet | None
    query_parameters: ParameterSet | None
    body: Body | None
    responses: Mapping[int, Mapping[str, Any]]
    secured: bool

    @property
    def statuses(self) -> frozenset[int]:
        return frozenset(self.responses)


@attrs.frozen(eq=False)
class PathItem:
    """A documented path and its operations by (upper-case) HTTP method.

    A template whose only parameter is its last segment (`/rules/{ruleId}`) is matched by its
    `prefix` alone, without a regular expression.
    """

    template: str
    pattern: re.Pattern[str] | None
    operations: Mapping[str, Operation]
    prefix: str | None = None
    last_parameter: str | None = None

    @property
    def allow(self) -> str:
        """The `Allow` header value: the documented methods, sorted."""
        return ", ".join(sorted(self.operations))


@attrs.frozen(eq=False)
class Api:
    """The document's paths, matched by exact text first, then by template."""

    document: Document
    exact: Mapping[str, PathItem]
    templated: tuple[PathItem, ...]

    def matches(self, path: str) -> Iterator[tuple[PathItem, dict[str, str]]]:
        """Every path item `path` fits, literal paths first: two templates can fit one path
        (decision C26), and a method of the later one still reaches it."""
        item = self.exact.get(path)
        if item is not None:
            yield item, {}
        for item in self.templated:
            prefix = item.prefix
            if prefix is not None and item.last_parameter is not None:
                if path.startswith(prefix):
                    rest = path[len(prefix) :]
                    if rest and "/" not in rest:
                        yield item, {item.last_parameter: rest}
                continue
            assert item.pattern is not None
            found = item.pattern.fullmatch(path)
            if found is not None:
                yield item, found.groupdict()

    def operations(self) -> list[Operation]:
        items = [*self.exact.values(), *self.templated]
        return [operation for item in items for operation in item.operations.values()]


def _parameter_kind(schema: Mapping[str, Any], where: str) -> str:
    kind = schema.get("type", "string")
    if kind not in ("string", "integer", "number", "boolean"):
        raise ValueError(f"openapi.yaml: {where}: the mock reads only scalar parameters")
    return str(kind)


def _parameter_set(
    document: Document, raw: list[Any], location: str, where: str
) -> ParameterSet | None:
    parameters: list[Parameter] = []
    properties: dict[str, Any] = {}
    required: list[str] = []
    for entry in raw:
        parameter = resolve(document, entry)
        if parameter.get("in") != location:
            continue
        name = parameter["name"]
        schema = parameter.get("schema", {"type": "string"})
        kind = _parameter_kind(resolve(document, schema), f"{where} parameter {name}")
        is_required = bool(parameter.get("required", location == "path"))
        parameters.append(Parameter(name, location, is_required, kind))
        properties[name] = schema
        if is_required:
            required.append(name)
    if not parameters:
        return None
    schema_doc: dict[str, Any] = {
        "$schema": DRAFT4,
        "components": document.get("components", {}),
        "type": "object",
        "properties": properties,
    }
    if required:
        schema_doc["required"] = required
    return ParameterSet(tuple(parameters), schema_doc, jsonschema_rs.Draft4Validator(schema_doc))


def _merge_parameters(document: Document, path_level: list[Any], op_level: list[Any]) -> list[Any]:
    """Operation parameters override path-level ones with the same name and location."""
    merged: dict[tuple[str, str], Any] = {}
    for entry in [*path_level, *op_level]:
        parameter = resolve(document, entry)
        merged[(parameter["name"], parameter["in"])] = parameter
    return list(merged.values())


def _body(document: Document, raw: Any, where: str) -> Body | None:
    if raw is None:
        return None
    request_body = resolve(document, raw)
    content = request_body.get("content", {})
    json_types = [media for media in content if media.split(";")[0].strip() == "application/json"]
    if not json_types:
        raise ValueError(f"openapi.yaml: {where}: the mock reads application/json bodies only")
    schema = _standalone(document, content[json_types[0]].get("schema", {}))
    return Body(
        bool(request_body.get("required", False)),
        tuple(json_types),
        schema,
        jsonschema_rs.Draft4Validator(schema),
    )


def _response(document: Document, raw: Any) -> dict[str, Any]:
    """A response object with it and its headers' `$ref`s followed."""
    response = dict(resolve(document, raw))
    headers = response.get("headers", {})
    response["headers"] = {name: resolve(document, header) for name, header in headers.items()}
    return response


def _template_pattern(template: str) -> re.Pattern[str] | None:
    names = re.findall(r"{([^}/]+)}", template)
    if not names:
        return None
    parts = re.split(r"{[^}/]+}", template)
    regex = "".join(
        re.escape(part) + (f"(?P<{names[index]}>[^/]+)" if index < len(names) else "")
        for index, part in enumerate(parts)
    )
    return re.compile(regex)


def read_api(document: Document) -> Api:
    """Every path and operation of `document`, with validators compiled."""
    exact: dict[str, PathItem] = {}
    templated: list[PathItem] = []
    global_security = document.get("security")
    for template, raw_item in document.get("paths", {}).items():
        path_item = resolve(document, raw_item)
        operations: dict[str, Operation] = {}
        for method in HTTP_METHODS:
            raw_operation = path_item.get(method)
            if raw_operation is None:
                continue
            where = f"{method.upper()} {template}"
            parameters = _merge_parameters(
                document, path_item.get("parameters", []), raw_operation.get("parameters", [])
            )
            responses = {
                int(status): _response(document, response)
                for status, response in raw_operation.get("responses", {}).items()
                if str(status).isdigit()
            }
            security = raw_operation.get("security", global_security)
            operations[method.upper()] = Operation(
                operation_id=raw_operation.get("operationId", where),
                method=method.upper(),
                path=template,
                path_parameters=_parameter_set(document, parameters, "path", where),
                query_parameters=_parameter_set(document, parameters, "query", where),
                body=_body(document, raw_operation.get("requestBody"), where),
                responses=responses,
                secured=bool(security),
            )
        simple = re.fullmatch(r"([^{}]*/){([^{}/]+)}", template)
        item = PathItem(
            template,
            _template_pattern(template),
            operations,
            prefix=simple.group(1) if simple else None,
            last_parameter=simple.group(2) if simple else None,
        )
        if item.pattern is None:
            exact[template] = item
        else:
            templated.append(item)
    return Api(document, exact, tuple(templated))
