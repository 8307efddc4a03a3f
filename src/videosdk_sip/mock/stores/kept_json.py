"""JSON answers made to be kept in a store."""

from __future__ import annotations

from typing import Any

import orjson

__all__ = ["kept_json"]


def kept_json(value: Any) -> bytes:
    """`value` as JSON, in bytes sized to the text.

    orjson's own result keeps the larger buffer it wrote into: kept in a store, each answer
    would hold memory of its own beyond its text, and the allocator hands out a fresh page
    for nearly every one, a cost several times that of the serialization itself.
    """
    return bytes(memoryview(orjson.dumps(value)))
