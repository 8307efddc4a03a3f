"""Stage 2: the seeded random faults that `FaultSettings` describes (`--faults`), drawn and
answered before the request is looked at, so a faulted request never changes anything."""

from __future__ import annotations

import asyncio
import enum
import random
import threading

from videosdk_sip.mock.answers import DROP, Answer, error
from videosdk_sip.mock.settings import FaultSettings

__all__ = ["Fault", "FaultInjector"]


class Fault(enum.Enum):
    """What happens to one request."""

    NONE = "none"
    RATE_LIMITED = "429"
    UNAVAILABLE = "503"
    DROP = "drop"


class FaultInjector:
    """Draws, for each request in turn, an added delay and at most one fault.

    Two injectors with the same settings draw the same sequence, so a run that sends the same
    requests in the same order meets the same faults.
    """

    def __init__(self, settings: FaultSettings) -> None:
        self.settings = settings
        # Reproducible test faults, not security: a seeded PRNG is the point.
        self._random = random.Random(settings.seed)  # noqa: S311
        self._lock = threading.Lock()
        low, high = settings.latency_ms
        self._latency = (low / 1000, high / 1000) if high > 0 else None
        self._bounds = (
            settings.rate_limit,
            settings.rate_limit + settings.unavailable,
            settings.rate_limit + settings.unavailable + settings.drop,
        )

    def draw(self) -> tuple[float, Fault]:
        """`(delay in seconds, fault)` for the next request."""
        with self._lock:
            delay = self._random.uniform(*self._latency) if self._latency is not None else 0.0
            roll = self._random.random()
        rate_limited, unavailable, dropped = self._bounds
        if roll < rate_limited:
            return delay, Fault.RATE_LIMITED
        if roll < unavailable:
            return delay, Fault.UNAVAILABLE
        if roll < dropped:
            return delay, Fault.DROP
        return delay, Fault.NONE

    async def apply(self) -> Answer | None:
        """Waits the drawn delay; then the drawn fault's answer, or None to carry on."""
        delay, fault = self.draw()
        if delay > 0:
            await asyncio.sleep(delay)
        if fault is Fault.NONE:
            return None
        if fault is Fault.RATE_LIMITED:
            seconds = self.settings.retry_after
            return error(
                429,
                "RATE_LIMITED",
                message=f"rate limit reached; retry after {seconds} second"
                f"{'' if seconds == 1 else 's'} (a fault injected by --faults)",
                headers=[(b"retry-after", str(seconds).encode())],
            )
        if fault is Fault.UNAVAILABLE:
            return error(
                503,
                "SERVICE_UNAVAILABLE",
                message="service unavailable; try again shortly (a fault injected by --faults)",
            )
        return DROP
