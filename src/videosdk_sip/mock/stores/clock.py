"""The time stamps stored records carry (`createdAt`, `updatedAt`)."""

from __future__ import annotations

import math
import time

__all__ = ["iso_at", "now_iso"]

# The formatted whole second last asked for: formatting a date costs several microseconds,
# more than the rest of some creates, and every stamp within that second shares it.
_second: tuple[int, str] = (-1, "")


def _stamp(whole: int, millis: int) -> str:
    global _second
    cached = _second
    if cached[0] != whole:
        cached = _second = (whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)))
    return f"{cached[1]}.{millis:03d}Z"


def iso_at(seconds: float) -> str:
    """`seconds` since 1970 in UTC, as ISO 8601 with milliseconds: `2026-05-11T10:00:00.000Z`."""
    # Rounded to the microsecond first, as datetime does, then cut to the millisecond.
    fraction, whole_float = math.modf(seconds)
    whole, micro = int(whole_float), round(fraction * 1_000_000)
    if micro >= 1_000_000:
        whole, micro = whole + 1, micro - 1_000_000
    return _stamp(whole, micro // 1000)


def now_iso() -> str:
    """Now, as `iso_at` writes it."""
    whole, nanos = divmod(time.time_ns(), 1_000_000_000)
    return _stamp(whole, nanos // 1_000_000)
