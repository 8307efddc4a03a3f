"""Whether an answer survives the generated client's models: from_dict, then to_dict, unchanged.

The client's model for each documented answer is found through the document: the answer's
schema `$ref` names a component, and the generated package has a model class of that name.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol

from attrs import frozen

from videosdk_sip.mock.openapi import resolve
from videosdk_sip.spec import Document

__all__ = ["Model", "ResponseModels", "first_difference", "roundtrip_problem"]

MODELS_MODULE = "videosdk_sip_client.models"
JSON = "application/json"
MAX_SHOWN = 120


class Model(Protocol):
    """What every generated model class offers."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...

    def to_dict(self) -> dict[str, Any]: ...


@frozen
class ResponseModels:
    """The client model of each documented JSON answer, by operation label and status."""

    by_answer: Mapping[tuple[str, int], type[Model]]

    @classmethod
    def from_document(cls, document: Document) -> ResponseModels:
        module = importlib.import_module(MODELS_MODULE)
        by_answer: dict[tuple[str, int], type[Model]] = {}
        for path, item in document["paths"].items():
            for method, operation in item.items():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                label = f"{method.upper()} {path}"
                for status, answer in operation["responses"].items():
                    name = _schema_name(document, answer)
                    if name is not None and status.isdigit():
                        by_answer[(label, int(status))] = getattr(module, name)
        return cls(by_answer=by_answer)

    def operations(self) -> list[str]:
        """The labels (`METHOD /path`) of every documented operation."""
        return sorted({operation for operation, _status in self.by_answer})

    def model_for(self, operation: str, status: int) -> type[Model] | None:
        return self.by_answer.get((operation, status))


def _schema_name(document: Document, answer: dict[str, Any]) -> str | None:
    answer = resolve(document, answer)
    schema = answer.get("content", {}).get(JSON, {}).get("schema", {})
    reference = schema.get("$ref", "")
    prefix = "#/components/schemas/"
    return reference[len(prefix) :] if reference.startswith(prefix) else None


def roundtrip_problem(model: type[Model], payload: object) -> str | None:
    """What goes wrong when `payload` (a parsed JSON answer) goes through `model`, if anything."""
    if not isinstance(payload, dict):
        return f"{model.__name__} expects a JSON object, the answer is {_short(payload)}"
    try:
        parsed = model.from_dict(payload)
    except Exception as error:  # the generated parsers raise whatever the data provokes
        return f"{model.__name__}.from_dict failed: {type(error).__name__}: {_short(str(error))}"
    try:
        again = parsed.to_dict()
    except Exception as error:
        return f"{model.__name__}.to_dict failed: {type(error).__name__}: {_short(str(error))}"
    difference = first_difference(payload, again)
    if difference is None:
        return None
    return f"{model.__name__}.from_dict then to_dict changes the answer: {difference}"


def first_difference(expected: object, actual: object, path: str = "") -> str | None:
    """Where two JSON values first differ, said for people; None when they are equal."""
    where = path or "the top level"
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                return f"{_join(path, key)} is dropped"
            found = first_difference(expected[key], actual[key], _join(path, key))
            if found is not None:
                return found
        for key in actual:
            if key not in expected:
                return f"{_join(path, key)} is added ({_short(actual[key])})"
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{where} has {len(actual)} items instead of {len(expected)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            found = first_difference(left, right, f"{path}[{index}]")
            if found is not None:
                return found
        return None
    if type(expected) is not type(actual) and not _same_number(expected, actual):
        return f"{where} was {_short(expected)}, becomes {_short(actual)}"
    if expected != actual:
        return f"{where} was {_short(expected)}, becomes {_short(actual)}"
    return None


def _same_number(left: object, right: object) -> bool:
    numbers = (int, float)
    return (
        isinstance(left, numbers)
        and isinstance(right, numbers)
        and not isinstance(left, bool)
        and not isinstance(right, bool)
        and left == right
    )


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."
