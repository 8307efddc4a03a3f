"""The request-rate limit: parsing `--rate-limit` and pacing the suite's own requests."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

from videosdk_sip_client.exceptions import UsageError

__all__ = ["Pacer", "RateLimitOptionError", "parse_rate"]

_RATE = re.compile(r"^\s*([0-9]+)\s*/\s*([smh])\s*$")
_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0}


class RateLimitOptionError(UsageError):
    """A rate that cannot be read; the message names the option and the expected form."""


def parse_rate(text: str) -> tuple[int, str]:
    """`"10/s"` -> `(10, "s")`: requests per second, minute (`m`) or hour (`h`)."""
    match = _RATE.match(text)
    if match is None:
        raise RateLimitOptionError(
            f"--rate-limit: expected requests per unit such as '10/s', '300/m' or '5000/h', "
            f"not {text!r}"
        )
    count = int(match.group(1))
    if count < 1:
        raise RateLimitOptionError(f"--rate-limit: the count must be at least 1, not {count}")
    return count, match.group(2)


class Pacer:
    """Spaces calls evenly so that at most the given rate goes out; no limit with `None`."""

    def __init__(
        self,
        rate: str | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._interval = 0.0
        if rate is not None:
            count, unit = parse_rate(rate)
            self._interval = _SECONDS[unit] / count
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = 0.0

    def __call__(self) -> None:
        if not self._interval:
            return
        with self._lock:
            now = self._clock()
            wait = self._next - now
            self._next = max(now, self._next) + self._interval
        if wait > 0:
            self._sleep(wait)
