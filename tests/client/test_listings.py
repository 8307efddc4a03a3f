"""Every list of the current API walks all its pages, typed, with its filters on every request;
the generic `iter_items` does the same for any `{pageInfo, data}` listing."""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from videosdk_sip_client import listings
from videosdk_sip_client.api.webhooks import list_webhooks
from videosdk_sip_client.client import AuthenticatedClient
from videosdk_sip_client.models import (
    Call,
    NumberRoutingRule,
    PhoneNumberDetail,
    RuleDirection,
    SipGateway,
    Webhook,
)
from videosdk_sip_client.paging import aiter_pages, iter_items

from .helpers import Script, client_for, json_response


def _item(path: str, n: int) -> dict[str, Any]:
    key = f"item_{n:03d}"
    if path.endswith("/phone-numbers"):
        return {"phoneNumber": {"phoneNumberId": key, "e164": "+14155551234"}, "inbound": None}
    if path.endswith("/call"):
        return {"callId": key, "status": "ended"}
    if path.endswith("/webhooks"):
        return {"id": key, "url": "https://example.com/hook", "events": ["call-hangup"]}
    if path.endswith("/routing-rule"):
        return {"id": key, "name": key, "type": "inbound", "numbers": ["+14155551234"]}
    return {"id": key, "name": key}


class Listing:
    """Any list endpoint: `total` items, paged as the API pages them."""

    def __init__(self, total: int) -> None:
        self.total = total

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        page = int(params.get("page", "1"))
        per_page = int(params.get("perPage", "10"))
        items = [_item(request.url.path, n) for n in range(self.total)]
        body = {
            "pageInfo": {
                "currentPage": page,
                "perPage": per_page,
                "lastPage": max(1, math.ceil(self.total / per_page)),
                "total": self.total,
            },
            "data": items[(page - 1) * per_page : page * per_page],
        }
        return json_response(200, body)


def _key(item: Any) -> str:
    if isinstance(item, PhoneNumberDetail):
        return item.phone_number.phone_number_id
    if isinstance(item, Call):
        return item.call_id
    return str(item.id)


SyncWalk = Callable[[AuthenticatedClient], Iterator[Any]]
AsyncWalk = Callable[[AuthenticatedClient], AsyncIterator[Any]]

# (the path listed, the item model, a walk with filters, the filters it must send, its async twin)
CASES: list[tuple[str, type, SyncWalk, dict[str, str], AsyncWalk]] = [
    (
        "/v2/sip/inbound-gateways",
        SipGateway,
        lambda c: listings.iter_inbound_gateways(c, search="twilio", per_page=10),
        {"search": "twilio"},
        lambda c: listings.aiter_inbound_gateways(c, search="twilio", per_page=10),
    ),
    (
        "/v2/sip/outbound-gateways",
        SipGateway,
        lambda c: listings.iter_outbound_gateways(c, id="gw_1", per_page=10),
        {"id": "gw_1"},
        lambda c: listings.aiter_outbound_gateways(c, id="gw_1", per_page=10),
    ),
    (
        "/v2/sip/phone-numbers",
        PhoneNumberDetail,
        lambda c: listings.iter_phone_numbers(c, search="+1415", per_page=10),
        {"search": "+1415"},
        lambda c: listings.aiter_phone_numbers(c, search="+1415", per_page=10),
    ),
    (
        "/v2/sip/routing-rule",
        NumberRoutingRule,
        lambda c: listings.iter_number_routing_rules(
            c, type_=RuleDirection.INBOUND, room_type="dynamic", per_page=10
        ),
        {"type": "inbound", "roomType": "dynamic"},
        lambda c: listings.aiter_number_routing_rules(
            c, type_=RuleDirection.INBOUND, room_type="dynamic", per_page=10
        ),
    ),
    (
        "/v2/sip/call",
        Call,
        lambda c: listings.iter_calls(c, room_id="room_1", start_date=1755734400000, per_page=10),
        {"roomId": "room_1", "startDate": "1755734400000"},
        lambda c: listings.aiter_calls(c, room_id="room_1", start_date=1755734400000, per_page=10),
    ),
    (
        "/v2/sip/webhooks",
        Webhook,
        lambda c: listings.iter_webhooks(c, search="example", per_page=10),
        {"search": "example"},
        lambda c: listings.aiter_webhooks(c, search="example", per_page=10),
    ),
]
IDS = [case[0].rsplit("/", 1)[1] for case in CASES]


@pytest.mark.parametrize(("path", "model", "walk", "filters", "awalk"), CASES, ids=IDS)
def test_every_list_walks_all_pages_typed_with_its_filters(
    path: str, model: type, walk: SyncWalk, filters: dict[str, str], awalk: AsyncWalk
) -> None:
    script = Script([Listing(25)])

    items = list(walk(client_for(script)))

    assert [_key(item) for item in items] == [f"item_{n:03d}" for n in range(25)]
    assert all(isinstance(item, model) for item in items)
    assert [request.url.params["page"] for request in script.requests] == ["1", "2", "3"]
    for request in script.requests:
        assert request.url.path == path
        assert dict(request.url.params) == {
            **filters,
            "page": request.url.params["page"],
            "perPage": "10",
        }


@pytest.mark.parametrize(("path", "model", "walk", "filters", "awalk"), CASES, ids=IDS)
def test_every_list_walks_all_pages_with_asyncio(
    path: str, model: type, walk: SyncWalk, filters: dict[str, str], awalk: AsyncWalk
) -> None:
    script = Script([Listing(12)])
    client = client_for(script)

    async def collect() -> list[Any]:
        return [item async for item in awalk(client)]

    items = asyncio.run(collect())

    assert [_key(item) for item in items] == [f"item_{n:03d}" for n in range(12)]
    assert all(isinstance(item, model) for item in items)
    assert {request.url.path for request in script.requests} == {path}
    assert script.count == 2


def test_the_generic_walk_takes_any_list_operation() -> None:
    script = Script([Listing(150)])

    webhooks = list(iter_items(list_webhooks.sync, client_for(script), search="example"))

    assert len(webhooks) == 150
    assert all(isinstance(webhook, Webhook) for webhook in webhooks)
    assert [request.url.params["perPage"] for request in script.requests] == ["100", "100"]


def test_the_generic_page_walk_stops_at_the_last_page() -> None:
    script = Script([Listing(21)])
    client = client_for(script)

    async def pages() -> list[int]:
        return [
            page.page_info.current_page
            async for page in aiter_pages(list_webhooks.asyncio, client, per_page=10)
        ]

    assert asyncio.run(pages()) == [1, 2, 3]
    assert script.count == 3


def test_a_bad_page_size_is_refused_before_any_request() -> None:
    script = Script([Listing(5)])

    with pytest.raises(ValueError, match="per_page: must be from 1 to 100, got 500"):
        list(listings.iter_webhooks(client_for(script), per_page=500))
    assert script.count == 0
