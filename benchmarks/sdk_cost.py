"""What the resource layer costs: `sdk.sip.routing_rules.<verb>(...)` against calling the
generated function it wraps, on the same client, in the same run.

Both variants send the same request through the same `AuthenticatedClient` (built by
`VideoSDK` with `create_client`, so tokens, retries and error mapping are on), to the bare
endpoint (`benchmarks.endpoint`) on 127.0.0.1, interleaved round by round. A create builds
its body model in both: from keyword arguments in the resource method, from the same values
in the baseline. Then the same sync calls with no network (an in-memory transport), timed in
this thread's CPU time, where the layer has nothing to hide behind.

On a busy machine both spread by far more than 2%, so the layer is also timed alone: each
generated function is swapped for a stub that returns a ready answer, the resource method and
the direct call are timed over many calls, and their difference (what the layer adds) is set
against the in-memory call it wraps, measured in the same run.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from videosdk_sip_client import AsyncVideoSDK, VideoSDK
from videosdk_sip_client.api.routing_rules import create_routing_rule, get_routing_rule
from videosdk_sip_client.models import RoutingRule, RoutingRuleCreate

from benchmarks.client_cost import API_KEY, CREATE_BODY, SECRET
from benchmarks.endpoint import BODY, RULE, serving
from benchmarks.report import Row, Target
from benchmarks.timing import Samples, interleaved, interleaved_async, paired_ratio

__all__ = ["Settings", "measure"]

SECTION = "5 resource client"
IN_MEMORY = "5 resource client CPU, no network"
ALONE = "5 resource layer alone"
TARGET = Target(1.02)
FUNCTION, RESOURCE = "generated function", "resource method"


@dataclass(frozen=True)
class Settings:
    rounds: int = 200
    calls: int = 20


def _fields() -> dict[str, Any]:
    """The create body's values as keyword arguments, nested models built once."""
    body = RoutingRuleCreate.from_dict(CREATE_BODY)
    return {
        "gateway_id": body.gateway_id,
        "name": body.name,
        "numbers": body.numbers,
        "dispatch": body.dispatch,
        "hide_phone_number": body.hide_phone_number,
        "metadata": body.metadata,
        "tags": body.tags,
    }


def _rows(section: str, mode: str, operation: str, samples: dict[str, Samples]) -> list[Row]:
    function, resource = samples[FUNCTION], samples[RESOURCE]
    ratio = paired_ratio(resource, function)
    name = f"{mode} {operation}"
    return [
        Row(section, f"{name}: {FUNCTION}", function, "µs", 1e6),
        Row(section, f"{name}: {RESOURCE}", resource, "µs", 1e6, ratio, FUNCTION, TARGET),
    ]


def _sync_rows(
    section: str,
    url: str,
    settings: Settings,
    transport: httpx.BaseTransport | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> list[Row]:
    fields = _fields()
    rule_id = str(RULE["id"])
    with VideoSDK(api_key=API_KEY, secret=SECRET, base_url=url, transport=transport) as sdk:
        client, rules = sdk.client, sdk.sip.routing_rules
        creates: dict[str, Callable[[], object]] = {
            FUNCTION: lambda: create_routing_rule.sync(
                client=client, body=RoutingRuleCreate(**fields)
            ),
            RESOURCE: lambda: rules.create(**fields),
        }
        gets: dict[str, Callable[[], object]] = {
            FUNCTION: lambda: get_routing_rule.sync(rule_id, client=client),
            RESOURCE: lambda: rules.get(rule_id),
        }
        rounds, calls = settings.rounds, settings.calls
        measured_creates = interleaved(creates, rounds=rounds, calls=calls, clock=clock)
        measured_gets = interleaved(gets, rounds=rounds, calls=calls, clock=clock)
    return _rows(section, "sync", "create", measured_creates) + _rows(
        section, "sync", "get", measured_gets
    )


async def _async_rows(url: str, settings: Settings) -> list[Row]:
    fields = _fields()
    rule_id = str(RULE["id"])
    async with AsyncVideoSDK(api_key=API_KEY, secret=SECRET, base_url=url) as sdk:
        client, rules = sdk.client, sdk.sip.routing_rules
        creates: dict[str, Callable[[], Awaitable[object]]] = {
            FUNCTION: lambda: create_routing_rule.asyncio(
                client=client, body=RoutingRuleCreate(**fields)
            ),
            RESOURCE: lambda: rules.create(**fields),
        }
        gets: dict[str, Callable[[], Awaitable[object]]] = {
            FUNCTION: lambda: get_routing_rule.asyncio(rule_id, client=client),
            RESOURCE: lambda: rules.get(rule_id),
        }
        rounds, calls = settings.rounds, settings.calls
        measured_creates = await interleaved_async(creates, rounds=rounds, calls=calls)
        measured_gets = await interleaved_async(gets, rounds=rounds, calls=calls)
    return _rows(SECTION, "async", "create", measured_creates) + _rows(
        SECTION, "async", "get", measured_gets
    )


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "application/json"}, content=BODY)


def _layer_rows(in_memory: list[Row], settings: Settings) -> list[Row]:
    """What the resource method adds to the generated function, with the request stubbed out."""
    fields = _fields()
    rule = RoutingRule.from_dict(RULE)
    rule_id = str(RULE["id"])
    saved = create_routing_rule.sync, get_routing_rule.sync

    def answer(*_args: object, **_kwargs: object) -> RoutingRule:
        return rule

    create_routing_rule.sync = answer
    get_routing_rule.sync = answer
    try:
        with VideoSDK(api_key=API_KEY, secret=SECRET, base_url="http://127.0.0.1") as sdk:
            client, rules = sdk.client, sdk.sip.routing_rules
            measured = {
                "create": interleaved(
                    {
                        FUNCTION: lambda: create_routing_rule.sync(
                            client=client, body=RoutingRuleCreate(**fields)
                        ),
                        RESOURCE: lambda: rules.create(**fields),
                    },
                    rounds=settings.rounds,
                    calls=settings.calls * 50,
                    clock=time.thread_time,
                ),
                "get": interleaved(
                    {
                        FUNCTION: lambda: get_routing_rule.sync(rule_id, client=client),
                        RESOURCE: lambda: rules.get(rule_id),
                    },
                    rounds=settings.rounds,
                    calls=settings.calls * 50,
                    clock=time.thread_time,
                ),
            }
    finally:
        create_routing_rule.sync, get_routing_rule.sync = saved
    rows: list[Row] = []
    for operation, samples in measured.items():
        added = tuple(
            r - f for r, f in zip(samples[RESOURCE].values, samples[FUNCTION].values, strict=True)
        )
        whole = next(r for r in in_memory if r.name == f"sync {operation}: {FUNCTION}")
        call = whole.value.median
        ratio = Samples(tuple((call + extra) / call for extra in added))
        name = f"sync {operation}: added by the layer"
        against = f"{FUNCTION}, in memory (CPU)"
        rows.append(Row(ALONE, name, Samples(added), "µs", 1e6, ratio, against, TARGET))
    return rows


def measure(settings: Settings = Settings()) -> list[Row]:
    with serving() as url:
        rows = _sync_rows(SECTION, url, settings)
        rows += asyncio.run(_async_rows(url, settings))
    memory = httpx.MockTransport(_answer)
    in_memory = _sync_rows(IN_MEMORY, "http://127.0.0.1", settings, memory, time.thread_time)
    return rows + in_memory + _layer_rows(in_memory, settings)
