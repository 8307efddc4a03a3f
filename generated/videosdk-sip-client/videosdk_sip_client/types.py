"""Contains some shared types for properties, and the checks models make when built"""

import re
from collections.abc import Iterable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The value of a field that was not given: it is left out of the request."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """An HTTPStatus, or a plain int for a code HTTPStatus does not know (such as 520)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for `code`, or the plain int for a code HTTPStatus does not know."""
    return _STATUSES.get(code, code)


@define
class ParsedResponse(Response[T]):
    """A success response: errors raised instead, so `parsed` is the documented answer model.

    `sync_detailed(..., raise_on_error=True)` returns one, as does a resource's
    `with_raw_response`."""

    parsed: T

    @classmethod
    def of(cls, response: Response[Any], parsed: T) -> "ParsedResponse[T]":
        return cls(status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed)


def describe_failures(failures: list[tuple[str, Exception]]) -> str:
    """Why a value fits none of a union's shapes: each shape tried, with what it found wrong."""
    parts: list[str] = []
    for branch, exc in failures:
        problem = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
        parts.append(problem if problem.startswith(f"{branch}:") else f"{branch}: {problem}")
    return "; ".join(parts)


E = TypeVar("E", bound=Enum)


def _shown(value: object) -> str:
    """What a refused value was, by type only: a value may be a secret (a password, a token)."""
    if value is None:
        return "null"
    return f"{type(value).__name__}"


def to_enum(kind: type[E], value: object, label: str) -> E:
    """`value` as a member of `kind`: a member, or its string. Anything else is refused, naming
    the field and the allowed values."""
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        shown = repr(value)[:40] if isinstance(value, str) else f"a value of type {_shown(value)}"
        raise ValueError(f"{label}: must be one of {allowed}, got {shown}") from None


def to_optional_enum(kind: type[E], value: object, label: str) -> E | Unset:
    if isinstance(value, Unset):
        return value
    return to_enum(kind, value, label)


class FieldCheck:
    """An attrs validator: the field's JSON type, refused with the field's name and the rule.

    Models are matched by class name, so a check never imports a model (models may refer to
    each other in a cycle)."""

    __slots__ = ("label", "rule", "types", "models", "items", "optional", "nullable")

    def __init__(
        self,
        label: str,
        rule: str,
        *,
        types: tuple[type, ...] = (),
        models: tuple[str, ...] = (),
        items: "FieldCheck | None" = None,
        optional: bool = False,
        nullable: bool = False,
    ) -> None:
        self.label = label
        self.rule = rule
        self.types = types
        self.models = models
        self.items = items
        self.optional = optional
        self.nullable = nullable

    def accepts(self, value: object) -> bool:
        if isinstance(value, bool) and bool not in self.types:
            return False  # JSON keeps true and false apart from numbers; Python does not.
        if isinstance(value, self.types) or type(value).__name__ in self.models:
            return True
        return (self.optional and isinstance(value, Unset)) or (self.nullable and value is None)

    def __call__(self, _instance: Any, _attribute: Any, value: Any) -> None:
        if not self.accepts(value):
            raise TypeError(f"{self.label}: must be {self.rule}, got {_shown(value)}")
        if self.items is not None and isinstance(value, list):
            for index, item in enumerate(value):
                if not self.items.accepts(item):
                    raise TypeError(f"{self.label}[{index}]: must be {self.items.rule}, got {_shown(item)}")

    def check_entry(self, key: str, value: object) -> None:
        if not self.accepts(value):
            raise TypeError(f"{self.label}[{key!r}]: must be {self.rule}, got {_shown(value)}")


_SECRET_NAMES = re.compile(r"password|secret|token", re.IGNORECASE)


def _shown_field(name: str, value: object) -> str:
    if _SECRET_NAMES.search(name) and isinstance(value, str):
        return "<hidden>"
    if isinstance(value, Enum):
        return repr(value.value)
    return repr(value)


def model_repr(model: object, fields: Iterable[tuple[str, str]], extra: Mapping[str, Any] | None) -> str:
    """`Name(field=value, ...)` with the fields that are set; secrets show as <hidden>."""
    shown = [
        f"{attribute}={_shown_field(name, value)}"
        for name, attribute in fields
        if not isinstance(value := getattr(model, attribute), Unset)
    ]
    if extra:
        shown += [
            f"{key}={_shown_field(key, value)}" if key.isidentifier() else f"{key!r}: {_shown_field(key, value)}"
            for key, value in extra.items()
        ]
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "UNSET",
    "FieldCheck",
    "File",
    "FileTypes",
    "ParsedResponse",
    "RequestFiles",
    "Response",
    "Unset",
    "describe_failures",
    "model_repr",
    "status_of",
    "to_enum",
    "to_optional_enum",
]
