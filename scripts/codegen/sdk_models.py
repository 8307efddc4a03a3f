"""How each model field is declared: what `__init__` accepts, and what it refuses at once.

The stock templates declare `field: Type`, so a wrong value passes until the request is sent.
Here each field of a model gets, where the schema says enough:

- an enum: a converter that takes the member or its string (`"static"`), refuses any other
  string naming the field and the allowed values, and a default when the enum has one value;
- in a model that a request body reaches: a check of the JSON type (a string, an integer, a
  boolean, a list of them, a model), refusing e.g. `"false"` for a boolean with the field's name.

Answer models keep their lenient parsing: the server's answers are not the caller's mistakes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

__all__ = ["FieldDeclaration", "code", "declare_field", "json_name", "request_model_names"]


def code(value: object) -> str:
    """Generator output as source text (its `PythonCode` objects do not print as code)."""
    python_code = getattr(value, "python_code", None)  # a default `Value`
    if python_code is not None:
        return code(python_code)
    as_code = getattr(value, "as_unembedded_code", None)
    return str(as_code()) if callable(as_code) else str(value)


@dataclass(frozen=True)
class FieldDeclaration:
    line: str
    """The attribute's declaration in the class body."""
    helper: str
    """Module-level code the declaration uses (an enum converter), or ''."""
    has_default: bool
    """Whether `__init__` may leave it out; such fields come after those it may not."""
    init_type: str
    """What `__init__` (and a resource method's keyword argument) accepts."""
    default: str | None
    """The default `__init__` gives, as code, or None when the field is required."""


@dataclass(frozen=True)
class _Kind:
    types: tuple[str, ...]
    models: tuple[str, ...]
    rule: str
    plural: str
    """The rule for each item of a list: "strings", "RoomInput models"."""
    nullable: bool = False


_PRIMITIVES: dict[type[PropertyProtocol], tuple[tuple[str, ...], str, str]] = {
    StringProperty: (("str",), "a string", "strings"),
    IntProperty: (("int",), "an integer", "integers"),
    FloatProperty: (("int", "float"), "a number", "numbers"),
    BooleanProperty: (("bool",), "a boolean (true or false)", "booleans"),
}


def _simple_kind(prop: PropertyProtocol) -> _Kind | None:
    for kind, (types, rule, plural) in _PRIMITIVES.items():
        if isinstance(prop, kind):
            return _Kind(types=types, models=(), rule=rule, plural=plural)
    if isinstance(prop, ModelProperty):
        name = prop.class_info.name
        return _Kind(types=(), models=(name,), rule=_article(name), plural=f"{name} models")
    return None


def _kind(prop: PropertyProtocol) -> _Kind | None:
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        nullable = len(inner) != len(prop.inner_properties)
        kinds = [_simple_kind(p) for p in inner]
        if not kinds or any(k is None for k in kinds):
            return None
        known = [k for k in kinds if k is not None]
        rule = " or ".join(k.rule for k in known) + (" or null" if nullable else "")
        return _Kind(
            types=tuple(t for k in known for t in k.types),
            models=tuple(m for k in known for m in k.models),
            rule=rule,
            plural=" or ".join(k.plural for k in known),
            nullable=nullable,
        )
    return _simple_kind(prop)


def _check_code(label: str, prop: PropertyProtocol) -> str | None:
    """A `FieldCheck(...)` expression for the field, or None when the schema says too little."""
    optional = "" if prop.required else ", optional=True"
    if isinstance(prop, ListProperty):
        item = _kind(prop.inner_property)
        if item is None or item.nullable:
            return None
        items = (
            f"FieldCheck({_literal(label + '[]')}, {_literal(item.rule)}, "
            f"types=({_tuple(item.types)}), models=({_names(item.models)}))"
        )
        rule = _literal(f"a list of {item.plural}")
        return f"FieldCheck({_literal(label)}, {rule}, types=(list,), items={items}{optional})"
    kind = _kind(prop)
    if kind is None:
        return None
    nullable = ", nullable=True" if kind.nullable else ""
    return (
        f"FieldCheck({_literal(label)}, {_literal(kind.rule)}, types=({_tuple(kind.types)}), "
        f"models=({_names(kind.models)}){optional}{nullable})"
    )


def json_name(prop: PropertyProtocol) -> str:
    """The field's name in the document (the generator keeps it as an untrusted string)."""
    name = prop.name
    untrusted = getattr(name, "get_untrusted_value", None)
    return str(untrusted()) if callable(untrusted) else str(name)


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _tuple(names: tuple[str, ...]) -> str:
    return "".join(f"{name}, " for name in names)


def _names(names: tuple[str, ...]) -> str:
    return "".join(f"{_literal(name)}, " for name in names)


def _literal(text: str) -> str:
    """`text` as a Python string literal (a field's name may hold quotes or backslashes)."""
    return json.dumps(text)


def _enum_declaration(class_name: str, prop: EnumProperty) -> FieldDeclaration:
    enum = prop.class_info.name
    label = f"{class_name}.{json_name(prop)}"
    values = list(prop.values.items())
    literal = "Literal[" + ", ".join(repr(value) for _, value in values) + "]"
    optional = not prop.required
    init_type = f"{enum} | {literal}" + (" | Unset" if optional else "")
    stored = f"{enum} | Unset" if optional else enum
    converter = f"_to_{prop.python_name.rstrip('_')}"
    function = "to_optional_enum" if optional else "to_enum"
    helper = (
        f"def {converter}(value: {init_type}) -> {stored}:\n"
        f"    return {function}({enum}, value, {_literal(label)})\n"
    )
    default = None
    if prop.default is not None:
        default = code(prop.default)
    elif optional:
        default = "UNSET"
    elif len(values) == 1:
        default = f"{enum}.{values[0][0]}"
    default_part = f"default={default}, " if default is not None else ""
    line = f"{prop.python_name}: {stored} = _attrs_field({default_part}converter={converter})"
    return FieldDeclaration(line, helper, default is not None, init_type, default)


def declare_field(class_name: str, prop: PropertyProtocol, checked: bool) -> FieldDeclaration:
    """The declaration of one field of `class_name`; `checked` adds the JSON type check."""
    if isinstance(prop, EnumProperty) and all(isinstance(v, str) for v in prop.values.values()):
        return _enum_declaration(class_name, prop)
    init_type = code(prop.get_type_string())
    default = None if prop.default is None else code(prop.default)
    if default is None and not prop.required:
        default = "UNSET"
    check = _check_code(f"{class_name}.{json_name(prop)}", prop) if checked else None
    if check is None:
        return FieldDeclaration(code(prop.to_string()), "", default is not None, init_type, default)
    default_part = f"default={default}, " if default is not None else ""
    line = f"{prop.python_name}: {init_type} = _attrs_field({default_part}validator={check})"
    return FieldDeclaration(line, "", default is not None, init_type, default)


def _reachable(prop: PropertyProtocol, models: dict[str, ModelProperty], found: set[str]) -> None:
    if isinstance(prop, ModelProperty):
        name = prop.class_info.name
        if name in found:
            return
        found.add(name)
        # A property refers to a model by a copy; the document's own model has the fields.
        model: ModelProperty = models.get(name, prop)
        fields: list[PropertyProtocol] = [
            *(model.required_properties or []),
            *(model.optional_properties or []),
        ]
        extra = model.additional_properties
        if extra is not None and not isinstance(extra, bool):
            fields.append(extra)
        for inner in fields:
            _reachable(inner, models, found)
    elif isinstance(prop, ListProperty):
        _reachable(prop.inner_property, models, found)
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            _reachable(inner, models, found)


def request_model_names(openapi: GeneratorData) -> frozenset[str]:
    """The models a request body can hold, however deeply nested."""
    models = {str(model.class_info.name): model for model in openapi.models}
    found: set[str] = set()
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                _reachable(body.prop, models, found)
    return frozenset(found)
