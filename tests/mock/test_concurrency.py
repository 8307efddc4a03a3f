"""Concurrent writers lose nothing: parallel creates, updates and deletes leave every rule and
every listing total consistent, in one event loop, across event loops in threads, and over
loopback HTTP."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import anyio
import httpx
import pytest

from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.server import running_mock
from videosdk_sip.mock.settings import MockSettings

from .helpers import (
    INBOUND,
    KEY_A,
    KEY_B,
    OUTBOUND,
    RULES,
    SECRET_A,
    SECRET_B,
    Conformance,
    conforming_client,
    mint,
    rule_body,
)

pytestmark = pytest.mark.anyio


async def all_rules(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    page = 1
    while True:
        answer = (await client.get(RULES, params={"page": page, "perPage": 100})).json()
        rules.extend(answer["data"])
        if page >= answer["pageInfo"]["lastPage"]:
            assert answer["pageInfo"]["total"] == len(rules)
            return rules
        page += 1


async def test_parallel_creates_updates_and_deletes(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    async def create(index: int, who: httpx.AsyncClient) -> dict[str, Any]:
        number = f"+1415300{index:04d}"
        answer = await who.post(RULES, json=rule_body(name=f"rule {index}", numbers=[number]))
        assert answer.status_code == 200
        rule: dict[str, Any] = answer.json()
        return rule

    created: list[dict[str, Any]] = []
    async with anyio.create_task_group() as group:
        for index in range(120):

            async def one(index: int = index) -> None:
                created.append(await create(index, client if index % 3 else client_b))

            group.start_soon(one)
    mine = [rule for rule in created if int(rule["name"].split()[1]) % 3]
    assert len({rule["id"] for rule in created}) == 120

    deleted, renamed = mine[::2], mine[1::2]

    async def delete(rule: dict[str, Any]) -> None:
        assert (await client.delete(f"{RULES}/{rule['id']}")).status_code == 200

    async def rename(rule: dict[str, Any]) -> None:
        answer = await client.put(f"{RULES}/{rule['id']}", json={"name": rule["name"] + " v2"})
        assert answer.status_code == 200

    async with anyio.create_task_group() as group:
        for rule in deleted:
            group.start_soon(delete, rule)
        for rule in renamed:
            group.start_soon(rename, rule)

    left = await all_rules(client)
    assert sorted(rule["id"] for rule in left) == sorted(rule["id"] for rule in renamed)
    assert all(rule["name"].endswith(" v2") for rule in left)
    assert len(await all_rules(client_b)) == 40


async def test_racing_creates_of_one_number_let_exactly_one_win(client: httpx.AsyncClient) -> None:
    statuses: list[int] = []

    async def create() -> None:
        answer = await client.post(RULES, json=rule_body(numbers=["+14150001111"]))
        statuses.append(answer.status_code)

    async with anyio.create_task_group() as group:
        for _ in range(40):
            group.start_soon(create)
    assert sorted(statuses) == [200] + [409] * 39
    assert len(await all_rules(client)) == 1


def test_threads_each_with_an_event_loop_share_one_store(conformance: Conformance) -> None:
    app = create_app(MockSettings(credentials={KEY_A: SECRET_A}))

    async def writer(thread: int) -> None:
        async with conforming_client(app, conformance, mint()) as client:
            for index in range(40):
                number = f"+1415{thread}00{index:04d}"
                answer = await client.post(RULES, json=rule_body(numbers=[number]))
                assert answer.status_code == 200
                if index % 4 == 0:
                    rule_id = answer.json()["id"]
                    assert (await client.delete(f"{RULES}/{rule_id}")).status_code == 200

    failures: list[BaseException] = []

    def run(thread: int) -> None:
        try:
            asyncio.run(writer(thread))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not failures
    assert app.stores.routing_rules.count() == 4 * 30


def test_concurrent_clients_over_loopback_http() -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A, KEY_B: SECRET_B})
    with running_mock(settings) as url:
        errors: list[str] = []

        def client_thread(thread: int) -> None:
            api_key, secret = (KEY_A, SECRET_A) if thread % 2 else (KEY_B, SECRET_B)
            headers = {"Authorization": mint(api_key, secret)}
            with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
                for index in range(25):
                    gateway = OUTBOUND if index % 2 else INBOUND
                    body = rule_body(gatewayId=gateway, numbers=[f"+1415{thread}10{index:04d}"])
                    answer = client.post(RULES, json=body)
                    if answer.status_code != 200:
                        errors.append(answer.text)
                        continue
                    rule_id = answer.json()["id"]
                    if index % 5 == 0:
                        client.delete(f"{RULES}/{rule_id}")
                    else:
                        client.put(f"{RULES}/{rule_id}", json={"tags": [f"t{thread}"]})

        threads = [threading.Thread(target=client_thread, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert errors == []
        for api_key, secret in ((KEY_A, SECRET_A), (KEY_B, SECRET_B)):
            listing = httpx.get(
                url + RULES,
                params={"perPage": 100},
                headers={"Authorization": mint(api_key, secret)},
            ).json()
            assert listing["pageInfo"]["total"] == 3 * 20
            assert all(rule["tags"] for rule in listing["data"])
