"""Stage 5: the query string and the path values, converted to their documented types and
checked against the document's parameter rules (400, or 404 where the operation documents
no 400: an id the document rules out names nothing)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import unquote_to_bytes

from videosdk_sip.mock.answers import Answer, invalid, not_found
from videosdk_sip.mock.openapi import Operation, ParameterSet
from videosdk_sip.mock.problems import Problem, problems_for, show

__all__ = ["check_path", "read_query"]

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_NOT_CONVERTED: Final[Any] = object()
_WORDS = {"integer": "an integer", "number": "a number", "boolean": "true or false"}


def read_query(operation: Operation, query_string: bytes) -> dict[str, Any] | Answer:
    """The documented query values (others are ignored), or the 400 naming each problem."""
    parameters = operation.query_parameters
    if parameters is None or (not query_string and not _any_required(parameters)):
        return {}
    kinds = {parameter.name: parameter.kind for parameter in parameters.parameters}
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for raw_name, raw_value in _query_pairs(query_string):
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            continue  # not a name the document defines
        kind = kinds.get(name)
        if kind is None:
            continue
        if name in values:
            problems.append(Problem(name, "repeated", f"{name}: given more than once"))
            continue
        try:
            text = raw_value.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(name, "utf-8", f"{name}: not valid UTF-8 once decoded"))
            continue
        converted = _convert(text, kind)
        if converted is _NOT_CONVERTED:
            problems.append(
                Problem(name, "type", f"{name}: must be {_WORDS[kind]}, not {show(text)}")
            )
            continue
        values[name] = converted
    problems.extend(problems_for(parameters.validator, parameters.schema, values, "query"))
    if problems:
        return invalid(*problems)
    return values


def check_path(operation: Operation, values: Mapping[str, str]) -> Answer | None:
    """None when the path values keep the document's rules, else the answer."""
    parameters = operation.path_parameters
    assert parameters is not None
    converted = {}
    for parameter in parameters.parameters:
        value = _convert(values.get(parameter.name, ""), parameter.kind)
        converted[parameter.name] = value if value is not _NOT_CONVERTED else None
    problems = problems_for(parameters.validator, parameters.schema, converted, "path")
    if not problems:
        return None
    if 400 in operation.statuses:
        return invalid(*problems)
    first = parameters.parameters[0].name
    return not_found(first, _what(operation), str(values.get(first, "")))


def _what(operation: Operation) -> str:
    """What an operation's path names, for a 404: `routing rule` for `/routing-rules/{id}`."""
    segments = [part for part in operation.path.split("/") if part and "{" not in part]
    last = segments[-1] if segments else "item"
    return last.removesuffix("s").replace("-", " ")


def _any_required(parameters: ParameterSet) -> bool:
    return any(parameter.required for parameter in parameters.parameters)


def _convert(text: str, kind: str) -> Any:
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            return _NOT_CONVERTED
        try:
            return int(text)
        except ValueError:  # more digits than Python converts
            return _NOT_CONVERTED
    if kind == "number":
        return float(text) if _NUMBER.fullmatch(text) else _NOT_CONVERTED
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, _NOT_CONVERTED)
    return text


def _query_pairs(query_string: bytes) -> list[tuple[bytes, bytes]]:
    """`a=1&b=%FF` -> `[(b"a", b"1"), (b"b", b"\\xff")]`: bytes, so that a value that is not
    UTF-8 once decoded can be reported rather than guessed at."""
    pairs = []
    for part in query_string.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append(
            (
                unquote_to_bytes(name.replace(b"+", b" ")),
                unquote_to_bytes(value.replace(b"+", b" ")),
            )
        )
    return pairs
