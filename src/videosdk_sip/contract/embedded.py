"""Where a run sends its requests: the embedded mock (in process or on loopback), or a URL."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from videosdk_sip.contract.suite import Endpoint
from videosdk_sip.contract.target import Target

__all__ = ["IN_PROCESS_URL", "AppFactory", "endpoint_for", "example_numbers"]

IN_PROCESS_URL = "http://testserver"
"""The base URL requests carry when the app runs in this process (no socket is opened)."""

AppFactory = Callable[[Any], Any]
"""Builds the embedded ASGI app from `MockSettings`; tests pass one that wraps the mock."""


@contextmanager
def endpoint_for(target: Target, app_factory: AppFactory | None = None) -> Iterator[Endpoint]:
    """The endpoint for `target`; for the embedded mock, a fresh one with this run's keys."""
    if target.base_url is not None:
        yield Endpoint(base_url=target.base_url)
        return
    from videosdk_sip.mock.app import create_app
    from videosdk_sip.mock.server import running_mock
    from videosdk_sip.mock.settings import MockSettings

    pairs: dict[str, str] = {}
    for credentials in (target.credentials, target.peer):
        if credentials is not None:
            assert credentials.api_key is not None
            assert credentials.secret is not None
            pairs[credentials.api_key] = credentials.secret
    settings = MockSettings(credentials=pairs, phone_numbers=example_numbers())
    if app_factory is not None and not target.in_process:
        raise ValueError("app_factory: only an in-process target builds its own app")
    with _quiet_server_logs():
        if target.in_process:
            yield Endpoint(base_url=IN_PROCESS_URL, app=(app_factory or create_app)(settings))
        else:
            with running_mock(settings) as url:
                yield Endpoint(base_url=url)


_E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")


def example_numbers() -> tuple[str, ...]:
    """Every E.164 number the served operations' examples show, in order, once each.

    The embedded mock starts with them registered, as the suite's account would have its
    numbers: the examples that route, detach or release one can then succeed, and the links
    from their answers be followed.
    """
    from videosdk_sip.spec import load_document, served_document

    found: dict[str, None] = {}
    pending: list[Any] = [served_document(load_document())["paths"]]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            pending.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            pending.extend(reversed(node))
        elif isinstance(node, str) and _E164.match(node):
            found[node] = None
    return tuple(found)


@contextmanager
def _quiet_server_logs() -> Iterator[None]:
    """The embedded server shares stderr with the progress display; its 500s and malformed
    requests are the suite's findings, reported in full, so its own logs stay out meanwhile."""
    loggers = [logging.getLogger(name) for name in ("videosdk_sip.mock", "uvicorn.error")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
