"""What the mock does with rules: create, fetch, partial update, delete, gateways, numbers,
and rules kept apart by API key."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.settings import Gateway, MockSettings

from .helpers import (
    INBOUND,
    KEY_A,
    OUTBOUND,
    RULES,
    SECRET_A,
    Conformance,
    conforming_client,
    mint,
    rule_body,
)

pytestmark = pytest.mark.anyio


async def create(client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    answer = await client.post(RULES, json=rule_body(**overrides))
    assert answer.status_code == 200, answer.text
    rule: dict[str, Any] = answer.json()
    return rule


async def test_create_answers_the_stored_rule_and_get_finds_it(client: httpx.AsyncClient) -> None:
    created = await create(client)
    assert created["id"].startswith("rule_")
    sent = rule_body()
    assert {key: created[key] for key in sent} == sent
    assert created["type"] == "INBOUND"
    fetched = await client.get(f"{RULES}/{created['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == created


async def test_each_rule_gets_its_own_id(client: httpx.AsyncClient) -> None:
    ids = {(await create(client, numbers=[f"+1415000{n:04d}"]))["id"] for n in range(5)}
    assert len(ids) == 5


async def test_type_follows_the_gateway_direction(client: httpx.AsyncClient) -> None:
    assert (await create(client, gatewayId=OUTBOUND))["type"] == "OUTBOUND"
    assert (await create(client, gatewayId=INBOUND))["type"] == "INBOUND"


async def test_optional_fields_get_their_documented_defaults(client: httpx.AsyncClient) -> None:
    created = await create(client, hidePhoneNumber=None, metadata=None, tags=None)
    assert created["hidePhoneNumber"] is False
    assert created["metadata"] == {}
    assert created["tags"] == []


async def test_an_agent_only_dispatch_is_stored_as_sent(client: httpx.AsyncClient) -> None:
    dispatch = {"agent": {"type": "self", "id": "agent_1"}}
    assert (await create(client, dispatch=dispatch))["dispatch"] == dispatch


async def test_unknown_gateway_is_a_400_naming_gateway_id(client: httpx.AsyncClient) -> None:
    answer = await client.post(RULES, json=rule_body(gatewayId="gateway_nope"))
    assert answer.status_code == 400
    error = answer.json()
    assert (error["code"], error["field"], error["rule"]) == (
        "VALIDATION_ERROR",
        "gatewayId",
        "exists",
    )
    assert "gateway_nope" in error["message"]
    assert INBOUND in error["message"]  # names the gateways that do exist
    assert (await client.get(RULES)).json()["pageInfo"]["total"] == 0


async def test_configured_gateways_replace_the_defaults(conformance: Conformance) -> None:
    settings = MockSettings(
        credentials={KEY_A: SECRET_A}, gateways=(Gateway("gw_out", "OUTBOUND"),)
    )
    app = create_app(settings)
    async with conforming_client(app, conformance, mint()) as client:
        assert (await create(client, gatewayId="gw_out"))["type"] == "OUTBOUND"
        refused = await client.post(RULES, json=rule_body(gatewayId=INBOUND))
        assert (refused.status_code, refused.json()["field"]) == (400, "gatewayId")


async def test_a_number_on_two_rules_of_one_inbound_gateway_is_a_409(
    client: httpx.AsyncClient,
) -> None:
    first = await create(client, numbers=["+14150001111"])
    answer = await client.post(RULES, json=rule_body(numbers=["+14159990000", "+14150001111"]))
    assert answer.status_code == 409
    error = answer.json()
    assert (error["code"], error["field"], error["rule"]) == (
        "NUMBER_IN_USE",
        "numbers[1]",
        "unique-on-inbound-gateway",
    )
    assert first["id"] in error["message"]
    listing = (await client.get(RULES)).json()
    assert [rule["id"] for rule in listing["data"]] == [first["id"]]


async def test_outbound_gateways_allow_the_same_number_twice(client: httpx.AsyncClient) -> None:
    await create(client, gatewayId=OUTBOUND, numbers=["+14150001111"])
    await create(client, gatewayId=OUTBOUND, numbers=["+14150001111"])


async def test_a_deleted_rule_frees_its_numbers(client: httpx.AsyncClient) -> None:
    first = await create(client, numbers=["+14150001111"])
    assert (await client.delete(f"{RULES}/{first['id']}")).status_code == 200
    await create(client, numbers=["+14150001111"])


async def test_partial_update_changes_only_the_fields_sent(client: httpx.AsyncClient) -> None:
    created = await create(client)
    answer = await client.put(f"{RULES}/{created['id']}", json={"name": "Renamed"})
    assert answer.status_code == 200
    assert answer.json() == {**created, "name": "Renamed"}
    assert (await client.get(f"{RULES}/{created['id']}")).json() == {**created, "name": "Renamed"}


async def test_update_replaces_each_field_sent_whole(client: httpx.AsyncClient) -> None:
    created = await create(client)
    change = {
        "numbers": ["+14150009999"],
        "dispatch": {"agent": {"type": "cloud", "id": "agent_790"}},
        "metadata": {"team": "b"},
        "tags": [],
        "hidePhoneNumber": True,
    }
    answer = await client.put(f"{RULES}/{created['id']}", json=change)
    assert answer.json() == {**created, **change}


async def test_update_keeps_the_rule_in_its_listing_place(client: httpx.AsyncClient) -> None:
    first = await create(client, numbers=["+14150000001"])
    second = await create(client, numbers=["+14150000002"])
    await client.put(f"{RULES}/{first['id']}", json={"name": "Changed"})
    listed = [rule["id"] for rule in (await client.get(RULES)).json()["data"]]
    assert listed == [first["id"], second["id"]]


async def test_update_to_a_number_in_use_is_a_409_and_changes_nothing(
    client: httpx.AsyncClient,
) -> None:
    await create(client, numbers=["+14150000001"])
    second = await create(client, numbers=["+14150000002"])
    answer = await client.put(
        f"{RULES}/{second['id']}", json={"numbers": ["+14150000002", "+14150000001"]}
    )
    assert (answer.status_code, answer.json()["field"]) == (409, "numbers[1]")
    assert (await client.get(f"{RULES}/{second['id']}")).json() == second


async def test_update_may_keep_the_rules_own_numbers(client: httpx.AsyncClient) -> None:
    created = await create(client, numbers=["+14150000001"])
    answer = await client.put(
        f"{RULES}/{created['id']}", json={"numbers": ["+14150000001", "+14150000003"]}
    )
    assert answer.status_code == 200
    # The number the update dropped is free again; the one it added is taken.
    await create(client, numbers=["+14150000002"])
    clash = await client.post(RULES, json=rule_body(numbers=["+14150000003"]))
    assert clash.status_code == 409


async def test_an_empty_update_is_no_editable_fields(client: httpx.AsyncClient) -> None:
    created = await create(client)
    answer = await client.put(f"{RULES}/{created['id']}", json={})
    assert answer.status_code == 400
    error = answer.json()
    assert (error["code"], error["field"], error["rule"]) == (
        "NO_EDITABLE_FIELDS",
        "body",
        "minProperties",
    )
    for name in ("name", "numbers", "dispatch", "hidePhoneNumber", "metadata", "tags"):
        assert name in error["message"]


async def test_the_gateway_is_not_editable(client: httpx.AsyncClient) -> None:
    created = await create(client)
    answer = await client.put(f"{RULES}/{created['id']}", json={"gatewayId": OUTBOUND})
    assert answer.status_code == 400
    assert (answer.json()["field"], answer.json()["rule"]) == ("gatewayId", "additionalProperties")
    assert (await client.get(f"{RULES}/{created['id']}")).json() == created


async def test_delete_answers_the_id_and_the_rule_is_gone(client: httpx.AsyncClient) -> None:
    created = await create(client)
    answer = await client.delete(f"{RULES}/{created['id']}")
    assert answer.json() == {
        "message": "Routing rule deleted successfully.",
        "ruleId": created["id"],
    }
    for method in ("GET", "PUT", "DELETE"):
        gone = await client.request(method, f"{RULES}/{created['id']}", json={"name": "x"})
        assert gone.status_code == 404
        error = gone.json()
        assert (error["code"], error["field"], error["rule"]) == ("NOT_FOUND", "ruleId", "exists")
        assert created["id"] in error["message"]


async def test_another_keys_rules_are_invisible(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    mine = await create(client)
    path = f"{RULES}/{mine['id']}"
    assert (await client_b.get(path)).status_code == 404
    assert (await client_b.put(path, json={"name": "stolen"})).status_code == 404
    assert (await client_b.delete(path)).status_code == 404
    listing = (await client_b.get(RULES, params={"id": mine["id"]})).json()
    assert listing == {
        "pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 0},
        "data": [],
    }
    assert (await client.get(path)).json() == mine


async def test_number_conflicts_are_per_api_key(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    # Another key's rules do not exist for this key, so they cannot clash with its own.
    await create(client, numbers=["+14150001111"])
    await create(client_b, numbers=["+14150001111"])


async def test_each_app_has_its_own_store(app: MockApp, conformance: Conformance) -> None:
    other = create_app(app.settings)
    async with conforming_client(app, conformance, mint()) as first:
        await create(first)
    async with conforming_client(other, conformance, mint()) as second:
        assert (await second.get(RULES)).json()["pageInfo"]["total"] == 0
