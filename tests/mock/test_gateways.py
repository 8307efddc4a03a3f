"""Inbound and outbound gateways: CRUD with partial updates, soft delete, a number on one
gateway per direction, each API key's own records starting from the configured gateways,
and the seed family's `gatewayId` naming these gateways."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from videosdk_sip.mock.app import create_app
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

IN = "/v2/sip/inbound-gateways"
OUT = "/v2/sip/outbound-gateways"


def inbound_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Twilio Inbound Gateway",
        "numbers": ["+14155551234"],
        "auth": {"username": "sip-user", "password": "sip-pass-secret"},
        "record": True,
        "noiseCancellation": True,
        "tags": ["support"],
    }
    body.update(overrides)
    return body


def outbound_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Telnyx Outbound Gateway",
        "numbers": ["+14155551234"],
        "address": "sip.telnyx.com:5061",
        "transport": "tls",
        "auth": {"username": "sip-user", "password": "sip-pass-secret"},
    }
    body.update(overrides)
    return body


async def total(client: httpx.AsyncClient, path: str) -> int:
    answer = await client.get(path)
    assert answer.status_code == 200
    count: int = answer.json()["pageInfo"]["total"]
    return count


async def test_the_configured_gateways_are_records_of_each_key(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    for who in (client, client_b):
        inbound = await who.get(f"{IN}/{INBOUND}")
        assert inbound.status_code == 200
        assert inbound.json()["id"] == INBOUND
        assert (await who.get(f"{OUT}/{OUTBOUND}")).json()["id"] == OUTBOUND
        # each direction answers its own gateways only
        assert (await who.get(f"{IN}/{OUTBOUND}")).status_code == 404
        assert (await who.get(f"{OUT}/{INBOUND}")).status_code == 404
        listed = (await who.get(IN)).json()["data"]
        assert [gateway["id"] for gateway in listed] == [INBOUND]


async def test_a_gateways_file_gives_every_key_those_gateways(conformance: Conformance) -> None:
    settings = MockSettings(
        credentials={KEY_A: SECRET_A},
        gateways=(Gateway("pbx-in", "INBOUND"), Gateway("pbx-out", "OUTBOUND")),
    )
    async with conforming_client(create_app(settings), conformance, mint()) as client:
        assert (await client.get(f"{IN}/pbx-in")).status_code == 200
        assert (await client.get(f"{OUT}/pbx-out")).status_code == 200
        assert (await client.get(f"{IN}/{INBOUND}")).status_code == 404


async def test_create_get_list_update_and_delete(client: httpx.AsyncClient) -> None:
    created = await client.post(IN, json=inbound_body())
    assert created.status_code == 200
    gateway = created.json()
    gateway_id = gateway["id"]
    assert gateway["name"] == "Twilio Inbound Gateway"
    assert gateway["numbers"] == ["+14155551234"]
    assert gateway["address"] is None
    assert gateway["auth"] == {"username": "sip-user"}
    assert "sip-pass-secret" not in created.text
    assert (await client.get(f"{IN}/{gateway_id}")).json() == gateway

    # a partial update changes the fields sent and nothing else
    updated = await client.patch(f"{IN}/{gateway_id}", json={"name": "Renamed", "record": False})
    assert updated.status_code == 200
    after = updated.json()
    assert (after["name"], after["record"]) == ("Renamed", False)
    assert after["noiseCancellation"] is True
    assert after["tags"] == ["support"]
    assert after["numbers"] == ["+14155551234"]
    assert (await client.get(f"{IN}/{gateway_id}")).json() == after

    listed = await client.get(IN, params={"search": "RENAM"})
    assert [each["id"] for each in listed.json()["data"]] == [gateway_id]
    by_id = await client.get(IN, params={"id": gateway_id})
    assert by_id.json()["pageInfo"]["total"] == 1
    assert (await client.get(OUT, params={"id": gateway_id})).json()["data"] == []

    deleted = await client.delete(f"{IN}/{gateway_id}")
    assert deleted.status_code == 200
    assert deleted.json() == {"message": "Gateway deleted successfully"}
    gone = await client.get(f"{IN}/{gateway_id}")
    assert gone.status_code == 404
    assert (gone.json()["field"], gone.json()["rule"]) == ("gatewayId", "exists")
    assert (await client.get(IN, params={"id": gateway_id})).json()["data"] == []
    assert (await client.patch(f"{IN}/{gateway_id}", json={"name": "x"})).status_code == 404
    assert (await client.delete(f"{IN}/{gateway_id}")).status_code == 404


async def test_outbound_gateways_keep_address_and_transport(client: httpx.AsyncClient) -> None:
    created = (await client.post(OUT, json=outbound_body())).json()
    assert (created["address"], created["transport"]) == ("sip.telnyx.com:5061", "tls")
    changed = await client.patch(f"{OUT}/{created['id']}", json={"transport": "tcp"})
    assert changed.json()["transport"] == "tcp"
    assert changed.json()["address"] == "sip.telnyx.com:5061"
    assert (await client.get(f"{IN}/{created['id']}")).status_code == 404


async def test_a_number_is_on_one_gateway_per_direction(client: httpx.AsyncClient) -> None:
    first = (await client.post(IN, json=inbound_body())).json()
    before = await total(client, IN)
    refused = await client.post(
        IN, json=inbound_body(name="Second", numbers=["+14155550000", "+14155551234"])
    )
    assert refused.status_code == 400
    error = refused.json()
    assert (error["code"], error["field"], error["rule"]) == (
        "NUMBER_IN_USE",
        "numbers[1]",
        "one-gateway-per-direction",
    )
    assert first["id"] in error["message"]
    assert await total(client, IN) == before  # nothing created
    # the other direction is free
    assert (await client.post(OUT, json=outbound_body())).status_code == 200

    # an update that takes another gateway's number is refused and changes nothing
    other = await client.post(IN, json=inbound_body(name="Other", numbers=["+14155550009"]))
    other_id = other.json()["id"]
    clash = await client.patch(f"{IN}/{other_id}", json={"numbers": ["+14155551234"]})
    assert (clash.status_code, clash.json()["field"]) == (400, "numbers[0]")
    assert (await client.get(f"{IN}/{other_id}")).json()["numbers"] == ["+14155550009"]

    # deleting the gateway frees its numbers
    assert (await client.delete(f"{IN}/{first['id']}")).status_code == 200
    moved = await client.patch(f"{IN}/{other_id}", json={"numbers": ["+14155551234"]})
    assert moved.status_code == 200


async def test_another_keys_gateway_is_not_found(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    gateway_id = (await client.post(IN, json=inbound_body())).json()["id"]
    assert (await client_b.get(f"{IN}/{gateway_id}")).status_code == 404
    assert (await client_b.delete(f"{IN}/{gateway_id}")).status_code == 404
    assert (await client_b.post(IN, json=inbound_body())).status_code == 200
    assert (await client.get(f"{IN}/{gateway_id}")).status_code == 200


async def test_seed_rules_name_these_gateways(client: httpx.AsyncClient) -> None:
    outbound_id = (await client.post(OUT, json=outbound_body())).json()["id"]
    rule = await client.post(RULES, json=rule_body(gatewayId=outbound_id))
    assert rule.status_code == 200
    assert (rule.json()["gatewayId"], rule.json()["type"]) == (outbound_id, "OUTBOUND")

    assert (await client.delete(f"{OUT}/{outbound_id}")).status_code == 200
    refused = await client.post(RULES, json=rule_body(gatewayId=outbound_id, name="Late"))
    assert refused.status_code == 400
    assert (refused.json()["field"], refused.json()["rule"]) == ("gatewayId", "exists")

    # a deleted configured gateway is refused too, for that key only
    assert (await client.delete(f"{IN}/{INBOUND}")).status_code == 200
    assert (await client.post(RULES, json=rule_body())).status_code == 400


async def test_a_deleted_configured_gateway_stays_for_other_keys(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    assert (await client.delete(f"{IN}/{INBOUND}")).status_code == 200
    assert (await client_b.post(RULES, json=rule_body())).status_code == 200
