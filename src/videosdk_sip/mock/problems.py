"""Turning jsonschema-rs validation errors into `Error` details that name the field and rule.

Messages are written here rather than taken from the validator, so that they name the field
the way the document does (`numbers[0]`, `dispatch.room.id`), never repeat a whole (possibly
huge) value, and explain a failed `oneOf` by the branch the caller evidently meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import jsonschema_rs
import orjson

from videosdk_sip.mock.openapi import pointer_get, resolve

__all__ = ["MAX_PROBLEMS", "Problem", "field_name", "problems_for", "show"]

MAX_PROBLEMS = 50
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_SHOW_LIMIT = 60

Kind = jsonschema_rs.ValidationErrorKind


@attrs.frozen
class Problem:
    """One broken rule: where (`field`), which rule, and a sentence for people."""

    field: str
    rule: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"field": self.field, "rule": self.rule, "message": self.message}


def field_name(path: Sequence[str | int], root: str = "body") -> str:
    """`["numbers", 0]` -> `numbers[0]`; `["dispatch", "room", "id"]` -> `dispatch.room.id`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{orjson.dumps(part).decode()}]"
    return text or root


def show(value: Any) -> str:
    """A short rendering of a value for a message: strings quoted, everything cut at 60 chars."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, int) and not isinstance(value, bool):
        text = str(value)  # orjson writes 64-bit integers only; a query value may be longer
    else:
        text = orjson.dumps(value).decode()
    if len(text) > _SHOW_LIMIT:
        text = text[:_SHOW_LIMIT] + "..."
    return f"'{text}'" if isinstance(value, str) else text


_JSON_TYPE_NAMES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _one_of_words(items: Iterable[Any]) -> str:
    return ", ".join(show(item) for item in items)


def _first_sentence(text: str) -> str:
    sentence = text.strip().split("\n")[0].split(". ")[0].rstrip(".")
    return sentence[:1].lower() + sentence[1:]


class _Translator:
    def __init__(self, schema_root: Mapping[str, Any], root_name: str) -> None:
        self.schema_root = schema_root
        self.root_name = root_name

    def schema_at(self, schema_path: Sequence[str | int]) -> Any:
        """The schema object holding the keyword at `schema_path`, `$ref`s followed."""
        return resolve(self.schema_root, pointer_get(self.schema_root, list(schema_path[:-1])))

    def field(self, path: Sequence[str | int], *more: str | int) -> str:
        return field_name([*path, *more], self.root_name)

    def translate(self, errors: Iterable[jsonschema_rs.ValidationError]) -> list[Problem]:
        problems: list[Problem] = []
        for error in errors:
            problems.extend(self.one(error))
            if len(problems) >= MAX_PROBLEMS:
                break
        return problems[:MAX_PROBLEMS]

    def one(self, error: jsonschema_rs.ValidationError) -> list[Problem]:
        kind = error.kind
        path = error.instance_path
        here = self.field(path)
        if isinstance(kind, Kind.Required):
            name = self.field(path, kind.property)
            return [Problem(name, "required", f"{name}: required, but missing")]
        if isinstance(kind, Kind.AdditionalProperties):
            schema = self.schema_at(error.schema_path)
            accepted = ", ".join(schema.get("properties", {})) or "none"
            return [
                Problem(
                    self.field(path, key),
                    "additionalProperties",
                    f"{self.field(path, key)}: unknown field; accepted here: {accepted}",
                )
                for key in kind.unexpected
            ]
        if isinstance(kind, Kind.Type):
            wanted = " or ".join(_JSON_TYPE_NAMES.get(name, name) for name in kind.types)
            value = error.instance
            # null is its own only value: "not null", never "not null null".
            given = "null" if value is None else f"{_json_type(value)} {show(value)}"
            return [Problem(here, "type", f"{here}: must be {wanted}, not {given}")]
        if isinstance(kind, Kind.Enum):
            return [
                Problem(
                    here,
                    "enum",
                    f"{here}: must be one of {_one_of_words(kind.options)}, "
                    f"not {show(error.instance)}",
                )
            ]
        if isinstance(kind, Kind.Pattern):
            schema = self.schema_at(error.schema_path)
            hint = schema.get("description")
            suffix = f" ({_first_sentence(hint)})" if isinstance(hint, str) and hint else ""
            return [
                Problem(
                    here,
                    "pattern",
                    f"{here}: {show(error.instance)} does not match the pattern "
                    f"'{kind.pattern}'{suffix}",
                )
            ]
        if isinstance(kind, Kind.MinLength):
            text = "must not be empty" if kind.limit == 1 else f"must be {kind.limit} or more chars"
            return [Problem(here, "minLength", f"{here}: {text}")]
        if isinstance(kind, Kind.MaxLength):
            return [Problem(here, "maxLength", f"{here}: must be {kind.limit} chars or fewer")]
        if isinstance(kind, Kind.MinItems):
            plural = "item" if kind.limit == 1 else "items"
            return [Problem(here, "minItems", f"{here}: must list at least {kind.limit} {plural}")]
        if isinstance(kind, Kind.MaxItems):
            return [Problem(here, "maxItems", f"{here}: must list at most {kind.limit} items")]
        if isinstance(kind, Kind.UniqueItems):
            return [self._unique(here, error.instance)]
        if isinstance(kind, Kind.Minimum):
            message = f"{here}: must be at least {kind.limit}, not {show(error.instance)}"
            return [Problem(here, "minimum", message)]
        if isinstance(kind, Kind.Maximum):
            message = f"{here}: must be at most {kind.limit}, not {show(error.instance)}"
            return [Problem(here, "maximum", message)]
        if isinstance(kind, Kind.MinProperties):
            return [self._min_properties(here, path, error, kind.limit)]
        if isinstance(kind, Kind.OneOfNotValid):
            return self._one_of(error, kind.context)
        if isinstance(kind, Kind.OneOfMultipleValid):
            return [Problem(here, "oneOf", f"{here}: matches more than one of the allowed shapes")]
        # A keyword openapi.yaml does not use today: keep the validator's words, cut short.
        words = error.message if len(error.message) <= 200 else error.message[:200] + "..."
        return [Problem(here, kind.name, f"{here}: {words}")]

    def _unique(self, here: str, value: Any) -> Problem:
        seen: set[bytes] = set()
        repeated: Any = None
        for item in value if isinstance(value, list) else []:
            key = orjson.dumps(item, option=orjson.OPT_SORT_KEYS)
            if key in seen:
                repeated = item
                break
            seen.add(key)
        return Problem(here, "uniqueItems", f"{here}: lists {show(repeated)} more than once")

    def _min_properties(
        self, here: str, path: Sequence[str | int], error: jsonschema_rs.ValidationError, limit: int
    ) -> Problem:
        schema = self.schema_at(error.schema_path)
        fields = ", ".join(schema.get("properties", {}))
        if not path and limit == 1 and fields:
            message = f"{here}: no editable fields provided; send at least one of {fields}"
        else:
            message = f"{here}: must have at least {limit} field{'s' if limit > 1 else ''}"
        return Problem(here, "minProperties", message)

    def _one_of(
        self,
        error: jsonschema_rs.ValidationError,
        context: list[list[jsonschema_rs.ValidationError]],
    ) -> list[Problem]:
        path = error.instance_path
        here = self.field(path)
        schema = self.schema_at(error.schema_path)
        branches = [resolve(self.schema_root, branch) for branch in schema["oneOf"]]
        instance = error.instance
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, Mapping) and isinstance(instance, dict):
            chosen = self._by_discriminator(path, schema, branches, discriminator, instance)
            if isinstance(chosen, Problem):
                return [chosen]
            return self.translate(context[chosen])
        type_errors = [
            next(
                (e for e in errors if isinstance(e.kind, Kind.Type) and e.instance_path == path),
                None,
            )
            for errors in context
        ]
        if all(e is not None for e in type_errors):
            return self.one(next(e for e in type_errors if e is not None))
        meant = [
            index
            for index, errors in enumerate(context)
            if not any(
                isinstance(e.kind, Kind.Required) and e.instance_path == path for e in errors
            )
        ]
        if meant:
            return self.translate(context[min(meant, key=lambda index: len(context[index]))])
        shapes = ", or ".join(self._shape(branch) for branch in branches)
        return [Problem(here, "oneOf", f"{here}: must have {shapes}")]

    def _by_discriminator(
        self,
        path: Sequence[str | int],
        schema: Mapping[str, Any],
        branches: list[Any],
        discriminator: Mapping[str, Any],
        instance: dict[str, Any],
    ) -> int | Problem:
        name = discriminator["propertyName"]
        mapping: dict[str, int] = {}
        for value, ref in discriminator.get("mapping", {}).items():
            refs = [branch.get("$ref") for branch in schema["oneOf"]]
            if ref in refs:
                mapping[str(value)] = refs.index(ref)
        if not mapping:
            for index, branch in enumerate(branches):
                for value in branch.get("properties", {}).get(name, {}).get("enum", []):
                    mapping[str(value)] = index
        field = self.field(path, name)
        if name not in instance:
            return Problem(field, "required", f"{field}: required, one of {_one_of_words(mapping)}")
        value = instance[name]
        if not isinstance(value, str) or value not in mapping:
            return Problem(
                field,
                "enum",
                f"{field}: must be one of {_one_of_words(mapping)}, not {show(value)}",
            )
        return mapping[value]

    @staticmethod
    def _shape(branch: Mapping[str, Any]) -> str:
        required = branch.get("required", [])
        words = " and ".join(f"'{name}'" for name in required) or "any fields"
        alone = branch.get("additionalProperties") is False and set(
            branch.get("properties", {})
        ) == set(required)
        return words + (" alone" if alone else "")


def problems_for(
    validator: jsonschema_rs.Validator,
    schema_root: Mapping[str, Any],
    instance: Any,
    root_name: str = "body",
) -> list[Problem]:
    """Every rule `instance` breaks (at most `MAX_PROBLEMS`), or `[]` when it is valid."""
    if validator.is_valid(instance):
        return []
    problems = _Translator(schema_root, root_name).translate(validator.iter_errors(instance))
    return problems or [Problem(root_name, "schema", f"{root_name}: does not match the schema")]
