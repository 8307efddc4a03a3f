"""Where a run sends its requests: the embedded mock (in process or on loopback), or a URL."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from videosdk_sip.contract.context import Endpoint
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
    from videosdk_sip.mock.delivery_settings import LOOPBACK, DeliverySettings
    from videosdk_sip.mock.server import running_mock
    from videosdk_sip.mock.settings import MockSettings

    pairs: dict[str, str] = {}
    for credentials in (target.credentials, target.peer):
        if credentials is not None:
            assert credentials.api_key is not None
            assert credentials.secret is not None
            pairs[credentials.api_key] = credentials.secret
    # Generated tests register webhooks at any URL: the embedded mock delivers only to
    # this machine, so nothing is sent elsewhere.
    settings = MockSettings(
        credentials=pairs,
        phone_numbers=example_numbers(),
        delivery=DeliverySettings(hosts=LOOPBACK),
    )
    if app_factory is not None and not target.in_process:
        raise ValueError("app_factory: only an in-process target builds its own app")
    owner = target.credentials.api_key
    assert owner is not None
    with _quiet_server_logs():
        if target.in_process:
            app = (app_factory or create_app)(settings)
            route = _call_route(app, owner)
            yield Endpoint(
                base_url=IN_PROCESS_URL,
                app=app,
                call_route=route,
                registered_numbers=frozenset(settings.phone_numbers),
            )
        else:
            mock = create_app(settings)
            route = _call_route(mock, owner)
            with running_mock(app=mock) as url:
                yield Endpoint(
                    base_url=url,
                    call_route=route,
                    registered_numbers=frozenset(settings.phone_numbers),
                )


CALLER = "+15005550199"
"""The number the embedded mock's outbound rule places the suite's calls from: on no example,
and not a registered number, so no generated release or detach can take it off the rule."""


def _call_route(app: Any, api_key: str) -> tuple[str, str] | None:
    """Stores an outbound rule for `api_key`'s calls in a fresh mock; its id and number.
    None for an app that shows no stores (a test's stand-in for the mock)."""
    stores = getattr(app, "stores", None)
    if stores is None:
        return None
    rule = stores.number_rules.create(
        api_key,
        {
            "name": "videosdk-sip-contract calls",
            "type": "outbound",
            "phoneNumbers": [CALLER],
            "room": {"type": "static", "id": "room_contract"},
        },
    )
    return str(rule.fields["id"]), CALLER


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
