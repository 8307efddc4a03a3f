"""Reading openapi.yaml, and turning its schemas into JSON Schema documents validators take."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from videosdk_sip import SPEC_PATH

Document = dict[str, Any]


@cache
def load_document(path: Path = SPEC_PATH) -> Document:
    """The OpenAPI document at `path`, parsed once per process."""
    with path.open(encoding="utf-8") as stream:
        document: Document = yaml.safe_load(stream)
    return document


def schema_for(document: Document, pointer: str) -> dict[str, Any]:
    """A standalone JSON Schema (draft 4, as OpenAPI 3.0 uses) for the schema at `pointer`.

    `pointer` is a JSON pointer into the document, such as
    `#/components/schemas/RoutingRuleCreate`. The document's components travel with the
    schema, so every `$ref` in it resolves as it does in the document itself.
    """
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "components": document["components"],
        "allOf": [{"$ref": pointer}],
    }


def component_schema(document: Document, name: str) -> dict[str, Any]:
    """A standalone JSON Schema for `components.schemas[name]`."""
    if name not in document["components"]["schemas"]:
        raise KeyError(f"openapi.yaml has no schema named {name!r}")
    return schema_for(document, f"#/components/schemas/{name}")
