"""Listing: filters that combine, case-insensitive search, pages with a true `pageInfo`, and
query values that break the document's rules."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .helpers import INBOUND, OUTBOUND, RULES, rule_body

pytestmark = pytest.mark.anyio


async def fill(client: httpx.AsyncClient, count: int, **overrides: Any) -> list[dict[str, Any]]:
    rules = []
    for index in range(count):
        body = rule_body(name=f"Rule {index}", numbers=[f"+1415100{index:04d}"], **overrides)
        answer = await client.post(RULES, json=body)
        assert answer.status_code == 200, answer.text
        rules.append(answer.json())
    return rules


async def listing(client: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    answer = await client.get(RULES, params=params)
    assert answer.status_code == 200, answer.text
    page: dict[str, Any] = answer.json()
    return page


async def test_an_empty_listing_has_last_page_one(client: httpx.AsyncClient) -> None:
    assert await listing(client) == {
        "pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 0},
        "data": [],
    }


async def test_pages_split_the_rules_oldest_first(client: httpx.AsyncClient) -> None:
    rules = await fill(client, 7)
    first = await listing(client, perPage=3)
    assert first["pageInfo"] == {"currentPage": 1, "perPage": 3, "lastPage": 3, "total": 7}
    assert first["data"] == rules[:3]
    last = await listing(client, perPage=3, page=3)
    assert last["pageInfo"]["currentPage"] == 3
    assert last["data"] == rules[6:]
    every = [
        rule for page in (1, 2, 3) for rule in (await listing(client, perPage=3, page=page))["data"]
    ]
    assert every == rules


async def test_a_page_past_the_last_is_empty_with_the_true_page_info(
    client: httpx.AsyncClient,
) -> None:
    await fill(client, 2)
    page = await listing(client, page=5)
    assert page == {
        "pageInfo": {"currentPage": 5, "perPage": 10, "lastPage": 1, "total": 2},
        "data": [],
    }


async def test_exact_multiple_of_per_page(client: httpx.AsyncClient) -> None:
    await fill(client, 4)
    assert (await listing(client, perPage=2))["pageInfo"]["lastPage"] == 2


async def test_gateway_filter(client: httpx.AsyncClient) -> None:
    inbound = await fill(client, 2)
    outbound = await fill(client, 3, gatewayId=OUTBOUND)
    assert (await listing(client, gatewayId=INBOUND))["data"] == inbound
    assert (await listing(client, gatewayId=OUTBOUND))["data"] == outbound
    assert (await listing(client, gatewayId="gateway_unknown"))["pageInfo"]["total"] == 0


async def test_id_filter(client: httpx.AsyncClient) -> None:
    rules = await fill(client, 3)
    assert (await listing(client, id=rules[1]["id"]))["data"] == [rules[1]]
    assert (await listing(client, id="rule_nope"))["data"] == []


async def test_search_matches_part_of_the_name_ignoring_case(client: httpx.AsyncClient) -> None:
    support = (await client.post(RULES, json=rule_body(name="Support Line"))).json()
    await client.post(RULES, json=rule_body(name="Sales", numbers=["+14150007777"]))
    for text in ("support", "SUPPORT", "port li"):
        assert (await listing(client, search=text))["data"] == [support]
    assert (await listing(client, search="nothing"))["pageInfo"]["total"] == 0


async def test_filters_combine(client: httpx.AsyncClient) -> None:
    inbound = await fill(client, 3)
    await fill(client, 3, gatewayId=OUTBOUND)
    page = await listing(client, gatewayId=INBOUND, search="rule 1", perPage=1)
    assert page == {
        "pageInfo": {"currentPage": 1, "perPage": 1, "lastPage": 1, "total": 1},
        "data": [inbound[1]],
    }
    assert (await listing(client, gatewayId=OUTBOUND, id=inbound[0]["id"]))["data"] == []


async def test_unknown_query_parameters_are_ignored(client: httpx.AsyncClient) -> None:
    await fill(client, 1)
    assert (await listing(client, sort="name"))["pageInfo"]["total"] == 1


@pytest.mark.parametrize(
    ("query", "field", "rule"),
    [
        ("page=0", "page", "minimum"),
        ("page=-1", "page", "minimum"),
        ("page=1000001", "page", "maximum"),
        ("page=" + "9" * 400, "page", "maximum"),
        ("page=abc", "page", "type"),
        ("page=1.5", "page", "type"),
        ("page=", "page", "type"),
        ("perPage=0", "perPage", "minimum"),
        ("perPage=101", "perPage", "maximum"),
        ("perPage=ten", "perPage", "type"),
        ("gatewayId=", "gatewayId", "minLength"),
        ("id=", "id", "minLength"),
        ("search=", "search", "minLength"),
        ("search=" + "x" * 201, "search", "maxLength"),
        ("page=1&page=2", "page", "repeated"),
        ("search=%FF%FE", "search", "utf-8"),
    ],
)
async def test_bad_query_values_are_400s_naming_the_parameter_and_rule(
    client: httpx.AsyncClient, query: str, field: str, rule: str
) -> None:
    await fill(client, 1)
    answer = await client.get(f"{RULES}?{query}")
    assert answer.status_code == 400
    error = answer.json()
    assert (error["code"], error["field"], error["rule"]) == ("VALIDATION_ERROR", field, rule)
    assert error["message"].startswith(f"{field}: ")
    assert len(error["message"]) < 300  # a huge value is not repeated whole


async def test_every_bad_query_value_is_listed(client: httpx.AsyncClient) -> None:
    answer = await client.get(f"{RULES}?page=0&perPage=abc&search=")
    errors = answer.json()["errors"]
    assert {(e["field"], e["rule"]) for e in errors} == {
        ("page", "minimum"),
        ("perPage", "type"),
        ("search", "minLength"),
    }
