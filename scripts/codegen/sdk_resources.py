"""The resource layer: `client.sip.<resource>.<verb>(...)` over the generated functions.

Naming rules (documented in docs/client.md):

- a resource is a tag: its attribute is the tag in snake case, as the generator names its
  `api/<tag>/` folder (`routing-rules` -> `routing_rules`, `routing-rule` -> `routing_rule`);
- a verb is the operationId without the words of its tag, singular or plural
  (`createRoutingRule` -> `create`, `listRoutingRules` -> `list`, `switchCallRoom` on `calls`
  -> `switch_room`), also without words every operation of the tag shares
  (`createRoutingRuleV2`, `listRoutingRulesV2` -> `create`, `list`). When that leaves nothing,
  or two verbs of a resource collide, the whole operationId in snake case is the name.

A request body that is a model with properties becomes keyword arguments typed as its
`__init__` takes them; any other body stays one `body=` argument. A list whose answer has
`pageInfo` and `data` and takes a `page` query parameter returns a lazy pager.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment
from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from sdk_models import code, declare_field, json_name

__all__ = [
    "Operation",
    "Resource",
    "ResourceNameError",
    "describe_resources",
    "render_resource_layer",
    "verb_names",
]


class ResourceNameError(ValueError):
    """The document gives a resource class a name that is already taken."""


# Names a resource class defines itself, which a verb may not take.
_TAKEN = frozenset({"with_raw_response"})


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(operation_id: str) -> list[str]:
    return strings.snake_case(operation_id).split("_")


def verb_names(resource: str, operation_ids: Sequence[str]) -> dict[str, str]:
    """The method name of each operationId of one resource (see the module's rules)."""
    resource_words = set(resource.split("_"))
    resource_words |= {_singular(word) for word in resource_words}
    rests = {
        op: [w for w in _words(op) if not {w, _singular(w)} & resource_words]
        for op in operation_ids
    }
    shared: set[str] = set()
    if len(operation_ids) > 1:
        shared = set.intersection(*(set(rest[1:]) for rest in rests.values()))
    names: dict[str, str] = {}
    for op, rest in rests.items():
        kept = [w for w in rest if w not in shared] or rest
        names[op] = "_".join(kept)
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    for op, name in names.items():
        if not name or counts[name] > 1:
            name = strings.snake_case(op)
        if keyword.iskeyword(name) or name in _TAKEN:
            name = f"{name}_"
        names[op] = name
    return names


@dataclass(frozen=True)
class Pager:
    page_type: str
    item_type: str
    imports: frozenset[str] = frozenset()


@dataclass
class Operation:
    verb: str
    module: str
    summary: str
    signature: list[str]
    """The method's parameters after `self`, each as `name: type[ = default]` or `*`."""
    body_class: str | None
    """The model built from keyword arguments, or None when `body=` is passed as it is."""
    body_fields: list[str]
    call: list[str]
    """The generated function's arguments, as `name` or `name=value`."""
    success_type: str | None
    pager: Pager | None
    pager_call: list[str] = field(default_factory=list)
    """The generated function's arguments without `page`, for the pager's fetch."""


@dataclass
class Resource:
    name: str
    tag: str
    class_name: str
    operations: list[Operation]
    imports: set[str]


def _success_props(endpoint: Endpoint) -> list[PropertyProtocol]:
    found: list[PropertyProtocol] = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299 and code(response.prop.get_type_string()) != "Any":
            found.append(response.prop)
    return found


def _pager(endpoint: Endpoint, success: list[PropertyProtocol]) -> Pager | None:
    if len(success) != 1 or not isinstance(success[0], ModelProperty):
        return None
    if not any(json_name(p) == "page" for p in endpoint.query_parameters):
        return None
    model = success[0]
    fields = [*(model.required_properties or []), *(model.optional_properties or [])]
    props = {json_name(p): p for p in fields}
    data, info = props.get("data"), props.get("pageInfo")
    if not isinstance(data, ListProperty) or info is None:
        return None
    if not (data.required and info.required):
        return None
    item = data.inner_property
    return Pager(model.class_info.name, code(item.get_type_string()), frozenset(_imports(item)))


def _imports(prop: PropertyProtocol) -> set[str]:
    return prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")


def _text(value: object) -> str:
    untrusted = getattr(value, "get_untrusted_value", None)
    return (str(untrusted()) if callable(untrusted) else str(value or "")).strip()


def _module_import(line: str) -> str:
    # Endpoint modules live in api/<tag>/, resource modules in resources/: one level less.
    return line.replace("from ...", "from ..", 1) if line.startswith("from ...") else line


def _body_fields(endpoint: Endpoint, taken: set[str]) -> tuple[ModelProperty, list[Any]] | None:
    """The body model and its fields, when they can be keyword arguments without a clash."""
    if len(endpoint.bodies) != 1:
        return None
    body = endpoint.bodies[0].prop
    if not isinstance(body, ModelProperty) or not body.required:
        return None
    fields = [*(body.required_properties or []), *(body.optional_properties or [])]
    if not fields or taken & {str(p.python_name) for p in fields}:
        return None
    return body, fields


def _operation(endpoint: Endpoint, verb: str, imports: set[str]) -> Operation:
    imports.update(_module_import(line) for line in endpoint.relative_imports)
    path_names = [str(p.python_name) for p in endpoint.path_parameters]
    others = [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]
    signature = [code(p.to_string()) for p in endpoint.path_parameters] + ["*"]
    call = [*path_names, "client=self._client"]
    body_class: str | None = None
    body_fields: list[str] = []
    if endpoint.bodies:
        taken = set(path_names) | {str(p.python_name) for p in others} | {"self", "body"}
        expanded = _body_fields(endpoint, taken)
        if expanded is not None:
            model, fields = expanded
            body_class = str(model.class_info.name)
            imports.add(f"from ..models.{model.class_info.module_name} import {body_class}")
            declarations = [(p, declare_field(body_class, p, True)) for p in fields]
            for prop, declaration in sorted(declarations, key=lambda pd: pd[1].default is not None):
                imports.update(_imports(prop))
                default = f" = {declaration.default}" if declaration.default is not None else ""
                signature.append(f"{prop.python_name}: {declaration.init_type}{default}")
                body_fields.append(str(prop.python_name))
        else:
            body = endpoint.bodies[0].prop
            default = "" if body.required else " = UNSET"
            signature.append(f"body: {code(body.get_type_string())}{default}")
            imports.update(_imports(body))
        call.append("body=body")
    signature += [code(p.to_string()) for p in others]
    for prop in others:
        imports.update(_imports(prop))
    call += [f"{p.python_name}={p.python_name}" for p in others]
    success = _success_props(endpoint)
    success_type = " | ".join(sorted(code(p.get_type_string()) for p in success)) or None
    pager = _pager(endpoint, success)
    if pager is not None:
        imports.update(pager.imports)
    summary = _text(endpoint.summary) or _text(endpoint.description) or verb
    summary = summary.splitlines()[0].rstrip(".").replace("\\", "/").replace('"""', "'''")
    return Operation(
        verb=verb,
        module=str(strings.PythonIdentifier(endpoint.name, "")),
        summary=summary,
        signature=signature[:-1] if signature[-1] == "*" else signature,
        body_class=body_class,
        body_fields=body_fields,
        call=call,
        success_type=success_type,
        pager=pager,
        pager_call=[arg for arg in call if not arg.startswith("page=")],
    )


def _unshadow(operations: list[Operation]) -> None:
    """A method named `list` hides the built-in from the annotations in its class's body."""
    shadowed = {o.verb for o in operations if o.verb in dir(builtins)}
    if not shadowed:
        return
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")\[")

    def fix(text: str) -> str:
        return pattern.sub(r"builtins.\1[", text)

    for o in operations:
        o.signature = [fix(part) for part in o.signature]
        o.success_type = fix(o.success_type) if o.success_type else None
        if o.pager:
            o.pager = Pager(o.pager.page_type, fix(o.pager.item_type), o.pager.imports)


def describe_resources(openapi: GeneratorData) -> list[Resource]:
    """One `Resource` per tag, in the order the generator holds the tags, sorted by name."""
    resources: list[Resource] = []
    for tag, collection in sorted(openapi.endpoint_collections_by_tag.items()):
        name = str(tag)
        verbs = verb_names(name, [str(e.name) for e in collection.endpoints])
        imports: set[str] = set()
        operations = [_operation(e, verbs[str(e.name)], imports) for e in collection.endpoints]
        _unshadow(operations)
        resources.append(
            Resource(
                name=name,
                tag=collection.tag,
                class_name=f"{strings.pascal_case(name)}Resource",
                operations=sorted(operations, key=lambda o: o.verb),
                imports=imports,
            )
        )
    return resources


def _check_names(openapi: GeneratorData, resources: list[Resource]) -> None:
    """A resource class may not take a model's name: the resource modules import models."""
    taken = {str(m.class_info.name) for m in openapi.models}
    taken |= {str(e.class_info.name) for e in openapi.enums}
    for resource in resources:
        for name in (resource.class_name, f"{resource.class_name}WithRawResponse"):
            for candidate in (name, f"Async{name}"):
                if candidate in taken:
                    raise ResourceNameError(
                        f"tag {resource.tag!r}: its resource class {candidate} has the name of "
                        "a schema; rename the schema or the tag"
                    )


def render_resource_layer(openapi: GeneratorData, env: Environment) -> dict[str, str]:
    """The files of the resource layer, by path inside the package."""
    resources = describe_resources(openapi)
    _check_names(openapi, resources)
    context: dict[str, Any] = {"resources": resources}
    files = {
        f"resources/{r.name}.py": env.get_template("sdk_resource.py.jinja").render(resource=r)
        for r in resources
    }
    files["resources/__init__.py"] = env.get_template("sdk_resources_init.py.jinja").render(
        **context
    )
    files["sdk.py"] = env.get_template("sdk_client.py.jinja").render(**context)
    return files
