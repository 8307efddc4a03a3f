"""Changes that span gateways, numbers and rules are atomic under concurrent writers: threads,
each with its own event loop, race on one app with a tiny thread switch interval, and the
stores end consistent (one winner per contested number, nothing half-made by a loser).

The stores' writes are slowed down by a millisecond each, so that a change that checks
one store and then writes another without holding the shared lock throughout is caught in
the gap."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import KEY_A, SECRET_A, Conformance, conforming_client, mint
from .test_phone_numbers import IN, NUMBERS, OUT, RULE, path_of, provision_body

THREADS = 4
ROUNDS = 25


def slowed(write: Callable[..., Any]) -> Callable[..., Any]:
    def slow_write(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.001)
        return write(*args, **kwargs)

    return slow_write


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> MockApp:
    app = create_app(MockSettings(credentials={KEY_A: SECRET_A}))
    stores = app.stores
    for store, name in (
        (stores.gateways, "create"),
        (stores.phone_numbers, "register"),
        (stores.number_rules, "update"),
    ):
        monkeypatch.setattr(store, name, slowed(getattr(store, name)))
    return app


@pytest.fixture(autouse=True)
def frequent_thread_switches() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def in_threads(
    app: MockApp,
    conformance: Conformance,
    work: Callable[[httpx.AsyncClient, int], Awaitable[None]],
) -> None:
    """Runs `work(client, thread)` in `THREADS` threads at once, each with its own loop."""
    failures: list[BaseException] = []
    start = threading.Barrier(THREADS)

    async def one(thread: int) -> None:
        async with conforming_client(app, conformance, mint()) as client:
            start.wait(timeout=10)
            await work(client, thread)

    def run(thread: int) -> None:
        try:
            asyncio.run(one(thread))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures


def shared(index: int) -> str:
    return f"+1415600{index:04d}"


def unique(thread: int, index: int) -> str:
    return f"+1415{thread + 7}00{index:04d}"


def test_racing_provisioning_creates_one_pair_per_contested_number(
    app: MockApp, conformance: Conformance
) -> None:
    statuses: dict[int, list[tuple[int, int]]] = {index: [] for index in range(ROUNDS)}

    async def work(client: httpx.AsyncClient, thread: int) -> None:
        for index in range(ROUNDS):
            body = provision_body([unique(thread, index), shared(index)])
            answer = await client.post(NUMBERS, json=body)
            statuses[index].append((answer.status_code, thread))

    in_threads(app, conformance, work)

    async def check() -> None:
        async with conforming_client(app, conformance, mint()) as client:
            for index, answers in statuses.items():
                winners = [thread for status, thread in answers if status == 200]
                assert len(winners) == 1, answers
                assert sorted(status for status, _ in answers) == [200] + [400] * (THREADS - 1)
                won = (await client.get(path_of(shared(index)))).json()
                assert won["inbound"]["numbers"] == [unique(winners[0], index), shared(index)]
                for thread in range(THREADS):
                    if thread != winners[0]:
                        lost = await client.get(path_of(unique(thread, index)))
                        assert lost.status_code == 404  # the loser registered nothing
            for path in (IN, OUT):
                total = (await client.get(path)).json()["pageInfo"]["total"]
                assert total == 1 + ROUNDS  # the configured gateway and one per winner

    asyncio.run(check())


def test_racing_inbound_rules_let_one_win_and_release_leaves_no_rule_behind(
    app: MockApp, conformance: Conformance
) -> None:
    numbers = [shared(index) for index in range(ROUNDS)]

    async def setup() -> list[str]:
        async with conforming_client(app, conformance, mint()) as client:
            answer = await client.post(NUMBERS, json=provision_body(numbers))
            assert answer.status_code == 200
            details = [(await client.get(path_of(number))).json() for number in numbers]
            return [detail["phoneNumber"]["phoneNumberId"] for detail in details]

    ids = asyncio.run(setup())
    created: dict[int, list[int]] = {index: [] for index in range(ROUNDS)}
    outbound: list[str] = []

    async def work(client: httpx.AsyncClient, thread: int) -> None:
        for index, number in enumerate(numbers):
            body: dict[str, Any] = {"name": "r", "type": "inbound", "phoneNumbers": [number]}
            created[index].append((await client.post(RULE, json=body)).status_code)
        if thread == 0:
            for number_id in ids[::2]:
                assert (await client.post(f"{NUMBERS}/{number_id}/release")).status_code == 200
            return
        # the others keep widening outbound rules to every number while releases run
        rule = await client.post(
            RULE, json={"name": "o", "type": "outbound", "phoneNumbers": numbers[1:2]}
        )
        rule_id = rule.json()["id"]
        outbound.append(rule_id)
        for _ in range(ROUNDS):
            answer = await client.patch(f"{RULE}/{rule_id}", json={"phoneNumbers": numbers})
            assert answer.status_code in (200, 400), answer.text

    in_threads(app, conformance, work)
    for statuses in created.values():
        assert sorted(statuses) == [201] + [400] * (THREADS - 1)

    released = set(numbers[::2])

    async def check() -> None:
        async with conforming_client(app, conformance, mint()) as client:
            listing = (await client.get(RULE, params={"perPage": 100})).json()
            assert listing["pageInfo"]["total"] == ROUNDS + THREADS - 1
            for rule in listing["data"]:
                assert not released & set(rule["numbers"]), rule
            for number in released:
                assert (await client.get(path_of(number))).status_code == 404

    asyncio.run(check())
