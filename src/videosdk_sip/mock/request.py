"""Reading the head of an HTTP request: the few headers the pipeline looks at, in one pass."""

from __future__ import annotations

from videosdk_sip.mock._asgi import Receive, Scope

__all__ = ["Request"]


class Request:
    """What the stages read from one HTTP request; the body stays with `receive` until the
    body stage reads it. `authorization_count` counts `Authorization` headers, since only
    one may be sent."""

    __slots__ = (
        "authorization",
        "authorization_count",
        "content_length",
        "content_type",
        "method",
        "path",
        "prefer",
        "query_string",
        "receive",
    )

    def __init__(self, scope: Scope, receive: Receive) -> None:
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self.query_string: bytes = scope["query_string"]
        self.receive = receive
        authorization = content_type = content_length = prefer = None
        count = 0
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value
                count += 1
            elif name == b"content-type":
                content_type = value
            elif name == b"content-length":
                content_length = value
            elif name == b"prefer":
                prefer = value
        self.authorization: bytes | None = authorization
        self.authorization_count = count
        self.content_type: bytes | None = content_type
        self.content_length: bytes | None = content_length
        self.prefer: bytes | None = prefer
