"""Current routing rules: bound to registered numbers only, an inbound number on one inbound
rule, header maps gated by type, PATCH replacing the number set and re-checking it, delete
freeing the numbers, and the list's filters and paging."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .test_phone_numbers import NUMBERS, RULE, provision_body

pytestmark = pytest.mark.anyio

A, B, C = "+14155551234", "+14155555678", "+14155550001"


@pytest.fixture
async def registered(client: httpx.AsyncClient) -> list[str]:
    answer = await client.post(NUMBERS, json=provision_body([A, B, C]))
    assert answer.status_code == 200
    return [A, B, C]


def rule(kind: str, numbers: list[str], **extra: Any) -> dict[str, Any]:
    return {"name": f"{kind} rule", "type": kind, "phoneNumbers": numbers, **extra}


async def count(client: httpx.AsyncClient) -> int:
    total: int = (await client.get(RULE)).json()["pageInfo"]["total"]
    return total


async def test_create_get_and_delete(client: httpx.AsyncClient, registered: list[str]) -> None:
    created = await client.post(
        RULE,
        json=rule(
            "inbound",
            [A],
            agentId="agent_xyz",
            room={"type": "dynamic"},
            headersToAttributes={"X-Customer-Id": "customerId"},
            hidePhoneNumber=True,
        ),
    )
    assert created.status_code == 201
    answer = created.json()
    assert answer["id"].startswith("rr_")
    assert (answer["type"], answer["numbers"], answer["agentId"]) == ("inbound", [A], "agent_xyz")
    assert answer["room"] == {"type": "dynamic", "prefix": "blank", "id": None, "pin": None}
    assert answer["headersToAttributes"] == {"X-Customer-Id": "customerId"}
    assert "headers" not in answer
    assert answer["hidePhoneNumber"] is True
    assert answer["createdAt"] == answer["updatedAt"]
    assert (await client.get(f"{RULE}/{answer['id']}")).json() == answer

    deleted = await client.delete(f"{RULE}/{answer['id']}")
    assert deleted.json() == {
        "message": "Routing rule deleted successfully",
        "ruleId": answer["id"],
    }
    gone = await client.get(f"{RULE}/{answer['id']}")
    assert (gone.status_code, gone.json()["field"]) == (404, "ruleId")
    assert (await client.delete(f"{RULE}/{answer['id']}")).status_code == 404
    # the delete detached the number: another inbound rule may take it now
    assert (await client.post(RULE, json=rule("inbound", [A]))).status_code == 201


async def test_only_registered_numbers(client: httpx.AsyncClient, registered: list[str]) -> None:
    refused = await client.post(RULE, json=rule("outbound", [A, "+14155550999"]))
    assert refused.status_code == 400
    error = refused.json()
    assert (error["field"], error["rule"]) == ("phoneNumbers[1]", "registered")
    assert "+14155550999" in error["message"]
    assert await count(client) == 0


async def test_an_inbound_number_is_on_one_inbound_rule(
    client: httpx.AsyncClient, registered: list[str]
) -> None:
    first = (await client.post(RULE, json=rule("inbound", [A, B]))).json()
    refused = await client.post(RULE, json=rule("inbound", [C, B]))
    assert refused.status_code == 400
    error = refused.json()
    assert (error["code"], error["field"], error["rule"]) == (
        "NUMBER_IN_USE",
        "phoneNumbers[1]",
        "one-inbound-rule",
    )
    assert first["id"] in error["message"]
    assert await count(client) == 1
    # outbound rules share numbers freely
    assert (await client.post(RULE, json=rule("outbound", [A, B]))).status_code == 201
    assert (await client.post(RULE, json=rule("outbound", [A]))).status_code == 201


async def test_header_maps_are_gated_by_type(
    client: httpx.AsyncClient, registered: list[str]
) -> None:
    refused = await client.post(RULE, json=rule("inbound", [A], headers={"X-A": "1"}))
    assert (refused.status_code, refused.json()["field"], refused.json()["rule"]) == (
        400,
        "headers",
        "outbound-only",
    )
    refused = await client.post(RULE, json=rule("outbound", [A], headersToAttributes={"X-A": "a"}))
    assert (refused.json()["field"], refused.json()["rule"]) == (
        "headersToAttributes",
        "inbound-only",
    )
    assert await count(client) == 0

    outbound = (
        await client.post(RULE, json=rule("outbound", [A], headers={"X-Campaign-Id": "c1"}))
    ).json()
    assert outbound["headers"] == {"X-Campaign-Id": "c1"}
    assert "headersToAttributes" not in outbound
    # an empty map of the other kind is accepted and changes nothing (the vendor's example)
    changed = await client.patch(
        f"{RULE}/{outbound['id']}",
        json={"headersToAttributes": {}, "headers": {"X-Campaign-Id": "c2"}},
    )
    assert changed.status_code == 200
    assert changed.json()["headers"] == {"X-Campaign-Id": "c2"}
    assert "headersToAttributes" not in changed.json()
    refused = await client.patch(
        f"{RULE}/{outbound['id']}", json={"headersToAttributes": {"a": "b"}}
    )
    assert (refused.status_code, refused.json()["field"]) == (400, "headersToAttributes")


async def test_patch_replaces_the_numbers_and_rechecks_them(
    client: httpx.AsyncClient, registered: list[str]
) -> None:
    first = (await client.post(RULE, json=rule("inbound", [A]))).json()
    second = (await client.post(RULE, json=rule("inbound", [B], name="second"))).json()

    # a refused PATCH changes nothing, the name sent with it included
    taken = await client.patch(f"{RULE}/{second['id']}", json={"name": "x", "phoneNumbers": [A]})
    assert (taken.status_code, taken.json()["rule"]) == (400, "one-inbound-rule")
    unknown = await client.patch(
        f"{RULE}/{second['id']}", json={"name": "x", "phoneNumbers": ["+14155550999"]}
    )
    assert (unknown.status_code, unknown.json()["rule"]) == (400, "registered")
    assert (await client.get(f"{RULE}/{second['id']}")).json() == second

    # the set is replaced: A leaves the first rule, so the second may take it
    moved = await client.patch(f"{RULE}/{first['id']}", json={"phoneNumbers": [C]})
    assert moved.json()["numbers"] == [C]
    assert moved.json()["name"] == first["name"]
    took = await client.patch(f"{RULE}/{second['id']}", json={"phoneNumbers": [B, A]})
    assert took.status_code == 200
    assert took.json()["numbers"] == [B, A]
    assert took.json()["type"] == "inbound"

    missing = await client.patch(f"{RULE}/rr_unknown", json={"phoneNumbers": [A]})
    assert (missing.status_code, missing.json()["field"]) == (404, "ruleId")


async def test_api_key_must_be_the_callers(
    client: httpx.AsyncClient, registered: list[str]
) -> None:
    refused = await client.post(RULE, json=rule("outbound", [A], apiKey="ak_someone_else"))
    assert (refused.status_code, refused.json()["field"]) == (400, "apiKey")
    assert "Invalid API Key" in refused.json()["message"]
    accepted = await client.post(RULE, json=rule("outbound", [A], apiKey="key-a"))
    assert accepted.json()["apiKey"] == "key-a"


async def test_list_filters_and_paging(client: httpx.AsyncClient, registered: list[str]) -> None:
    support = (
        await client.post(RULE, json=rule("inbound", [A], name="Support", room={"type": "dynamic"}))
    ).json()
    sales = (
        await client.post(
            RULE,
            json=rule("outbound", [B], name="Sales", room={"type": "static", "id": "room_1"}),
        )
    ).json()
    plain = (await client.post(RULE, json=rule("outbound", [C], name="Plain"))).json()

    async def ids(**params: Any) -> list[str]:
        answer = (await client.get(RULE, params=params)).json()
        return [item["id"] for item in answer["data"]]

    assert await ids() == [support["id"], sales["id"], plain["id"]]
    assert await ids(search="SUPP") == [support["id"]]
    assert await ids(search="555567") == [sales["id"]]
    assert await ids(type="outbound") == [sales["id"], plain["id"]]
    assert await ids(ruleIds=f"{plain['id']},{support['id']}") == [support["id"], plain["id"]]
    assert await ids(roomType="static") == [sales["id"]]
    assert await ids(roomType="static,dynamic", type="inbound") == [support["id"]]
    page = (await client.get(RULE, params={"page": 2, "perPage": 2})).json()
    assert page["pageInfo"] == {"currentPage": 2, "perPage": 2, "lastPage": 2, "total": 3}
    assert [item["id"] for item in page["data"]] == [plain["id"]]


async def test_rules_are_each_keys_own(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient, registered: list[str]
) -> None:
    mine = (await client.post(RULE, json=rule("inbound", [A]))).json()
    assert (await client_b.get(f"{RULE}/{mine['id']}")).status_code == 404
    assert (await client_b.delete(f"{RULE}/{mine['id']}")).status_code == 404
    # key B has not registered A
    refused = await client_b.post(RULE, json=rule("inbound", [A]))
    assert refused.json()["rule"] == "registered"
