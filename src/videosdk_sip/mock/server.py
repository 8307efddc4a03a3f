"""Serving the mock over HTTP with uvicorn: in a background thread for tests, or in the
foreground for the `videosdk-sip mock` command. Always one process, so one store."""

from __future__ import annotations

import gc
import logging
import math
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import uvicorn

from videosdk_sip.mock._asgi import ASGIApp
from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.connections import guarded_protocol
from videosdk_sip.mock.settings import ConnectionLimits, MockSettings

__all__ = ["base_url", "bind", "running_mock", "serve", "uvicorn_server"]

# Straight to the loopback address, whatever proxy the environment names.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_INCOMPLETE = "ASGI callable returned without completing response."


class _HideDrops(logging.Filter):
    """Hides uvicorn's report of an unfinished answer: the mock leaves one unfinished only
    when `--faults` asks it to drop the connection."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _INCOMPLETE


_HIDE_DROPS = _HideDrops()


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to `host:port` (port 0: a free one), ready for uvicorn to listen on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    """`http://host:port` for a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def uvicorn_server(
    app: ASGIApp,
    *,
    access_log: bool = False,
    http: Literal["auto", "h11"] = "auto",
    limits: ConnectionLimits | None = None,
    guarded: bool = True,
) -> uvicorn.Server:
    """A uvicorn server for `app`: httptools with `limits` enforced on every connection
    (see `connections`; unless `http="h11"`, where only the head size is bounded, or
    `guarded=False`, uvicorn's own protocol, kept for measuring what the guard costs), uvloop
    when installed, one process.

    Logging is left as the caller set it up (uvicorn's loggers are not reconfigured), except
    that uvicorn's report of an unfinished answer, which only a `--faults` drop causes, is
    hidden.
    """
    logging.getLogger("uvicorn.error").addFilter(_HIDE_DROPS)
    limits = limits if limits is not None else ConnectionLimits()
    config = uvicorn.Config(
        app,
        http=http if http == "h11" or not guarded else guarded_protocol(limits),
        h11_max_incomplete_event_size=limits.max_head_bytes,
        timeout_keep_alive=math.ceil(limits.idle_timeout),
        loop="auto",
        lifespan="off",
        access_log=access_log,
        log_config=None,
        server_header=False,
        # The mock reads neither the client's address nor the scheme, so uvicorn's
        # X-Forwarded-* middleware would be a layer of work on every request for nothing.
        proxy_headers=False,
        workers=1,
    )
    return uvicorn.Server(config)


def serve(
    app: ASGIApp,
    sock: socket.socket,
    *,
    access_log: bool = False,
    http: Literal["auto", "h11"] = "auto",
    limits: ConnectionLimits | None = None,
    guarded: bool = True,
) -> None:
    """Serves `app` on `sock` in the foreground until Ctrl+C (which propagates afterwards as
    KeyboardInterrupt, once uvicorn has shut down).

    Everything built so far (modules, the document, validators, the empty store's tables) is
    moved out of the garbage collector's sight first: it lives as long as the process, and a
    collection that walks it on every full pass would pause answers for milliseconds.
    """
    server = uvicorn_server(app, access_log=access_log, http=http, limits=limits, guarded=guarded)
    gc.collect()
    gc.freeze()
    server.run(sockets=[sock])


@contextmanager
def running_mock(
    settings: MockSettings | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    app: MockApp | None = None,
) -> Iterator[str]:
    """Runs a mock (a fresh store, or `app` when given) in a background thread; yields its
    base URL.

    Waits until the server answers before yielding, and stops it on exit.
    """
    if app is None:
        app = create_app(settings)
    sock = bind(host, port)
    url = base_url(sock)
    server = uvicorn_server(app, limits=app.settings.connections)
    failure: list[BaseException] = []

    def serve() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as error:  # reported to the waiting thread below
            failure.append(error)

    thread = threading.Thread(target=serve, name=f"videosdk-sip mock {url}", daemon=True)
    thread.start()
    try:
        _wait_until_answering(url, thread, failure)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _wait_until_answering(
    url: str, thread: threading.Thread, failure: list[BaseException], timeout: float = 10.0
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if failure or not thread.is_alive():
            raise RuntimeError(f"the mock server at {url} stopped while starting") from (
                failure[0] if failure else None
            )
        try:
            with _DIRECT.open(f"{url}/openapi.json", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"the mock server at {url} did not answer within {timeout:g} s")
        time.sleep(0.02)
