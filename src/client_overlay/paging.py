"""Walking every page of a listing, lazily, sync and async.

One page at a time is `list_routing_rules.sync(client=..., page=n)`. These iterators ask for
the next page only when the previous one has been used up, and stop after the page that
`pageInfo.lastPage` names, or at the first empty page, whichever comes first. Rules created or
deleted while a walk is under way can shift items between pages (an item may be skipped or
seen twice), as with any offset-paged listing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from .api.routing_rules import list_routing_rules
from .client import AuthenticatedClient
from .exceptions import UsageError
from .models.routing_rule import RoutingRule
from .models.routing_rule_page import RoutingRulePage
from .types import UNSET, Unset

__all__ = [
    "DEFAULT_PER_PAGE",
    "aiter_routing_rule_pages",
    "aiter_routing_rules",
    "iter_routing_rule_pages",
    "iter_routing_rules",
]

DEFAULT_PER_PAGE = 100
"""The largest page the API serves, so that a walk takes as few requests as it can."""


def _check_start(start_page: int, per_page: int | Unset) -> None:
    if start_page < 1:
        raise UsageError(f"start_page: must be at least 1, got {start_page}")
    if not isinstance(per_page, Unset) and not 1 <= per_page <= 100:
        raise UsageError(f"per_page: must be from 1 to 100, got {per_page}")


def _is_last(page: RoutingRulePage, number: int) -> bool:
    return not page.data or number >= page.page_info.last_page


def iter_routing_rule_pages(
    client: AuthenticatedClient,
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
    start_page: int = 1,
) -> Iterator[RoutingRulePage]:
    """Every page of the listing from `start_page` on, fetched as the previous one is used."""
    _check_start(start_page, per_page)
    number = start_page
    while True:
        page = list_routing_rules.sync(
            client=client,
            gateway_id=gateway_id,
            id=id,
            search=search,
            page=number,
            per_page=per_page,
        )
        yield page
        if _is_last(page, number):
            return
        number += 1


def iter_routing_rules(
    client: AuthenticatedClient,
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[RoutingRule]:
    """Every rule matching the filters, page after page."""
    for page in iter_routing_rule_pages(
        client, gateway_id=gateway_id, id=id, search=search, per_page=per_page
    ):
        yield from page.data


async def aiter_routing_rule_pages(
    client: AuthenticatedClient,
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
    start_page: int = 1,
) -> AsyncIterator[RoutingRulePage]:
    """`iter_routing_rule_pages` for asyncio."""
    _check_start(start_page, per_page)
    number = start_page
    while True:
        page = await list_routing_rules.asyncio(
            client=client,
            gateway_id=gateway_id,
            id=id,
            search=search,
            page=number,
            per_page=per_page,
        )
        yield page
        if _is_last(page, number):
            return
        number += 1


async def aiter_routing_rules(
    client: AuthenticatedClient,
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[RoutingRule]:
    """`iter_routing_rules` for asyncio."""
    async for page in aiter_routing_rule_pages(
        client, gateway_id=gateway_id, id=id, search=search, per_page=per_page
    ):
        for rule in page.data:
            yield rule
