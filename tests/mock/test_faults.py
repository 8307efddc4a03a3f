"""`--faults`: seeded, reproducible 429s (with `Retry-After`), 503s, delays and dropped
connections, none of which changes the stored rules."""

from __future__ import annotations

import httpx
import pytest

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.pipeline.faults import Fault, FaultInjector
from videosdk_sip.mock.server import running_mock
from videosdk_sip.mock.settings import FaultSettings, MockSettings

from .helpers import KEY_A, RULES, SECRET_A, Conformance, conforming_client, mint, rule_body

pytestmark = pytest.mark.anyio

MIXED = FaultSettings(
    seed=7, rate_limit=0.2, unavailable=0.1, drop=0.0, latency_ms=(0, 2), retry_after=3
)


def draws(settings: FaultSettings, count: int) -> list[tuple[float, Fault]]:
    injector = FaultInjector(settings)
    return [injector.draw() for _ in range(count)]


def test_the_same_seed_draws_the_same_faults() -> None:
    assert draws(MIXED, 300) == draws(MIXED, 300)


def test_another_seed_draws_other_faults() -> None:
    other = FaultSettings(seed=8, rate_limit=0.2, unavailable=0.1, latency_ms=(0, 2))
    assert [f for _, f in draws(MIXED, 300)] != [f for _, f in draws(other, 300)]


def test_shares_and_delays_follow_the_settings() -> None:
    settings = FaultSettings(seed=1, rate_limit=0.3, unavailable=0.2, drop=0.1, latency_ms=(5, 50))
    drawn = draws(settings, 4000)
    counts = {fault: sum(1 for _, f in drawn if f is fault) for fault in Fault}
    assert 0.27 < counts[Fault.RATE_LIMITED] / 4000 < 0.33
    assert 0.17 < counts[Fault.UNAVAILABLE] / 4000 < 0.23
    assert 0.08 < counts[Fault.DROP] / 4000 < 0.12
    assert all(0.005 <= delay <= 0.050 for delay, _ in drawn)


def test_no_latency_means_no_delay() -> None:
    assert {delay for delay, _ in draws(FaultSettings(seed=3, rate_limit=0.5), 50)} == {0.0}


async def statuses(app: MockApp, conformance: Conformance, count: int) -> list[int]:
    seen = []
    async with conforming_client(app, conformance, mint()) as client:
        for index in range(count):
            answer = await client.post(RULES, json=rule_body(numbers=[f"+1415200{index:04d}"]))
            seen.append(answer.status_code)
            if answer.status_code == 429:
                assert answer.headers["retry-after"] == "3"
                assert answer.json()["code"] == "RATE_LIMITED"
            elif answer.status_code == 503:
                assert answer.json()["code"] == "SERVICE_UNAVAILABLE"
    return seen


async def test_a_seeded_mock_answers_the_same_sequence(conformance: Conformance) -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A}, faults=MIXED)
    first_app, second_app = create_app(settings), create_app(settings)
    first = await statuses(first_app, conformance, 60)
    second = await statuses(second_app, conformance, 60)
    assert first == second
    assert set(first) == {200, 429, 503}
    # A faulted create stored nothing; every 200 stored one rule.
    assert first_app.stores.routing_rules.count() == first.count(200)


async def test_faults_spare_the_reference_pages(conformance: Conformance) -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A}, faults=FaultSettings(unavailable=1.0))
    async with conforming_client(create_app(settings), conformance, mint()) as client:
        assert (await client.get("/openapi.json")).status_code == 200
        assert (await client.get(RULES)).status_code == 503


# A dropped connection reaches the client as a close before the promised body, or, when the
# request's bytes were still unread on the server's side, as a reset: both mean no answer.
CONNECTION_DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


def test_a_dropped_connection_gets_no_answer_and_changes_nothing() -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A}, faults=FaultSettings(seed=2, drop=1.0))
    with running_mock(settings) as url, httpx.Client(base_url=url) as client:
        for _ in range(3):
            with pytest.raises(CONNECTION_DROPPED):
                client.post(RULES, json=rule_body(), headers={"Authorization": mint()})
        assert client.get("/openapi.json").status_code == 200


def test_partly_dropping_server_still_serves_the_rest() -> None:
    faults = FaultSettings(seed=5, drop=0.5, latency_ms=(1, 3))
    settings = MockSettings(credentials={KEY_A: SECRET_A}, faults=faults)
    expected = [fault for _, fault in draws(faults, 20)]
    outcomes = []
    with running_mock(settings) as url:
        for _ in range(20):
            try:
                # A new connection each time, as a client retrying after a drop would.
                answer = httpx.get(url + RULES, headers={"Authorization": mint()})
                outcomes.append(Fault.NONE if answer.status_code == 200 else None)
            except CONNECTION_DROPPED:
                outcomes.append(Fault.DROP)
    assert outcomes == expected
