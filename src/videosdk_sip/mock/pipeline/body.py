"""Stage 6: the request body, read and checked in this order: size (413), presence (400),
media type (415), JSON (400), nesting depth (413), the document's schema (400)."""

from __future__ import annotations

from typing import Any

import orjson

from videosdk_sip.mock._asgi import Message
from videosdk_sip.mock.answers import (
    GONE,
    JSON,
    Answer,
    invalid,
    too_large,
    unsupported_media_type,
)
from videosdk_sip.mock.openapi import Body
from videosdk_sip.mock.problems import Problem, problems_for, show
from videosdk_sip.mock.request import Request

__all__ = ["BodyReader"]


class BodyReader:
    """Reads bodies of at most `max_bytes` bytes, nested at most `max_depth` levels."""

    def __init__(self, max_bytes: int, max_depth: int) -> None:
        self.max_bytes = max_bytes
        self.max_depth = max_depth
        self._limit_digits = len(str(max_bytes))

    async def read(self, spec: Body, request: Request) -> Any:
        """The body's JSON value (None for an absent optional body), or an `Answer`."""
        declared = request.content_length
        if (
            declared is not None
            and len(declared) >= self._limit_digits
            and declared.isdigit()
            and int(declared) > self.max_bytes
        ):
            return too_large(
                f"body: {int(declared)} bytes is more than the {self.max_bytes} bytes accepted"
            )
        message = await request.receive()
        raw: bytes = message.get("body", b"")
        if message.get("more_body", False) or len(raw) > self.max_bytes:
            rest = await self._rest(request, raw, message)
            if isinstance(rest, Answer):
                return rest
            raw = rest
        if not raw:
            if not spec.required:
                return None
            return invalid(Problem("body", "required", "body: required, but empty"))
        if request.content_type != JSON:
            refused = _media_type_problem(request.content_type)
            if refused is not None:
                return refused
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            return self._unreadable(raw, str(error))
        # Each level of nesting needs its own bracket: few brackets, no need to look closer.
        if raw.count(b"{") + raw.count(b"[") > self.max_depth and _too_deep(value, self.max_depth):
            return self._too_deep()
        if spec.validator.is_valid(value):
            return value
        problems = problems_for(spec.validator, spec.schema, value)
        if not problems:
            return value
        code = (
            "NO_EDITABLE_FIELDS"
            if problems[0].rule == "minProperties" and problems[0].field == "body"
            else "VALIDATION_ERROR"
        )
        return invalid(*problems, code=code)

    async def _rest(self, request: Request, first: bytes, message: Message) -> bytes | Answer:
        """The whole body, of which `first` came in `message`; 413 once it is too large."""
        chunks = [first]
        size = len(first)
        while size <= self.max_bytes and message.get("more_body", False):
            message = await request.receive()
            if message["type"] == "http.disconnect":
                return GONE
            chunk = message.get("body", b"")
            size += len(chunk)
            chunks.append(chunk)
        if size > self.max_bytes:
            return too_large(f"body: more than the {self.max_bytes} bytes accepted")
        return b"".join(chunks)

    def _too_deep(self) -> Answer:
        return too_large(f"body: nested more than {self.max_depth} levels deep", rule="maxDepth")

    def _unreadable(self, raw: bytes, detail: str) -> Answer:
        if "depth limit" in detail or "recursion" in detail:
            return self._too_deep()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return invalid(
                Problem(
                    "body", "utf-8", f"body: not valid UTF-8 (byte {error.start}); send UTF-8 JSON"
                )
            )
        return invalid(Problem("body", "json", f"body: not valid JSON: {detail}"))


def _media_type_problem(content_type: bytes | None) -> Answer | None:
    if content_type is None:
        return unsupported_media_type("Content-Type: missing; send application/json")
    text = content_type.decode("latin-1")
    media, *parameters = (part.strip() for part in text.split(";"))
    if media.lower() != "application/json":
        return unsupported_media_type(
            f"Content-Type: {show(media)} is not accepted; send application/json"
        )
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in (
            "utf-8",
            "utf8",
        ):
            return unsupported_media_type(
                f"Content-Type: charset {show(value.strip())} is not accepted; "
                "JSON is sent as UTF-8",
                rule="charset",
            )
    return None


def _too_deep(value: Any, limit: int) -> bool:
    if not isinstance(value, dict | list):
        return False
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
