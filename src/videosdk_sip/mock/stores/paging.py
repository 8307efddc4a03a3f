"""One page of a listing, in the `{pageInfo, data}` envelope every list answers."""

from __future__ import annotations

from collections.abc import Sequence

import orjson

__all__ = ["page_body"]


def page_body(items: Sequence[bytes], page: int, per_page: int) -> bytes:
    """The `page`-th page (from 1) of `items` (each an item's JSON answer)."""
    total = len(items)
    last_page = max(1, -(-total // per_page))
    start = (page - 1) * per_page
    data = b",".join(items[start : start + per_page])
    page_info = orjson.dumps(
        {"currentPage": page, "perPage": per_page, "lastPage": last_page, "total": total}
    )
    return b'{"pageInfo":' + page_info + b',"data":[' + data + b"]}"
