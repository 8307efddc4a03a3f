"""A webhook receiver for the delivery tests: a small HTTP/1.1 server on 127.0.0.1, on the
test's own event loop, that records every POST and answers as told."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import orjson

Behaviour = Callable[[int], tuple[float, int]]
"""Given the number of the request (from 1), how long to wait and which status to answer."""


def answers(status: int, delay: float = 0.0) -> Behaviour:
    return lambda number: (delay, status)


def fails_first(failures: int) -> Behaviour:
    """Answers 500 to the first `failures` requests, then 200."""
    return lambda number: (0.0, 500 if number <= failures else 200)


class Receiver:
    """The received events, in order, with the headers that came with them."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.received: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.url = ""

    @property
    def events(self) -> list[str]:
        return [str(body["webhookType"]) for body in self.received]

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                headers = {
                    name.strip().lower(): value.strip()
                    for name, _, value in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.received.append(orjson.loads(body))
                self.headers.append(headers)
                delay, status = self.behaviour(len(self.received))
                if delay:
                    await asyncio.sleep(delay)
                writer.write(f"HTTP/1.1 {status} X\r\ncontent-length: 0\r\n\r\n".encode("latin-1"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def receiving(behaviour: Behaviour) -> AsyncIterator[Receiver]:
    """A receiver listening on 127.0.0.1 (a free port) for as long as the block lasts."""
    receiver = Receiver(behaviour)
    server = await asyncio.start_server(receiver.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    receiver.url = f"http://127.0.0.1:{port}/hook"
    try:
        yield receiver
    finally:
        server.close()
        try:
            async with asyncio.timeout(2):
                await server.wait_closed()
        except TimeoutError:
            pass


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"
