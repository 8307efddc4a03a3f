"""Phone numbers: provisioning registers numbers with an inbound and an outbound gateway (a
shared pair or a pair per number), all or nothing; get by E.164; detach leaves the gateways;
release leaves the gateways and every rule; a provisioned gateway's settings change by
direction."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import KEY_A, KEY_B, SECRET_A, SECRET_B, Conformance, conforming_client, mint

pytestmark = pytest.mark.anyio

NUMBERS = "/v2/sip/phone-numbers"
IN = "/v2/sip/inbound-gateways"
OUT = "/v2/sip/outbound-gateways"
RULE = "/v2/sip/routing-rule"


def provision_body(numbers: list[str], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "My SIP Setup",
        "phoneNumbers": numbers,
        "isShared": True,
        "mediaEncryption": "disable",
        "inbound": {"sipRegion": "us002"},
        "outbound": {
            "sipRegion": "us002",
            "address": "sip.telnyx.com:5061",
            "transport": "tls",
            "auth": {"username": "sip-user", "password": "sip-pass-secret"},
        },
    }
    body.update(overrides)
    return body


def path_of(e164: str) -> str:
    return f"{NUMBERS}/{e164.replace('+', '%2B')}"


async def detail(client: httpx.AsyncClient, e164: str) -> dict[str, Any]:
    answer = await client.get(path_of(e164))
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


async def gateway_totals(client: httpx.AsyncClient) -> tuple[int, int]:
    inbound = (await client.get(IN)).json()["pageInfo"]["total"]
    outbound = (await client.get(OUT)).json()["pageInfo"]["total"]
    return inbound, outbound


async def test_a_shared_pair_holds_every_number(client: httpx.AsyncClient) -> None:
    before = await gateway_totals(client)
    answer = await client.post(NUMBERS, json=provision_body(["+14155551234", "+14155555678"]))
    assert answer.status_code == 200
    assert answer.json() == {"message": "Phone Number with SIP Configured successfully"}
    assert await gateway_totals(client) == (before[0] + 1, before[1] + 1)

    first = await detail(client, "+14155551234")
    second = await detail(client, "+14155555678")
    record = first["phoneNumber"]
    assert (record["e164"], record["name"], record["status"]) == (
        "+14155551234",
        "My SIP Setup",
        "ACTIVE",
    )
    assert record["countryCode"] == "US"
    assert first["inbound"]["id"] == second["inbound"]["id"]
    assert first["outbound"]["id"] == second["outbound"]["id"]
    assert first["inbound"]["numbers"] == ["+14155551234", "+14155555678"]
    assert first["inbound"]["address"] is None
    assert first["outbound"]["address"] == "sip.telnyx.com:5061"
    assert first["outbound"]["auth"] == {"username": "sip-user"}
    assert first["outbound"]["geoRegion"] == "us002"
    assert "sip-pass-secret" not in (await client.get(path_of("+14155551234"))).text
    # the provisioned gateways are gateways like any other
    inbound = await client.get(f"{IN}/{first['inbound']['id']}")
    assert inbound.json() == first["inbound"]


async def test_a_pair_per_number(client: httpx.AsyncClient) -> None:
    before = await gateway_totals(client)
    body = provision_body(["+14155551234", "+14155555678"], isShared=False)
    assert (await client.post(NUMBERS, json=body)).status_code == 200
    assert await gateway_totals(client) == (before[0] + 2, before[1] + 2)
    first = await detail(client, "+14155551234")
    second = await detail(client, "+14155555678")
    assert first["inbound"]["id"] != second["inbound"]["id"]
    assert first["outbound"]["numbers"] == ["+14155551234"]


async def test_a_number_on_a_gateway_refuses_the_whole_request(
    client: httpx.AsyncClient,
) -> None:
    assert (await client.post(NUMBERS, json=provision_body(["+14155551234"]))).status_code == 200
    before = await gateway_totals(client)
    listed_before = (await client.get(NUMBERS)).json()["pageInfo"]["total"]
    refused = await client.post(NUMBERS, json=provision_body(["+14155550001", "+14155551234"]))
    assert refused.status_code == 400
    error = refused.json()
    assert (error["code"], error["field"], error["rule"]) == (
        "NUMBER_IN_USE",
        "phoneNumbers[1]",
        "one-gateway-per-direction",
    )
    # nothing created: no gateway, and the free number is not registered
    assert await gateway_totals(client) == before
    assert (await client.get(path_of("+14155550001"))).status_code == 404
    assert (await client.get(NUMBERS)).json()["pageInfo"]["total"] == listed_before

    # a number on a gateway created directly is taken as well
    gateway = {"name": "Direct", "numbers": ["+14155550002"]}
    assert (await client.post(IN, json=gateway)).status_code == 200
    refused = await client.post(NUMBERS, json=provision_body(["+14155550002"]))
    assert (refused.status_code, refused.json()["field"]) == (400, "phoneNumbers[0]")


async def test_detach_leaves_the_gateways_and_keeps_the_number(
    client: httpx.AsyncClient,
) -> None:
    await client.post(NUMBERS, json=provision_body(["+14155551234"]))
    gateways = await detail(client, "+14155551234")
    detached = await client.post(f"{NUMBERS}/detach", json={"phoneNumber": "+14155551234"})
    assert detached.status_code == 200
    answer = detached.json()
    assert answer["inbound"] == gateways["inbound"]["id"]
    assert answer["outbound"] == gateways["outbound"]["id"]
    assert answer["phoneNumber"]["e164"] == "+14155551234"

    after = await detail(client, "+14155551234")
    assert (after["inbound"], after["outbound"]) == (None, None)
    emptied = await client.get(f"{IN}/{gateways['inbound']['id']}")
    assert emptied.status_code == 200
    assert emptied.json()["numbers"] == []

    # detached: the number is known and free, so provisioning it again reuses its record
    again = await client.post(NUMBERS, json=provision_body(["+14155551234"], name="Again"))
    assert again.status_code == 200
    reused = await detail(client, "+14155551234")
    assert reused["phoneNumber"]["phoneNumberId"] == after["phoneNumber"]["phoneNumberId"]
    assert reused["phoneNumber"]["name"] == "Again"

    unknown = await client.post(f"{NUMBERS}/detach", json={"phoneNumber": "+14155550000"})
    assert (unknown.status_code, unknown.json()["field"]) == (404, "phoneNumber")


async def test_release_leaves_gateways_and_every_rule(client: httpx.AsyncClient) -> None:
    numbers = ["+14155551234", "+14155555678"]
    await client.post(NUMBERS, json=provision_body(numbers))
    rule = (
        await client.post(RULE, json={"name": "r", "type": "outbound", "phoneNumbers": numbers})
    ).json()
    found = await detail(client, "+14155551234")
    number_id = found["phoneNumber"]["phoneNumberId"]

    released = await client.post(f"{NUMBERS}/{number_id}/release")
    assert released.status_code == 200
    assert released.json() == {
        "message": "Phone number released successfully",
        "phoneNumberId": number_id,
        "e164": "+14155551234",
    }
    assert (await client.get(path_of("+14155551234"))).status_code == 404
    inbound = (await client.get(f"{IN}/{found['inbound']['id']}")).json()
    assert inbound["numbers"] == ["+14155555678"]
    assert (await client.get(f"{RULE}/{rule['id']}")).json()["numbers"] == ["+14155555678"]
    # a released number cannot be routed
    refused = await client.post(
        RULE, json={"name": "late", "type": "outbound", "phoneNumbers": ["+14155551234"]}
    )
    assert (refused.status_code, refused.json()["rule"]) == (400, "registered")
    # releasing again answers the same; an unknown id is a 404 naming it
    assert (await client.post(f"{NUMBERS}/{number_id}/release")).json() == released.json()
    unknown = await client.post(f"{NUMBERS}/pn_unknown/release")
    assert (unknown.status_code, unknown.json()["field"]) == (404, "phoneNumberId")


async def test_list_search_and_paging(client: httpx.AsyncClient) -> None:
    await client.post(NUMBERS, json=provision_body(["+14155551234", "+14155555678"]))
    await client.post(NUMBERS, json=provision_body(["+442071234567"], name="London"))
    everything = (await client.get(NUMBERS)).json()
    assert everything["pageInfo"]["total"] == 3
    assert everything["data"][0]["inbound"]["numbers"] == ["+14155551234", "+14155555678"]
    by_name = (await client.get(NUMBERS, params={"search": "lond"})).json()
    assert [item["phoneNumber"]["e164"] for item in by_name["data"]] == ["+442071234567"]
    by_number = (await client.get(NUMBERS, params={"search": "+1415555"})).json()
    assert by_number["pageInfo"]["total"] == 2
    second = (await client.get(NUMBERS, params={"page": 2, "perPage": 2})).json()
    assert second["pageInfo"] == {"currentPage": 2, "perPage": 2, "lastPage": 2, "total": 3}
    assert [item["phoneNumber"]["e164"] for item in second["data"]] == ["+442071234567"]


async def test_numbers_are_each_keys_own(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    await client.post(NUMBERS, json=provision_body(["+14155551234"]))
    assert (await client_b.get(path_of("+14155551234"))).status_code == 404
    assert (await client_b.post(NUMBERS, json=provision_body(["+14155551234"]))).status_code == 200


async def test_a_provisioned_gateway_changes_by_its_direction(client: httpx.AsyncClient) -> None:
    await client.post(NUMBERS, json=provision_body(["+14155551234"]))
    found = await detail(client, "+14155551234")
    inbound_id, outbound_id = found["inbound"]["id"], found["outbound"]["id"]

    changed = await client.patch(
        f"{NUMBERS}/gateways/{outbound_id}",
        json={"address": "sip.example.net", "transport": "tcp", "sipRegion": "in002"},
    )
    assert changed.status_code == 200
    outbound = (await client.get(f"{OUT}/{outbound_id}")).json()
    assert (outbound["address"], outbound["transport"], outbound["geoRegion"]) == (
        "sip.example.net",
        "tcp",
        "in002",
    )

    refused = await client.patch(
        f"{NUMBERS}/gateways/{inbound_id}", json={"name": "x", "transport": "tcp"}
    )
    assert refused.status_code == 400
    assert (refused.json()["field"], refused.json()["rule"]) == ("transport", "outbound-only")
    assert (await client.get(f"{IN}/{inbound_id}")).json()["name"] == "My SIP Setup"

    ok = await client.patch(f"{NUMBERS}/gateways/{inbound_id}", json={"mediaEncryption": "enable"})
    assert ok.status_code == 200
    assert (await client.get(f"{IN}/{inbound_id}")).json()["mediaEncryption"] == "enable"
    missing = await client.patch(f"{NUMBERS}/gateways/gw_unknown", json={"name": "x"})
    assert (missing.status_code, missing.json()["field"]) == (404, "gatewayId")


async def test_configured_numbers_are_registered_for_every_key(conformance: Conformance) -> None:
    settings = MockSettings(
        credentials={KEY_A: SECRET_A, KEY_B: SECRET_B}, phone_numbers=["+14155551234"]
    )
    app = create_app(settings)
    for api_key, secret in ((KEY_A, SECRET_A), (KEY_B, SECRET_B)):
        async with conforming_client(app, conformance, mint(api_key, secret)) as client:
            found = await detail(client, "+14155551234")
            assert (found["inbound"], found["outbound"]) == (None, None)
            routed = await client.post(
                RULE, json={"name": "r", "type": "inbound", "phoneNumbers": ["+14155551234"]}
            )
            assert routed.status_code == 201


def test_a_configured_number_must_be_e164() -> None:
    with pytest.raises(ValueError, match=r"phone_numbers\[1\]: '4155551234' is not an E.164"):
        MockSettings(credentials={KEY_A: SECRET_A}, phone_numbers=["+14155551234", "4155551234"])
    with pytest.raises(ValueError, match="listed more than once"):
        MockSettings(credentials={KEY_A: SECRET_A}, phone_numbers=["+14155551234"] * 2)


async def test_release_of_a_number_whose_id_is_gateways_reaches_release(
    client: httpx.AsyncClient,
) -> None:
    # /phone-numbers/gateways/release fits two templates (decision C26): the POST is release's
    answer = await client.post(f"{NUMBERS}/gateways/release")
    assert (answer.status_code, answer.json()["field"]) == (404, "phoneNumberId")
    other = await client.get(f"{NUMBERS}/gateways/release")
    assert (other.status_code, other.headers["allow"]) == (405, "PATCH")


async def test_a_method_a_literal_path_lacks_is_405_not_a_template_lookup(
    client: httpx.AsyncClient,
) -> None:
    # /phone-numbers/detach is a literal path (POST only); it also fits /phone-numbers/{e164},
    # but OpenAPI matches the concrete path first, so a GET is a method it lacks.
    answer = await client.get(f"{NUMBERS}/detach")
    assert (answer.status_code, answer.headers["allow"]) == (405, "POST")
