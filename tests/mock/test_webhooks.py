"""Webhooks CRUD: create, list (filters and paging), get, replace, delete, each key's apart;
bad input is a 400 naming the field and rule, and changes nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.anyio

WEBHOOKS = "/v2/sip/webhooks"


def webhook_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "url": "https://example.com/webhook",
        "events": ["call-started", "call-answered"],
    }
    body.update(overrides)
    return body


async def test_create_answers_the_webhook_under_both_id_names(client: httpx.AsyncClient) -> None:
    answer = await client.post(WEBHOOKS, json=webhook_body())
    assert answer.status_code == 200
    webhook = answer.json()
    assert webhook["id"] == webhook["webhookId"]
    assert webhook["url"] == "https://example.com/webhook"
    assert webhook["events"] == ["call-started", "call-answered"]
    assert webhook["createdAt"] == webhook["updatedAt"]
    assert webhook["createdAt"].endswith("Z")
    fetched = await client.get(f"{WEBHOOKS}/{webhook['id']}")
    assert fetched.json() == webhook


async def test_update_replaces_url_and_events(client: httpx.AsyncClient) -> None:
    webhook = (await client.post(WEBHOOKS, json=webhook_body())).json()
    changed = await client.patch(
        f"{WEBHOOKS}/{webhook['id']}",
        json={"url": "http://127.0.0.1:9/hook", "events": ["call-hangup"]},
    )
    assert changed.status_code == 200
    assert changed.json()["url"] == "http://127.0.0.1:9/hook"
    assert changed.json()["events"] == ["call-hangup"]
    assert changed.json()["createdAt"] == webhook["createdAt"]
    assert (await client.get(f"{WEBHOOKS}/{webhook['id']}")).json() == changed.json()


async def test_update_needs_both_fields_and_changes_nothing_without(
    client: httpx.AsyncClient,
) -> None:
    webhook = (await client.post(WEBHOOKS, json=webhook_body())).json()
    refused = await client.patch(f"{WEBHOOKS}/{webhook['id']}", json={"events": ["call-hangup"]})
    assert refused.status_code == 400
    assert refused.json()["field"] == "url"
    assert refused.json()["rule"] == "required"
    assert (await client.get(f"{WEBHOOKS}/{webhook['id']}")).json() == webhook


async def test_delete_is_final(client: httpx.AsyncClient) -> None:
    webhook = (await client.post(WEBHOOKS, json=webhook_body())).json()
    deleted = await client.delete(f"{WEBHOOKS}/{webhook['id']}")
    assert deleted.status_code == 200
    assert deleted.json() == {"message": "Webhook deleted successfully"}
    for answer in (
        await client.get(f"{WEBHOOKS}/{webhook['id']}"),
        await client.delete(f"{WEBHOOKS}/{webhook['id']}"),
        await client.patch(f"{WEBHOOKS}/{webhook['id']}", json=webhook_body()),
    ):
        assert answer.status_code == 404
        assert answer.json()["field"] == "webhookId"
        assert webhook["id"] in answer.json()["message"]
    assert (await client.get(WEBHOOKS)).json()["pageInfo"]["total"] == 0


@pytest.mark.parametrize(
    ("body", "field", "rule"),
    [
        (webhook_body(events=["call-ended"]), "events[0]", "enum"),
        (webhook_body(events=[]), "events", "minItems"),
        (webhook_body(events=["call-started", "call-started"]), "events", "uniqueItems"),
        (webhook_body(url="ftp://example.com/hook"), "url", "pattern"),
        ({"url": "https://example.com/hook"}, "events", "required"),
        (webhook_body(secret="x"), "secret", "additionalProperties"),
    ],
)
async def test_bad_webhooks_are_refused_naming_field_and_rule(
    client: httpx.AsyncClient, body: dict[str, Any], field: str, rule: str
) -> None:
    answer = await client.post(WEBHOOKS, json=body)
    assert answer.status_code == 400
    assert (answer.json()["field"], answer.json()["rule"]) == (field, rule)
    assert (await client.get(WEBHOOKS)).json()["pageInfo"]["total"] == 0


async def test_list_filters_and_pages(client: httpx.AsyncClient) -> None:
    made = [
        (
            await client.post(WEBHOOKS, json=webhook_body(url=f"https://host{n}.example.com/h"))
        ).json()
        for n in range(5)
    ]
    first = (await client.get(WEBHOOKS, params={"perPage": 2})).json()
    assert first["pageInfo"] == {"currentPage": 1, "perPage": 2, "lastPage": 3, "total": 5}
    assert [item["id"] for item in first["data"]] == [made[0]["id"], made[1]["id"]]
    last = (await client.get(WEBHOOKS, params={"perPage": 2, "page": 3})).json()
    assert [item["id"] for item in last["data"]] == [made[4]["id"]]
    searched = (await client.get(WEBHOOKS, params={"search": "HOST3"})).json()
    assert [item["id"] for item in searched["data"]] == [made[3]["id"]]
    by_id = (await client.get(WEBHOOKS, params={"id": made[2]["id"]})).json()
    assert [item["id"] for item in by_id["data"]] == [made[2]["id"]]
    none = (await client.get(WEBHOOKS, params={"id": "wh_nothing"})).json()
    assert none["data"] == []
    assert none["pageInfo"]["total"] == 0


async def test_each_key_sees_only_its_own(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient
) -> None:
    webhook = (await client.post(WEBHOOKS, json=webhook_body())).json()
    assert (await client_b.get(f"{WEBHOOKS}/{webhook['id']}")).status_code == 404
    assert (await client_b.delete(f"{WEBHOOKS}/{webhook['id']}")).status_code == 404
    assert (await client_b.get(WEBHOOKS)).json()["data"] == []
    assert (await client.get(f"{WEBHOOKS}/{webhook['id']}")).status_code == 200
