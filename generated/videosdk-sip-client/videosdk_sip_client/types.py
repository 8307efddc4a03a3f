"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


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


def describe_failures(failures: list[tuple[str, Exception]]) -> str:
    """Why a value fits none of a union's shapes: each shape tried, with what it found wrong."""
    parts: list[str] = []
    for branch, exc in failures:
        problem = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
        parts.append(problem if problem.startswith(f"{branch}:") else f"{branch}: {problem}")
    return "; ".join(parts)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "describe_failures"]
