"""Every answer the mock gives, and the one place error answers are built.

Stages return an `Answer` to end a request, handlers an `Answer` or, for a 200 JSON success,
the body alone; nothing is raised to answer. Error bodies are the
document's `Error` shape: `message` and `code`, and for answers about the request's content
the first problem's `field` and `rule` with every problem in `errors`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import orjson

from videosdk_sip.mock.problems import Problem, show

__all__ = [
    "DROP",
    "GONE",
    "JSON",
    "Answer",
    "error",
    "internal_error",
    "invalid",
    "method_not_allowed",
    "not_found",
    "path_not_found",
    "too_large",
    "unauthenticated",
    "unsupported_media_type",
]

JSON: Final = b"application/json"
INTERNAL_MESSAGE: Final = "internal error; quote the request id when reporting it"


class Answer:
    """A status, a body and its media type, and any headers beyond the usual ones."""

    __slots__ = ("body", "content_type", "headers", "status")

    def __init__(
        self,
        status: int,
        body: bytes,
        content_type: bytes = JSON,
        headers: Sequence[tuple[bytes, bytes]] = (),
    ) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = headers

    def __repr__(self) -> str:
        return f"Answer({self.status}, {self.body[:80]!r})"


DROP: Final = Answer(503, b"")
"""Announce an answer, then close the connection without its body (a `--faults` drop)."""
GONE: Final = Answer(499, b"")
"""The client went away mid-request: send nothing."""


def error(
    status: int,
    code: str,
    problems: list[Problem] | tuple[Problem, ...] = (),
    message: str | None = None,
    headers: Sequence[tuple[bytes, bytes]] = (),
) -> Answer:
    """An answer in the `Error` shape: the problems (first one named in `field` and `rule`),
    or a bare message."""
    body: dict[str, Any]
    if problems:
        first = problems[0]
        text = first.message
        if len(problems) > 1:
            more = len(problems) - 1
            text += f" (and {more} more problem{'s' if more > 1 else ''}, see errors)"
        body = {
            "message": text,
            "code": code,
            "field": first.field,
            "rule": first.rule,
            "errors": [problem.as_json() for problem in problems],
        }
    else:
        body = {"message": message or code, "code": code}
    return Answer(status, orjson.dumps(body), JSON, headers)


def invalid(*problems: Problem, code: str = "VALIDATION_ERROR") -> Answer:
    return error(400, code, problems)


def unauthenticated(status: int, rule: str, message: str) -> Answer:
    code = "AUTHENTICATION_FAILED" if status == 401 else "PERMISSION_DENIED"
    return error(status, code, [Problem("Authorization", rule, message)])


def path_not_found(path: str) -> Answer:
    return error(
        404,
        "NOT_FOUND",
        [
            Problem(
                "path",
                "exists",
                f"path: {show(path)} is not part of this API; the reference is at /docs",
            )
        ],
    )


def method_not_allowed(
    method: str, allow: str, where: str | None = None, use: str | None = None
) -> Answer:
    """A 405 with `Allow: allow`; the message says to use `use` (default: `allow`)."""
    place = f" on {where}" if where is not None else ""
    advice = use if use is not None else allow
    return error(
        405,
        "METHOD_NOT_ALLOWED",
        [
            Problem(
                "method", "allowed", f"method: {method[:20]} is not allowed{place}; use {advice}"
            )
        ],
        headers=[(b"allow", allow.encode())],
    )


def not_found(field: str, what: str, value: str) -> Answer:
    """A 404 for an id that names nothing of this API key's: `ruleId: no routing rule ...`."""
    return error(
        404, "NOT_FOUND", [Problem(field, "exists", f"{field}: no {what} {show(value)} exists")]
    )


def too_large(message: str, rule: str = "maxBytes", field: str = "body") -> Answer:
    return error(413, "PAYLOAD_TOO_LARGE", [Problem(field, rule, message)])


def unsupported_media_type(message: str, rule: str = "application/json") -> Answer:
    return error(415, "UNSUPPORTED_MEDIA_TYPE", [Problem("Content-Type", rule, message)])


def internal_error() -> Answer:
    return error(500, "INTERNAL_ERROR", message=INTERNAL_MESSAGE)
