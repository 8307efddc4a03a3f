"""SIGTERM and SIGHUP stop a run the way Ctrl-C does: stop sending, clean up, report.

CI runners, `docker stop` and Kubernetes send SIGTERM; a closed terminal sends SIGHUP. While
`stop_signals()` is active, each of them (and SIGINT) raises `KeyboardInterrupt` in the main
thread, once; the signal is remembered, so the command exits 128 + its number. A signal that
arrives once cleanup has begun is remembered but does not cut cleanup short: cleanup has
its own time limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["STOP_SIGNALS", "StopSignals", "stop_signals"]

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class StopSignals:
    """Which stop signal arrived first, and whether it may still interrupt the run."""

    def __init__(self) -> None:
        self.received: signal.Signals | None = None
        self.shielded = False

    def handle(self, number: int, frame: FrameType | None) -> None:
        first = self.received is None
        if first:
            self.received = signal.Signals(number)
        if first and not self.shielded:
            raise KeyboardInterrupt(signal.Signals(number).name)

    def shield(self) -> None:
        """From now on signals are only remembered (cleanup is running)."""
        self.shielded = True

    @property
    def name(self) -> str | None:
        return None if self.received is None else self.received.name

    @property
    def exit_status(self) -> int | None:
        """128 + the signal's number: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP."""
        return None if self.received is None else 128 + int(self.received)


@contextmanager
def stop_signals() -> Iterator[StopSignals]:
    """Installs the handlers for the block (main thread only; elsewhere nothing changes)."""
    state = StopSignals()
    if threading.current_thread() is not threading.main_thread():
        yield state
        return
    previous = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    for number in STOP_SIGNALS:
        signal.signal(number, state.handle)
    try:
        yield state
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
