"""The time stamps stores write into answers."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["iso_now", "millis"]


def iso_now() -> str:
    """Now, as the vendor writes times: ISO 8601 in UTC, to the millisecond, with `Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def millis(stamp: str) -> int:
    """Milliseconds since 1970-01-01 UTC of a stamp written by `iso_now`."""
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
