"""Stage 4: `Prefer: code=NNN`, answered with the document's example for that status.

It runs after the token stage, so a request without a valid token gets its 401 or 403
whatever it prefers. A preference the server cannot honour (a status the operation does not
document, or a success) is ignored, as RFC 7240 says.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from videosdk_sip.mock.answers import JSON, Answer
from videosdk_sip.mock.openapi import Api, Operation

__all__ = ["Preferences"]


class Preferences:
    """The documented example answer of every error status of every operation."""

    def __init__(self, api: Api) -> None:
        self._examples = {
            (operation.operation_id, status): _example_answer(response)
            for operation in api.operations()
            for status, response in operation.responses.items()
            if status >= 300
        }

    def answer(self, operation: Operation, prefer: bytes) -> Answer | None:
        """The preferred answer, or None when there is none to honour."""
        wanted = _preferred_code(prefer)
        if wanted is None:
            return None
        example = self._examples.get((operation.operation_id, wanted))
        if example is None:
            return None
        body, headers = example
        return Answer(
            wanted, body, JSON, [*headers, (b"preference-applied", f"code={wanted}".encode())]
        )


def _preferred_code(prefer: bytes) -> int | None:
    for part in prefer.replace(b";", b",").split(b","):
        name, _, value = part.partition(b"=")
        if name.strip().lower() == b"code":
            value = value.strip().strip(b'"')
            if value.isdigit() and len(value) == 3:
                return int(value)
    return None


def _example_answer(response: Mapping[str, Any]) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """The body and headers of the first documented example of an error answer."""
    media = response.get("content", {}).get("application/json", {})
    examples = media.get("examples") or {}
    body: Any = media.get("example")
    if body is None and examples:
        body = next(iter(examples.values())).get("value")
    if body is None:
        body = {"message": str(response.get("description", "")).strip(), "code": "MOCKED"}
    headers: list[tuple[bytes, bytes]] = []
    for name, header in response.get("headers", {}).items():
        if name.lower() == "x-request-id":
            continue
        example = header.get("example", header.get("schema", {}).get("example"))
        if header.get("required") or example is not None:
            headers.append(
                (name.lower().encode(), str(example if example is not None else 0).encode())
            )
    return orjson.dumps(body), headers
