"""Lazy paging for the resource layer's `list` methods, sync and async.

A pager fetches nothing when made. Iterating it asks for a page only when the previous one
has been used up, and stops after the page that `pageInfo.lastPage` names, or at the first
empty page, whichever comes first. Each iteration starts a new walk from the first page asked
for. Items created or deleted during a walk can shift between pages (an item may be skipped or
seen twice), as with any offset-paged listing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["AsyncPager", "Pager"]


class _PageInfo(Protocol):
    @property
    def last_page(self) -> object: ...


class _Page(Protocol):
    @property
    def data(self) -> Sequence[Any]: ...

    @property
    def page_info(self) -> _PageInfo: ...


PageT = TypeVar("PageT", bound=_Page)
ItemT = TypeVar("ItemT")


def _first(start_page: int | object) -> int:
    if not isinstance(start_page, int):
        return 1  # not given
    if isinstance(start_page, bool) or start_page < 1:
        raise ValueError(f"page: must be an integer of at least 1, got {start_page!r}")
    return start_page


def _is_last(page: _Page, number: int) -> bool:
    last = page.page_info.last_page
    return not page.data or (isinstance(last, int) and number >= last)


class Pager(Generic[PageT, ItemT]):
    """Every item of a listing, page after page, fetched only as iteration needs it."""

    __slots__ = ("_fetch", "_start")

    def __init__(self, fetch: Callable[[int], PageT], start_page: int | object = None) -> None:
        self._fetch = fetch
        self._start = _first(start_page)

    def pages(self) -> Iterator[PageT]:
        """The pages themselves, from the first one asked for."""
        number = self._start
        while True:
            page = self._fetch(number)
            yield page
            if _is_last(page, number):
                return
            number += 1

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.data

    def first_page(self) -> PageT:
        """Only the first page asked for (one request)."""
        return self._fetch(self._start)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(start_page={self._start})"


class AsyncPager(Generic[PageT, ItemT]):
    """`Pager` for asyncio: `async for item in ...`."""

    __slots__ = ("_fetch", "_start")

    def __init__(
        self, fetch: Callable[[int], Awaitable[PageT]], start_page: int | object = None
    ) -> None:
        self._fetch = fetch
        self._start = _first(start_page)

    async def pages(self) -> AsyncIterator[PageT]:
        """The pages themselves, from the first one asked for."""
        number = self._start
        while True:
            page = await self._fetch(number)
            yield page
            if _is_last(page, number):
                return
            number += 1

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.data:
                yield item

    async def first_page(self) -> PageT:
        """Only the first page asked for (one request)."""
        return await self._fetch(self._start)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(start_page={self._start})"
