"""Listing: one page at a time, and iterators (sync and async) that walk every page lazily."""

from __future__ import annotations

import asyncio
import math
from itertools import islice
from typing import Any

import httpx
import pytest
from videosdk_sip_client import (
    NotFoundError,
    RetryPolicy,
    ServerError,
    aiter_routing_rule_pages,
    aiter_routing_rules,
    iter_routing_rule_pages,
    iter_routing_rules,
)
from videosdk_sip_client.api.routing_rules import list_routing_rules
from videosdk_sip_client.models import RoutingRulePage

from .helpers import Script, client_for, json_response, rule_body


class Listing:
    """A server side of the listing: `total` rules, paged as the API pages them."""

    def __init__(self, total: int, *, fail_on_page: int | None = None) -> None:
        self.rules = [rule_body(f"rule_{n:03d}") for n in range(total)]
        self.fail_on_page = fail_on_page

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        page = int(params.get("page", "1"))
        per_page = int(params.get("perPage", "10"))
        if page == self.fail_on_page:
            return json_response(404, {"message": "gone", "code": "NOT_FOUND"})
        chosen = [
            rule
            for rule in self.rules
            if ("gatewayId" not in params or rule["gatewayId"] == params["gatewayId"])
        ]
        last_page = max(1, math.ceil(len(chosen) / per_page))
        body = {
            "pageInfo": {
                "currentPage": page,
                "perPage": per_page,
                "lastPage": last_page,
                "total": len(chosen),
            },
            "data": chosen[(page - 1) * per_page : page * per_page],
        }
        return json_response(200, body)


def _ids(rules: Any) -> list[str]:
    return [rule.id for rule in rules]


def test_one_page_at_a_time() -> None:
    listing = Listing(25)
    client = client_for(Script([listing]))

    page = list_routing_rules.sync(client=client, page=2, per_page=10)

    assert isinstance(page, RoutingRulePage)
    assert page.page_info.current_page == 2
    assert page.page_info.last_page == 3
    assert _ids(page.data) == [f"rule_{n:03d}" for n in range(10, 20)]


def test_the_iterator_yields_every_rule_in_order() -> None:
    listing = Listing(25)
    script = Script([listing])

    rules = list(iter_routing_rules(client_for(script), per_page=10))

    assert _ids(rules) == [f"rule_{n:03d}" for n in range(25)]
    assert [request.url.params["page"] for request in script.requests] == ["1", "2", "3"]


def test_the_iterator_asks_for_the_largest_page_by_default() -> None:
    script = Script([Listing(150)])

    assert len(list(iter_routing_rules(client_for(script)))) == 150

    assert [request.url.params["perPage"] for request in script.requests] == ["100", "100"]


def test_the_iterator_is_lazy() -> None:
    script = Script([Listing(25)])
    rules = iter_routing_rules(client_for(script), per_page=10)

    assert script.count == 0
    first = list(islice(rules, 10))
    assert script.count == 1
    eleventh = next(rules)
    assert script.count == 2
    assert _ids([*first, eleventh]) == [f"rule_{n:03d}" for n in range(11)]


def test_filters_are_sent_with_every_page() -> None:
    script = Script([Listing(30)])

    list(
        iter_routing_rules(
            client_for(script), gateway_id="gateway_in_123456789", search="support", per_page=10
        )
    )

    assert script.count == 3
    for request in script.requests:
        assert request.url.params["gatewayId"] == "gateway_in_123456789"
        assert request.url.params["search"] == "support"
        assert "id" not in request.url.params


def test_an_empty_listing_takes_one_request() -> None:
    script = Script([Listing(0)])

    assert list(iter_routing_rules(client_for(script))) == []
    assert script.count == 1


def test_pages_can_be_walked_from_a_given_page() -> None:
    script = Script([Listing(35)])

    pages = list(iter_routing_rule_pages(client_for(script), per_page=10, start_page=3))

    assert [page.page_info.current_page for page in pages] == [3, 4]


def test_a_server_that_claims_more_pages_but_sends_none_ends_the_walk() -> None:
    endless = {
        "pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 999, "total": 9990},
        "data": [],
    }
    script = Script([json_response(200, endless)])

    assert list(iter_routing_rules(client_for(script))) == []
    assert script.count == 1


def test_an_error_mid_walk_is_raised_typed_after_the_rules_before_it() -> None:
    script = Script([Listing(25, fail_on_page=2)])
    rules = iter_routing_rules(client_for(script), per_page=10)

    assert len(list(islice(rules, 10))) == 10
    with pytest.raises(NotFoundError):
        next(rules)


def test_a_failed_page_is_retried_like_any_get() -> None:
    listing = Listing(15)
    waits: list[float] = []
    script = Script([listing, json_response(503, {"message": "busy"}), listing])

    rules = list(
        iter_routing_rules(client_for(script, retry=RetryPolicy(sleep=waits.append)), per_page=10)
    )

    assert len(rules) == 15
    assert script.count == 3
    assert len(waits) == 1


@pytest.mark.parametrize(
    ("settings", "message"),
    [({"per_page": 0}, r"^per_page: must be from 1 to 100"), ({"start_page": 0}, r"^start_page:")],
)
def test_bad_paging_arguments_are_refused(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        next(iter_routing_rule_pages(client_for(Script([Listing(1)])), **settings))


def test_the_async_iterators_walk_every_page_lazily() -> None:
    script = Script([Listing(25)])
    client = client_for(script)

    async def main() -> tuple[list[str], int, int]:
        async with client:
            rules = aiter_routing_rules(client, per_page=10)
            first = await anext(rules)
            after_first = script.count
            rest = [rule async for rule in rules]
            pages = [page async for page in aiter_routing_rule_pages(client, per_page=20)]
            return _ids([first, *rest]), after_first, len(pages)

    ids, after_first, page_count = asyncio.run(main())

    assert ids == [f"rule_{n:03d}" for n in range(25)]
    assert after_first == 1
    assert page_count == 2


def test_async_errors_mid_walk_are_typed() -> None:
    script = Script([Listing(5), httpx.Response(500, content=b"<html>oops</html>")])
    client = client_for(script, retry=RetryPolicy.off())

    async def main() -> None:
        pages = aiter_routing_rule_pages(client, per_page=2)
        await anext(pages)
        with pytest.raises(ServerError):
            await anext(pages)

    asyncio.run(main())
