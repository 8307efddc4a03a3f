"""Walking every page of a listing, lazily, sync and async.

One page at a time is `list_routing_rules.sync(client=..., page=n)`. These iterators ask for
the next page only when the previous one has been used up, and stop after the page that
`pageInfo.lastPage` names, or at the first empty page, whichever comes first. Items created or
deleted while a walk is under way can shift items between pages (an item may be skipped or
seen twice), as with any offset-paged listing.

`iter_pages` and `iter_items` (and their async twins) walk any list operation whose answer is
`{pageInfo, data}`: pass the operation's `sync` (or `asyncio`) function and its filters, as in
`iter_items(list_webhooks.sync, client, search="example.com")`. `listings` has a named,
fully typed iterator for every list of the current API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from .api.routing_rules import list_routing_rules
from .client import AuthenticatedClient
from .exceptions import UsageError
from .models.page_info import PageInfo
from .models.routing_rule import RoutingRule
from .models.routing_rule_page import RoutingRulePage
from .types import UNSET, Unset

__all__ = [
    "DEFAULT_PER_PAGE",
    "aiter_items",
    "aiter_pages",
    "aiter_routing_rule_pages",
    "aiter_routing_rules",
    "iter_items",
    "iter_pages",
    "iter_routing_rule_pages",
    "iter_routing_rules",
]

DEFAULT_PER_PAGE = 100
"""The largest page the API serves, so that a walk takes as few requests as it can."""

ItemT_co = TypeVar("ItemT_co", covariant=True)
ItemT = TypeVar("ItemT")


class ListPage(Protocol[ItemT_co]):
    """What every list answer is: where the page stands, and its items."""

    @property
    def page_info(self) -> PageInfo: ...

    @property
    def data(self) -> Sequence[ItemT_co]: ...


PageT = TypeVar("PageT", bound=ListPage[Any])


def _check_start(start_page: int, per_page: int | Unset) -> None:
    if start_page < 1:
        raise UsageError(f"start_page: must be at least 1, got {start_page}")
    if not isinstance(per_page, Unset) and not 1 <= per_page <= 100:
        raise UsageError(f"per_page: must be from 1 to 100, got {per_page}")


def _is_last(page: ListPage[Any], number: int) -> bool:
    return not page.data or number >= page.page_info.last_page


def iter_pages(
    list_page: Callable[..., PageT],
    client: AuthenticatedClient,
    /,
    *,
    per_page: int | Unset = DEFAULT_PER_PAGE,
    start_page: int = 1,
    **filters: Any,
) -> Iterator[PageT]:
    """Every page of `list_page`'s listing from `start_page` on, each fetched when needed.

    `filters` go to `list_page` with every request, by its own keyword names.
    """
    _check_start(start_page, per_page)
    number = start_page
    while True:
        page = list_page(client=client, page=number, per_page=per_page, **filters)
        yield page
        if _is_last(page, number):
            return
        number += 1


def iter_items(
    list_page: Callable[..., ListPage[ItemT]],
    client: AuthenticatedClient,
    /,
    *,
    per_page: int | Unset = DEFAULT_PER_PAGE,
    **filters: Any,
) -> Iterator[ItemT]:
    """Every item of `list_page`'s listing, page after page."""
    for page in iter_pages(list_page, client, per_page=per_page, **filters):
        yield from page.data


async def aiter_pages(
    list_page: Callable[..., Awaitable[PageT]],
    client: AuthenticatedClient,
    /,
    *,
    per_page: int | Unset = DEFAULT_PER_PAGE,
    start_page: int = 1,
    **filters: Any,
) -> AsyncIterator[PageT]:
    """`iter_pages` for asyncio: pass the operation's `asyncio` function."""
    _check_start(start_page, per_page)
    number = start_page
    while True:
        page = await list_page(client=client, page=number, per_page=per_page, **filters)
        yield page
        if _is_last(page, number):
            return
        number += 1


async def aiter_items(
    list_page: Callable[..., Awaitable[ListPage[ItemT]]],
    client: AuthenticatedClient,
    /,
    *,
    per_page: int | Unset = DEFAULT_PER_PAGE,
    **filters: Any,
) -> AsyncIterator[ItemT]:
    """`iter_items` for asyncio: pass the operation's `asyncio` function."""
    async for page in aiter_pages(list_page, client, per_page=per_page, **filters):
        for item in page.data:
            yield item


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
    return iter_pages(
        list_routing_rules.sync,
        client,
        per_page=per_page,
        start_page=start_page,
        gateway_id=gateway_id,
        id=id,
        search=search,
    )


def iter_routing_rules(
    client: AuthenticatedClient,
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[RoutingRule]:
    """Every rule matching the filters, page after page."""
    return iter_items(
        list_routing_rules.sync,
        client,
        per_page=per_page,
        gateway_id=gateway_id,
        id=id,
        search=search,
    )


def aiter_routing_rule_pages(
    client: AuthenticatedClient,
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
    start_page: int = 1,
) -> AsyncIterator[RoutingRulePage]:
    """`iter_routing_rule_pages` for asyncio."""
    return aiter_pages(
        list_routing_rules.asyncio,
        client,
        per_page=per_page,
        start_page=start_page,
        gateway_id=gateway_id,
        id=id,
        search=search,
    )


def aiter_routing_rules(
    client: AuthenticatedClient,
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[RoutingRule]:
    """`iter_routing_rules` for asyncio."""
    return aiter_items(
        list_routing_rules.asyncio,
        client,
        per_page=per_page,
        gateway_id=gateway_id,
        id=id,
        search=search,
    )
