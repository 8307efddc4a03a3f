"""Part 1: what a call through the client costs, against raw httpx on the same bytes.

Three ways to send the same request to the bare endpoint (`benchmarks.endpoint`):

- raw httpx: an `httpx.Client` / `httpx.AsyncClient` posting prepared bytes with a fixed
  `Authorization` header, reading the answer's bytes and nothing more (the floor);
- plain generated client: `AuthenticatedClient(url, token=<fixed token>, retry=None)`, so the
  body is built from the model and the answer parsed into one, and nothing else;
- full client: `create_client(api_key=..., secret=...)`, with token minting and caching,
  retries and error mapping all on, as users get it.

Each is called `calls` times in a batch, batches interleaved over `rounds` rounds. Also
measured: what getting a token costs the first time (minting) and afterwards (cached), and
the same sync calls with no network at all (an in-memory transport answering the same bytes),
timed in this thread's CPU time: the client's CPU cost per call with nothing to hide it.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx
from videosdk_sip_client import AuthenticatedClient, CachedTokenProvider, create_client
from videosdk_sip_client.api.routing_rules import create_routing_rule, get_routing_rule
from videosdk_sip_client.models import RoutingRuleCreate
from videosdk_sip_client.tokens import mint_token

from benchmarks.endpoint import BODY, RULE, serving
from benchmarks.report import Row, Target
from benchmarks.timing import Samples, interleaved, interleaved_async, paired_ratio

__all__ = ["CREATE_BODY", "Settings", "measure"]

SECTION = "1 client"
IN_MEMORY = "1 client CPU, no network"
API_KEY = "benchmark-api-key"
SECRET = "benchmark-secret-long-enough-for-hs256-signing"  # noqa: S105 (a local test value)
COLLECTION = "/v2/sip/routing-rules"
RULE_PATH = f"{COLLECTION}/{RULE['id']}"

CREATE_BODY: dict[str, Any] = {
    "gatewayId": "gateway_in_123456789",
    "name": "Support Line Rule",
    "numbers": ["+14150001111", "+14150002222"],
    "dispatch": {
        "room": {"type": "dynamic", "prefix": "support"},
        "agent": {"type": "cloud", "id": "agent_789"},
    },
    "hidePhoneNumber": False,
    "metadata": {"env": "production", "team": "support"},
    "tags": ["priority", "support"],
}
"""A create with every field the API accepts."""

FULL_TARGET = Target(1.15)
LAYERS_TARGET = Target(1.03)
RAW, PLAIN, FULL = "raw httpx", "plain generated client", "full client"


@dataclass(frozen=True)
class Settings:
    rounds: int = 200
    calls: int = 10
    token_rounds: int = 30
    token_calls: int = 50


def _prepared_body() -> bytes:
    """The bytes httpx sends for `json=CREATE_BODY` (its compact, UTF-8 encoding)."""
    return json.dumps(
        CREATE_BODY, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode()


def _check_same_bytes(token: str) -> None:
    """The generated client sends exactly the raw variant's body; otherwise the comparison
    would not be fair."""
    seen: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        return httpx.Response(200, json=RULE)

    client = AuthenticatedClient(
        "http://127.0.0.1", token, retry=None, transport=httpx.MockTransport(record)
    )
    with client:
        create_routing_rule.sync(client=client, body=RoutingRuleCreate.from_dict(CREATE_BODY))
    if seen != [_prepared_body()]:
        raise RuntimeError("the generated client's body differs from the prepared one")


def _fixed_token() -> str:
    return mint_token(API_KEY, SECRET)


def _rows(section: str, mode: str, operation: str, samples: dict[str, Samples]) -> list[Row]:
    """Rows for one kind of call; the targets apply to calls that reach a server."""
    raw, plain, full = samples[RAW], samples[PLAIN], samples[FULL]
    with_targets = section == SECTION
    prefix = f"{mode} {operation}"
    layers = Samples(tuple(f - p for f, p in zip(full.values, plain.values, strict=True)))
    return [
        Row(section, f"{prefix}: {RAW}", raw, "µs", 1e6),
        Row(section, f"{prefix}: {PLAIN}", plain, "µs", 1e6, paired_ratio(plain, raw), RAW),
        Row(
            section,
            f"{prefix}: {FULL}",
            full,
            "µs",
            1e6,
            paired_ratio(full, raw),
            RAW,
            FULL_TARGET if with_targets else None,
        ),
        Row(
            section,
            f"{prefix}: layers (full minus plain)",
            layers,
            "µs",
            1e6,
            paired_ratio(full, plain),
            PLAIN,
            LAYERS_TARGET if with_targets else None,
        ),
    ]


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "application/json"}, content=BODY)


def _sync_rows(
    section: str,
    url: str,
    token: str,
    settings: Settings,
    transport: httpx.BaseTransport | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> list[Row]:
    body = RoutingRuleCreate.from_dict(CREATE_BODY)
    prepared = _prepared_body()
    post_headers = {"Content-Type": "application/json", "Authorization": token}
    get_headers = {"Authorization": token}
    raw_client = (
        httpx.Client(base_url=url)
        if transport is None
        else httpx.Client(base_url=url, transport=transport)
    )
    with ExitStack() as stack:
        raw = stack.enter_context(raw_client)
        plain = stack.enter_context(
            AuthenticatedClient(url, token, retry=None, transport=transport)
        )
        full = stack.enter_context(
            create_client(api_key=API_KEY, secret=SECRET, base_url=url, transport=transport)
        )
        creates: dict[str, Callable[[], object]] = {
            RAW: lambda: raw.post(COLLECTION, content=prepared, headers=post_headers),
            PLAIN: lambda: create_routing_rule.sync(client=plain, body=body),
            FULL: lambda: create_routing_rule.sync(client=full, body=body),
        }
        gets: dict[str, Callable[[], object]] = {
            RAW: lambda: raw.get(RULE_PATH, headers=get_headers),
            PLAIN: lambda: get_routing_rule.sync(RULE["id"], client=plain),
            FULL: lambda: get_routing_rule.sync(RULE["id"], client=full),
        }
        measured_creates = interleaved(
            creates, rounds=settings.rounds, calls=settings.calls, clock=clock
        )
        measured_gets = interleaved(gets, rounds=settings.rounds, calls=settings.calls, clock=clock)
    return _rows(section, "sync", "create", measured_creates) + _rows(
        section, "sync", "get", measured_gets
    )


async def _async_rows(section: str, url: str, token: str, settings: Settings) -> list[Row]:
    body = RoutingRuleCreate.from_dict(CREATE_BODY)
    prepared = _prepared_body()
    post_headers = {"Content-Type": "application/json", "Authorization": token}
    get_headers = {"Authorization": token}
    raw = httpx.AsyncClient(base_url=url)
    plain = AuthenticatedClient(url, token, retry=None)
    full = create_client(api_key=API_KEY, secret=SECRET, base_url=url)
    async with raw, plain, full:
        creates: dict[str, Callable[[], Awaitable[object]]] = {
            RAW: lambda: raw.post(COLLECTION, content=prepared, headers=post_headers),
            PLAIN: lambda: create_routing_rule.asyncio(client=plain, body=body),
            FULL: lambda: create_routing_rule.asyncio(client=full, body=body),
        }
        gets: dict[str, Callable[[], Awaitable[object]]] = {
            RAW: lambda: raw.get(RULE_PATH, headers=get_headers),
            PLAIN: lambda: get_routing_rule.asyncio(RULE["id"], client=plain),
            FULL: lambda: get_routing_rule.asyncio(RULE["id"], client=full),
        }
        measured_creates = await interleaved_async(
            creates, rounds=settings.rounds, calls=settings.calls
        )
        measured_gets = await interleaved_async(gets, rounds=settings.rounds, calls=settings.calls)
    return _rows(section, "async", "create", measured_creates) + _rows(
        section, "async", "get", measured_gets
    )


def _token_rows(settings: Settings, raw_call: Samples) -> list[Row]:
    """A provider's first `get_token()` mints; later ones hand out the cached token."""

    def fresh() -> Iterator[CachedTokenProvider]:
        while True:
            yield CachedTokenProvider(API_KEY, SECRET)

    providers = fresh()

    def first() -> object:
        return next(providers).get_token()

    cached_provider = CachedTokenProvider(API_KEY, SECRET)
    cached_provider.get_token()

    def later() -> object:
        return cached_provider.get_token()

    def construct() -> object:
        return next(providers)

    measured = interleaved(
        {"first": first, "later": later, "construct": construct},
        rounds=settings.token_rounds,
        calls=settings.token_calls,
    )
    # Constructing a provider is not part of a call's token cost: take it out, round by round.
    minting = Samples(
        tuple(
            f - c
            for f, c in zip(measured["first"].values, measured["construct"].values, strict=True)
        )
    )
    floor = raw_call.median
    return [
        Row(
            SECTION,
            "token: first call (mint)",
            minting,
            "µs",
            1e6,
            Samples(tuple(value / floor for value in minting.values)),
            f"{RAW} sync get",
        ),
        Row(
            SECTION,
            "token: later calls (cached)",
            measured["later"],
            "µs",
            1e6,
            Samples(tuple(value / floor for value in measured["later"].values)),
            f"{RAW} sync get",
        ),
    ]


def measure(settings: Settings = Settings()) -> list[Row]:
    token = _fixed_token()
    _check_same_bytes(token)
    with serving() as url:
        rows = _sync_rows(SECTION, url, token, settings)
        rows += asyncio.run(_async_rows(SECTION, url, token, settings))
    raw_sync_get = next(row.value for row in rows if row.name == f"sync get: {RAW}")
    rows += _token_rows(settings, raw_sync_get)
    # The same calls with no network at all: what the client costs in CPU per call.
    memory = httpx.MockTransport(_answer)
    rows += _sync_rows(
        IN_MEMORY, "http://127.0.0.1", token, settings, transport=memory, clock=time.thread_time
    )
    return rows
