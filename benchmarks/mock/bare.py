"""The ceiling: an ASGI endpoint that answers every request with one fixed JSON body."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

BODY = (
    b'{"id":"rule_000000001","name":"Bench","type":"OUTBOUND","numbers":["+14150001111"],'
    b'"gatewayId":"gateway_out_987654321","dispatch":{"agent":{"type":"cloud","id":"agent_1"}},'
    b'"hidePhoneNumber":false,"metadata":{},"tags":[]}'
)

ASGIApp = Callable[
    [
        MutableMapping[str, Any],
        Callable[[], Awaitable[MutableMapping[str, Any]]],
        Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ],
    Awaitable[None],
]


def fixed_answer_app(body: bytes) -> ASGIApp:
    """An ASGI app that reads each request's body and answers 200 with `body` as JSON."""
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    start = {"type": "http.response.start", "status": 200, "headers": headers}
    answer = {"type": "http.response.body", "body": body}

    async def app(
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        message = await receive()
        while message.get("more_body", False):
            message = await receive()
        await send(start)
        await send(answer)

    return app


app = fixed_answer_app(BODY)
