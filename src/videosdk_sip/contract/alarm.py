"""A wall-clock alarm for the main thread: the backstop that makes a stage's end hard.

Per-request limits (`guard`) bound the suite's own requests, but schemathesis sends two
probes of its own before its first phase, and a server can trickle headers below any read
timeout. At a stage's end the alarm raises `StageTimeUp` in the main thread, wherever it
is blocked. It is a `KeyboardInterrupt`, so schemathesis stops its engine the way it does
for Ctrl-C and still emits its closing events. Outside the main thread it does nothing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["StageAlarm", "StageTimeUp"]

SHORTEST = 0.01
AGAIN_EVERY = 0.5
"""Once rung, the alarm rings again this often until disarmed: code that swallows one
`KeyboardInterrupt` (a library's cleanup, say) cannot hold the stage open."""


class StageTimeUp(KeyboardInterrupt):
    """The current stage reached its end."""


class StageAlarm:
    """One timer, re-armed as the run moves on; `fired` says whether it went off."""

    def __init__(self) -> None:
        self.fired = False
        self._installed = False

    def _ring(self, number: int, frame: FrameType | None) -> None:
        self.fired = True
        raise StageTimeUp

    def set(self, seconds: float | None) -> None:
        """Rings in `seconds` (at least a moment); `None` disarms."""
        if not self._installed:
            return
        if seconds is None:
            signal.setitimer(signal.ITIMER_REAL, 0)
        else:
            signal.setitimer(signal.ITIMER_REAL, max(seconds, SHORTEST), AGAIN_EVERY)

    @contextmanager
    def installed(self) -> Iterator[StageAlarm]:
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = signal.signal(signal.SIGALRM, self._ring)
        self._installed = True
        try:
            yield self
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self._installed = False
            signal.signal(signal.SIGALRM, previous)
