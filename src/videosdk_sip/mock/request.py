"""One request as the pipeline sees it: the head's few headers the stages look at, read in
one pass, and what the stages found, which is what a handler is given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from videosdk_sip.mock._asgi import Receive, Scope

__all__ = ["Request"]

_READ = frozenset((b"authorization", b"content-type", b"content-length", b"prefer"))
"""The headers a stage reads; a request's other headers are passed over with one look-up."""


class Request:
    """One HTTP request. The head is read when it is built; the body stays with `receive`
    until the body stage reads it. `authorization_count` counts `Authorization` headers,
    since only one may be sent.

    A handler is given the request once every stage has passed, with what they found:
    `api_key` (whose token it carries; "" for an operation without security), `path_values`
    (the path's parameters), `query` (the documented query values, converted) and `body`
    (the JSON value, valid against the document's schema; None when there is none).
    """

    __slots__ = (
        "api_key",
        "authorization",
        "authorization_count",
        "body",
        "content_length",
        "content_type",
        "method",
        "path",
        "path_values",
        "prefer",
        "query",
        "query_string",
        "receive",
    )
    api_key: str
    path_values: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any

    def __init__(self, scope: Scope, receive: Receive) -> None:
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self.query_string: bytes = scope["query_string"]
        self.receive = receive
        authorization = content_type = content_length = prefer = None
        count = 0
        for name, value in scope["headers"]:
            if name not in _READ:
                continue
            if name == b"authorization":
                authorization = value
                count += 1
            elif name == b"content-type":
                content_type = value
            elif name == b"content-length":
                content_length = value
            else:
                prefer = value
        self.authorization: bytes | None = authorization
        self.authorization_count = count
        self.content_type: bytes | None = content_type
        self.content_length: bytes | None = content_length
        self.prefer: bytes | None = prefer
