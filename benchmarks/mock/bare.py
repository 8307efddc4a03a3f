"""The ceiling: an ASGI endpoint that answers every request with one fixed JSON body."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

BODY = (
    b'{"id":"rule_000000001","name":"Bench","type":"OUTBOUND","numbers":["+14150001111"],'
    b'"gatewayId":"gateway_out_987654321","dispatch":{"agent":{"type":"cloud","id":"agent_1"}},'
    b'"hidePhoneNumber":false,"metadata":{},"tags":[]}'
)
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


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
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})
