"""A synchronous httpx transport that calls an ASGI application in this process.

httpx's own `ASGITransport` is async only; the generated client's sync functions and the
cleanup need a sync one. Requests run on one event loop in a background thread.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

__all__ = ["InProcessTransport"]


class InProcessTransport(httpx.BaseTransport):
    """Sends each request to `app` through `httpx.ASGITransport` on a private event loop."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="contract-asgi", daemon=True
        )
        self._thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        future = asyncio.run_coroutine_threadsafe(self._send(request, content), self._loop)
        status, headers, body = future.result()
        return httpx.Response(status, headers=headers, content=body, request=request)

    async def _send(
        self, request: httpx.Request, content: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        copy = httpx.Request(request.method, request.url, headers=request.headers, content=content)
        response = await self._inner.handle_async_request(copy)
        body = await response.aread()
        return response.status_code, response.headers.raw, body

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        if not self._loop.is_running():
            self._loop.close()
