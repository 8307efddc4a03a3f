"""The time stamps stored records carry (`createdAt`, `updatedAt`)."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["now_iso"]


def now_iso() -> str:
    """Now in UTC, as ISO 8601 with milliseconds: `2026-05-11T10:00:00.000Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
