"""Every example anywhere in openapi.yaml matches its schema: on parameters, on each property
of each schema (the ones readers see beside a field), and on the webhook callback's body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest

from videosdk_sip.spec import as_draft4, load_document, schema_for


def _property_examples(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every `example` inside a schema, its own included."""
    if not isinstance(node, dict):
        return
    if "example" in node and "$ref" not in node:
        yield where, node, node["example"]
    for name, child in node.get("properties", {}).items():
        yield from _property_examples(child, f"{where}.{name}")
    for key in ("items", "additionalProperties"):
        yield from _property_examples(node.get(key), f"{where}[{key}]")
    for key in ("oneOf", "anyOf", "allOf"):
        for index, child in enumerate(node.get(key, [])):
            yield from _property_examples(child, f"{where}.{key}[{index}]")


def _all_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    components = load_document()["components"]
    for name, schema in components["schemas"].items():
        yield from _property_examples(schema, name)
    for name, parameter in components["parameters"].items():
        yield f"parameter {name}", parameter["schema"], parameter["example"]
    for name, header in components["headers"].items():
        yield f"header {name}", header["schema"], header["example"]


EXAMPLES = list(_all_examples())


@pytest.mark.parametrize(("where", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_the_example_matches_its_schema(where: str, schema: dict[str, Any], example: Any) -> None:
    standalone = schema_for(load_document(), "#/components/schemas/PhoneNumber")
    standalone["allOf"] = [as_draft4(schema)]
    errors = [e.message for e in jsonschema_rs.Draft4Validator(standalone).iter_errors(example)]
    assert errors == [], (where, errors)


def test_every_parameter_and_property_of_the_current_api_has_an_example() -> None:
    components = load_document()["components"]
    assert all("example" in parameter for parameter in components["parameters"].values())
    missing = []
    for name, schema in components["schemas"].items():
        for field, child in schema.get("properties", {}).items():
            # A single-value enum is its own example; a list of models has the models' own.
            speaks_for_itself = len(child.get("enum", [])) == 1 or "$ref" in child.get("items", {})
            if not ({"$ref", "example", "oneOf"} & set(child)) and not speaks_for_itself:
                missing.append(f"{name}.{field}")
    assert missing == []


def test_the_callback_example_matches_its_schema() -> None:
    document = load_document()
    webhook = document["paths"]["/v2/sip/webhooks"]["post"]["callbacks"]["callEvent"]
    media = webhook["{$request.body#/url}"]["post"]["requestBody"]["content"]["application/json"]
    validator = jsonschema_rs.Draft4Validator(schema_for(document, media["schema"]["$ref"]))
    for example in media["examples"].values():
        value = document["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]["value"]
        assert [e.message for e in validator.iter_errors(value)] == []
    assert len(EXAMPLES) > 250


def test_nullable_is_spelled_for_draft_4_and_nothing_else_changes() -> None:
    schema = {
        "type": "object",
        "properties": {
            "nullable": {"type": "string"},
            "room": {"type": "object", "nullable": True, "enum": [None]},
            "end": {"type": "string", "nullable": True},
            "text": {"type": "string", "nullable": False},
        },
    }
    assert as_draft4(schema) == {
        "type": "object",
        "properties": {
            "nullable": {"type": "string"},
            "room": {"type": ["object", "null"], "enum": [None]},
            "end": {"type": ["string", "null"]},
            "text": {"type": "string", "nullable": False},
        },
    }
