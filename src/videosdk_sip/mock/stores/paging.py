"""One page of a listing, in the `{pageInfo, data}` envelope every list answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import orjson

__all__ = ["page_body", "page_envelope", "page_slice"]

Item = TypeVar("Item")


def page_slice(items: Sequence[Item], page: int, per_page: int) -> Sequence[Item]:
    """The items on the `page`-th page (from 1)."""
    return items[(page - 1) * per_page : page * per_page]


def page_envelope(shown: Sequence[bytes], total: int, page: int, per_page: int) -> bytes:
    """The answer for page `page` holding `shown` (each an item's JSON) of `total` items."""
    last_page = max(1, -(-total // per_page))
    page_info = orjson.dumps(
        {"currentPage": page, "perPage": per_page, "lastPage": last_page, "total": total}
    )
    return b'{"pageInfo":' + page_info + b',"data":[' + b",".join(shown) + b"]}"


def page_body(items: Sequence[bytes], page: int, per_page: int) -> bytes:
    """The `page`-th page (from 1) of `items` (each an item's JSON answer)."""
    return page_envelope(page_slice(items, page, per_page), len(items), page, per_page)
