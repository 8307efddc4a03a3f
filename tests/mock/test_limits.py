"""What one API key can store is bounded: a number of rules and a size per rule, each with a
documented answer, so that no key can fill the server's memory."""

from __future__ import annotations

import httpx
import pytest

from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores.routing_rules import RuleStore

from .helpers import (
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


def capped(max_rules_per_key: int = 10_000) -> MockSettings:
    return MockSettings(
        credentials={KEY_A: SECRET_A, KEY_B: SECRET_B}, max_rules_per_key=max_rules_per_key
    )


async def test_a_key_holds_at_most_its_maximum_of_rules(conformance: Conformance) -> None:
    app = create_app(capped(max_rules_per_key=3))
    async with conforming_client(app, conformance, mint()) as client:
        for _ in range(3):
            assert (await client.post(RULES, json=rule_body(gatewayId=OUTBOUND))).status_code == 200
        refused = await client.post(RULES, json=rule_body(gatewayId=OUTBOUND))
        assert refused.status_code == 409
        error = refused.json()
        assert (error["code"], error["field"], error["rule"]) == (
            "RULE_LIMIT_REACHED",
            "body",
            "maxRulesPerKey",
        )
        assert "3 routing rules" in error["message"]
        listed = (await client.get(RULES)).json()
        assert listed["pageInfo"]["total"] == 3
        # Deleting one makes room again; another key has its own allowance.
        await client.delete(f"{RULES}/{listed['data'][0]['id']}")
        assert (await client.post(RULES, json=rule_body(gatewayId=OUTBOUND))).status_code == 200
    async with conforming_client(app, conformance, mint(KEY_B, SECRET_B)) as other:
        assert (await other.post(RULES, json=rule_body(gatewayId=OUTBOUND))).status_code == 200


def test_the_default_allowance_is_ten_thousand_rules_per_key() -> None:
    settings = MockSettings()
    assert (settings.max_rules_per_key, settings.max_rule_bytes) == (10_000, 16_384)
    store = create_app(settings).stores.routing_rules
    assert (store.max_rules_per_key, store.max_rule_bytes) == (10_000, 16_384)


async def test_the_default_count_cap_holds_over_http_calls(conformance: Conformance) -> None:
    app = create_app(capped())
    async with conforming_client(app, conformance, mint()) as client:
        store: RuleStore = app.stores.routing_rules
        body = rule_body(gatewayId=OUTBOUND)
        gateway = app.stores.gateways.get(KEY_A, OUTBOUND)
        assert gateway is not None
        for _ in range(10_000 - 1):
            store.create(KEY_A, body, gateway)
        assert (await client.post(RULES, json=body)).status_code == 200
        refused = await client.post(RULES, json=body)
        assert (refused.status_code, refused.json()["code"]) == (409, "RULE_LIMIT_REACHED")
        assert store.count(KEY_A) == 10_000


async def test_a_rule_too_large_to_keep_is_a_413_and_nothing_is_stored(
    client: httpx.AsyncClient,
) -> None:
    # Well under the 1 MiB body limit, over the 16 KiB a stored rule may take.
    big = {f"k{index}": "x" * 400 for index in range(50)}
    refused = await client.post(RULES, json=rule_body(metadata=big))
    assert refused.status_code == 413
    error = refused.json()
    assert (error["code"], error["field"], error["rule"]) == (
        "PAYLOAD_TOO_LARGE",
        "body",
        "maxRuleBytes",
    )
    assert "16384 bytes" in error["message"]
    assert (await client.get(RULES)).json()["pageInfo"]["total"] == 0


async def test_an_update_cannot_grow_a_rule_past_the_size_limit(
    client: httpx.AsyncClient,
) -> None:
    created = (await client.post(RULES, json=rule_body())).json()
    big = {f"k{index}": "x" * 400 for index in range(50)}
    refused = await client.put(f"{RULES}/{created['id']}", json={"metadata": big})
    assert (refused.status_code, refused.json()["rule"]) == (413, "maxRuleBytes")
    assert (await client.get(f"{RULES}/{created['id']}")).json() == created


async def test_rule_ids_tell_nothing_of_other_keys_rules(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    def number(answer: httpx.Response) -> int:
        rule_id = answer.json()["id"]
        assert rule_id.startswith("rule_")
        return int(rule_id.removeprefix("rule_"), 16)

    first = number(await client.post(RULES, json=rule_body(gatewayId=OUTBOUND)))
    for _ in range(5):
        await client_b.post(RULES, json=rule_body(gatewayId=OUTBOUND))
    second = number(await client.post(RULES, json=rule_body(gatewayId=OUTBOUND)))
    third = number(await client.post(RULES, json=rule_body(gatewayId=OUTBOUND)))
    # Ids counted across keys would show a gap of 6 (key B's 5 rules) and then of 1.
    assert second - first != 6
    assert third - second != 1


def test_a_key_filling_the_served_mock_meets_both_caps() -> None:
    """The issue's probe over 127.0.0.1: one key sending rules as large as allowed, and
    larger, until refused; bounded at 70 requests."""
    from videosdk_sip.mock.server import running_mock

    settings = MockSettings(credentials={KEY_A: SECRET_A}, max_rules_per_key=50)
    near_limit = {f"k{index}": "x" * 290 for index in range(50)}  # about 15.5 KiB stored
    too_large = {f"k{index}": "x" * 400 for index in range(50)}
    with running_mock(settings) as url, httpx.Client(base_url=url, timeout=10) as http:
        http.headers["Authorization"] = mint()
        larger = [
            http.post(RULES, json=rule_body(gatewayId=OUTBOUND, metadata=too_large)).status_code
            for _ in range(10)
        ]
        statuses = [
            http.post(RULES, json=rule_body(gatewayId=OUTBOUND, metadata=near_limit)).status_code
            for _ in range(60)
        ]
        total = http.get(RULES).json()["pageInfo"]["total"]
    assert statuses == [200] * 50 + [409] * 10
    assert larger == [413] * 10
    assert total == 50
