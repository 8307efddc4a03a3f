"""Seeded schedules: a call's steps come after the request that caused them, on the event
loop, in order, with delays drawn from the seed (the same seed, the same delays); a step
never overrides a call that moved on; `maxCallDuration` ends an answered call."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.call_settings import CallSettings
from videosdk_sip.mock.settings import MockSettings

from .calls_helpers import CALLS, call_body, outbound_rule, statuses
from .helpers import KEY_A, KEY_B, SECRET_A, SECRET_B, Conformance, conforming_client, mint

pytestmark = pytest.mark.anyio


def seeded(seed: int = 7, step_ms: tuple[int, int] = (10, 40)) -> MockSettings:
    return MockSettings(
        credentials={KEY_A: SECRET_A, KEY_B: SECRET_B},
        calls=CallSettings(seed=seed, step_ms=step_ms),
    )


@pytest.fixture
def settings() -> MockSettings:
    return seeded()


async def wait_for_status(client: httpx.AsyncClient, call_id: str, status: str) -> dict[str, Any]:
    async with asyncio.timeout(5):
        while True:
            call: dict[str, Any] = (await client.get(f"{CALLS}/{call_id}")).json()["data"]
            if call["status"] == status:
                return call
            await asyncio.sleep(0.01)


async def test_the_steps_come_after_the_answer_in_order(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    assert placed["status"] == "initiated"
    assert statuses(placed) == ["INITIATED"]
    answered = await wait_for_status(client, placed["callId"], "answered")
    assert statuses(answered) == ["INITIATED", "RINGING", "ANSWERED"]
    await app.aclose()


async def placing_delays(settings: MockSettings, conformance: Conformance) -> list[float]:
    """The delays the lifecycle waits for while two calls are placed on a fresh app."""
    app = create_app(settings)
    loop = asyncio.get_running_loop()
    delays: list[float] = []
    forward = loop.call_later

    def recording(delay: float, callback: Any, *args: Any) -> asyncio.TimerHandle:
        if getattr(callback, "__qualname__", "").startswith("CallLifecycle."):
            delays.append(delay)
        return forward(delay, callback, *args)

    async with conforming_client(app, conformance, mint(KEY_A, SECRET_A)) as client:
        rule_id = outbound_rule(app)
        setattr(loop, "call_later", recording)  # noqa: B010 (a method, patched for this test)
        try:
            for _ in range(2):
                placed = (await client.post(CALLS, json=call_body(rule_id))).json()["data"]
                await wait_for_status(client, placed["callId"], "answered")
        finally:
            delattr(loop, "call_later")
    await app.aclose()
    return delays


async def test_the_same_seed_gives_the_same_delays(conformance: Conformance) -> None:
    first = await placing_delays(seeded(7), conformance)
    again = await placing_delays(seeded(7), conformance)
    other = await placing_delays(seeded(8), conformance)
    assert len(first) == 4
    assert all(0.01 <= delay <= 0.04 for delay in first)
    assert first == again
    assert first != other


@pytest.mark.parametrize("settings", [seeded(step_ms=(300, 300))])
async def test_ending_a_ringing_call_abandons_it_and_no_later_step_undoes_that(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    ended = await client.post(f"{CALLS}/end", json={"callId": placed["callId"]})
    assert ended.json()["data"]["status"] == "abandoned"
    await asyncio.sleep(0.7)  # past when ringing and answered were due
    after = (await client.get(f"{CALLS}/{placed['callId']}")).json()["data"]
    assert statuses(after) == ["INITIATED", "ABANDONED"]
    refused = await client.post(
        f"{CALLS}/transfer", json={"callId": placed["callId"], "transferTo": "+14155550199"}
    )
    assert refused.status_code == 409
    await app.aclose()


async def test_an_answered_call_ends_after_its_max_duration(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    body = call_body(outbound_rule(app), maxCallDuration=1)
    placed = (await client.post(CALLS, json=body)).json()["data"]
    ended = await wait_for_status(client, placed["callId"], "ended")
    assert statuses(ended) == ["INITIATED", "RINGING", "ANSWERED", "ENDED"]
    await app.aclose()
