"""What the bounds (attempt deadline, size cap) cost a call, against the same client without.

Two clients send the same GET and create to the bare endpoint (`benchmarks.endpoint`) over
loopback, interleaved:

- unbounded: the client as it was before the bounds: the same token auth and retries over
  httpx's own network transport, with the body streamed by httpx;
- bounded: `create_client()` as users get it: each attempt read whole under a 30 s deadline
  shared by its socket operations, and answers capped at 10 MiB.

The ratio bounded/unbounded is the price of the bounds per call. The sync calls are also
timed with no network (an in-memory transport answering the same bytes) in this thread's CPU
time: the bounds' CPU cost with nothing to hide it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial

import httpx
from videosdk_sip_client import AuthenticatedClient, RetryPolicy, create_client
from videosdk_sip_client.api.routing_rules import create_routing_rule, get_routing_rule
from videosdk_sip_client.models import RoutingRuleCreate
from videosdk_sip_client.tokens import CachedTokenProvider, TokenAuth

from benchmarks.client_cost import API_KEY, CREATE_BODY, SECRET
from benchmarks.endpoint import BODY, RULE, serving
from benchmarks.report import Row, Target
from benchmarks.timing import Samples, interleaved, interleaved_async, paired_ratio

__all__ = ["Settings", "measure"]

SECTION = "1b bounds"
IN_MEMORY = "1b bounds CPU, no network"
UNBOUNDED, BOUNDED = "unbounded client", "bounded client"
TARGET = Target(1.05)


@dataclass(frozen=True)
class Settings:
    rounds: int = 200
    calls: int = 10


def _unbounded(url: str, transport: httpx.BaseTransport | None = None) -> AuthenticatedClient:
    provider = CachedTokenProvider(API_KEY, SECRET)
    client = AuthenticatedClient(url, provider)
    client.set_httpx_client(
        httpx.Client(
            base_url=url,
            auth=TokenAuth(provider),
            timeout=30.0,
            transport=RetryPolicy().transport(transport or httpx.HTTPTransport()),
        )
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=url,
            auth=TokenAuth(provider),
            timeout=30.0,
            transport=RetryPolicy().transport(httpx.AsyncHTTPTransport()),
        )
    )
    return client


def _rows(
    mode: str, operation: str, samples: dict[str, Samples], section: str = SECTION
) -> list[Row]:
    unbounded, bounded = samples[UNBOUNDED], samples[BOUNDED]
    prefix = f"{mode} {operation}"
    return [
        Row(section, f"{prefix}: {UNBOUNDED}", unbounded, "µs", 1e6),
        Row(
            section,
            f"{prefix}: {BOUNDED}",
            bounded,
            "µs",
            1e6,
            paired_ratio(bounded, unbounded),
            UNBOUNDED,
            TARGET if section == SECTION else None,
        ),
    ]


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "application/json"}, content=BODY)


def _sync_rows(
    url: str,
    settings: Settings,
    transport: httpx.BaseTransport | None = None,
    section: str = SECTION,
    clock: Callable[[], float] = time.perf_counter,
) -> list[Row]:
    body = RoutingRuleCreate.from_dict(CREATE_BODY)
    with ExitStack() as stack:
        unbounded = stack.enter_context(_unbounded(url, transport))
        bounded = stack.enter_context(
            create_client(api_key=API_KEY, secret=SECRET, base_url=url, transport=transport)
        )
        clients = {UNBOUNDED: unbounded, BOUNDED: bounded}
        gets: dict[str, Callable[[], object]] = {
            name: partial(get_routing_rule.sync, RULE["id"], client=client)
            for name, client in clients.items()
        }
        creates: dict[str, Callable[[], object]] = {
            name: partial(create_routing_rule.sync, client=client, body=body)
            for name, client in clients.items()
        }
        rounds, calls = settings.rounds, settings.calls
        measured_gets = interleaved(gets, rounds=rounds, calls=calls, clock=clock)
        measured_creates = interleaved(creates, rounds=rounds, calls=calls, clock=clock)
    return _rows("sync", "get", measured_gets, section) + _rows(
        "sync", "create", measured_creates, section
    )


async def _async_rows(url: str, settings: Settings) -> list[Row]:
    body = RoutingRuleCreate.from_dict(CREATE_BODY)
    unbounded = _unbounded(url)
    bounded = create_client(api_key=API_KEY, secret=SECRET, base_url=url)
    async with unbounded, bounded:
        clients = {UNBOUNDED: unbounded, BOUNDED: bounded}
        gets: dict[str, Callable[[], Awaitable[object]]] = {
            name: partial(get_routing_rule.asyncio, RULE["id"], client=client)
            for name, client in clients.items()
        }
        creates: dict[str, Callable[[], Awaitable[object]]] = {
            name: partial(create_routing_rule.asyncio, client=client, body=body)
            for name, client in clients.items()
        }
        measured_gets = await interleaved_async(gets, rounds=settings.rounds, calls=settings.calls)
        measured_creates = await interleaved_async(
            creates, rounds=settings.rounds, calls=settings.calls
        )
    return _rows("async", "get", measured_gets) + _rows("async", "create", measured_creates)


def measure(settings: Settings = Settings()) -> list[Row]:
    with serving() as url:
        rows = _sync_rows(url, settings)
        rows += asyncio.run(_async_rows(url, settings))
    memory = httpx.MockTransport(_answer)
    rows += _sync_rows(
        "http://127.0.0.1", settings, memory, section=IN_MEMORY, clock=time.thread_time
    )
    return rows
