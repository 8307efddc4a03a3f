"""The simulated lifecycle of calls: what follows each request, and when.

A call, a transfer and a switch of room each start with one change made within the request
(the call's answer shows it); the steps that follow come from the destination's outcome
(`CallSettings.outcomes`). On the instant schedule they are made at once, in order, within
the same request; on a seeded one each step waits a delay drawn from a generator seeded
with the seed, on the event loop that served the request, so no request waits for a call.
A step is made only if the call is still where the plan left it: a call ended meanwhile
stays ended.

| outcome | steps after `initiated` |
|---|---|
| `answered` | `ringing`, `answered` (then `ended` after `maxCallDuration`, seeded only) |
| `hangup` | `ringing`, `answered`, `ended` |
| `not-answered` | `ringing`, `not-answered` |
| `rejected` | `ringing`, `rejected` |
| `failed` | `failed` |

A transfer (from `answered`) is `transfer-initiated`, `transfer-ringing`, then, if its target
answers, `transfer-accepted`, `transferring`, `transferred`, `ended`; otherwise
`transfer-failed` and back to `answered`. A switch of room (from `answered`) is
`switch-room-initiated`, `switch-room-completed` (the call's `roomId` is the new room), and
back to `answered`. A return to `answered` is announced as `call-update` only: the callee
did not answer again. Ending a call that was answered makes it `ended`; one not yet answered,
`abandoned`.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs

from videosdk_sip.mock.call_settings import CallSettings
from videosdk_sip.mock.stores.calls import CallStateConflict, CallStore

__all__ = ["CallLifecycle", "Step"]

_RINGING: Final = frozenset({"initiated", "ringing"})
_TRANSFER_STEPS: Final = (
    "transfer-initiated",
    "transfer-ringing",
    "transfer-accepted",
    "transferring",
    "transferred",
)
_SWITCH_STEPS: Final = ("switch-room-initiated", "switch-room-completed", "switch-room-failed")
_ENDABLE: Final = frozenset({"answered", *_TRANSFER_STEPS, "transfer-failed", *_SWITCH_STEPS})


@attrs.frozen
class Step:
    """One planned change: to `status` (with `changes`), made only from `after`, `delay`
    seconds after the step before it."""

    status: str
    after: frozenset[str]
    changes: Mapping[str, Any] = attrs.field(factory=dict)
    delay: float | None = None
    returning: bool = False
    """A return to a status the call had (announced as `call-update` only)."""


def _chain(statuses: Sequence[str], first_after: str) -> list[Step]:
    steps = []
    previous = first_after
    for status in statuses:
        steps.append(Step(status, frozenset({previous})))
        previous = status
    return steps


class CallLifecycle:
    """Moves calls through their lifecycle in the call store."""

    def __init__(self, calls: CallStore, settings: CallSettings) -> None:
        self._calls = calls
        self._settings = settings
        self._random = random.Random(settings.seed)  # noqa: S311 (a schedule, not a secret)
        self._timers: set[asyncio.TimerHandle] = set()

    def place(
        self, api_key: str, fields: Mapping[str, Any], max_duration: int | None = None
    ) -> dict[str, Any]:
        """Stores a new call and starts its lifecycle; answers the call as it is now."""
        call = self._calls.create(api_key, fields)
        outcome = self._settings.outcome_for(fields["sipCallTo"])
        if outcome == "failed":
            steps = _chain(["failed"], "initiated")
        elif outcome == "answered":
            steps = _chain(["ringing", "answered"], "initiated")
            if max_duration is not None and not self._settings.instant:
                steps.append(Step("ended", frozenset({"answered"}), delay=float(max_duration)))
        elif outcome == "hangup":
            steps = _chain(["ringing", "answered", "ended"], "initiated")
        else:
            steps = _chain(["ringing", outcome], "initiated")
        return self._run(api_key, call, steps)

    def transfer(self, api_key: str, call_id: str, target: str) -> dict[str, Any] | None:
        """Starts a transfer of an answered call to `target`. None when there is no such
        call; raises `CallStateConflict` when it is not answered."""
        call = self._calls.advance(api_key, call_id, "transfer-initiated", {"answered"})
        if call is None:
            return None
        if self._settings.outcome_for(target) in ("answered", "hangup"):
            steps = _chain([*_TRANSFER_STEPS[1:], "ended"], "transfer-initiated")
        else:
            steps = _chain(["transfer-ringing", "transfer-failed"], "transfer-initiated")
            steps.append(Step("answered", frozenset({"transfer-failed"}), returning=True))
        return self._run(api_key, call, steps)

    def switch_room(self, api_key: str, call_id: str, room_id: str) -> dict[str, Any] | None:
        """Starts moving an answered call into `room_id`; as `transfer` otherwise."""
        call = self._calls.advance(api_key, call_id, "switch-room-initiated", {"answered"})
        if call is None:
            return None
        steps = [
            Step(
                "switch-room-completed",
                frozenset({"switch-room-initiated"}),
                {"roomId": room_id},
            ),
            Step("answered", frozenset({"switch-room-completed"}), returning=True),
        ]
        return self._run(api_key, call, steps)

    def end(self, api_key: str, call_id: str) -> dict[str, Any] | None:
        """Hangs up a call that is not over: `ended` once answered, else `abandoned`. None
        when there is no such call; raises `CallStateConflict` when it is over."""
        call = self._calls.get(api_key, call_id)
        if call is None:
            return None
        if call["status"] in _RINGING:
            return self._calls.advance(api_key, call_id, "abandoned", _RINGING)
        return self._calls.advance(api_key, call_id, "ended", _ENDABLE)

    def cancel_all(self) -> None:
        """Forgets every step not yet made (for shutting down)."""
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()

    def _run(self, api_key: str, call: dict[str, Any], steps: list[Step]) -> dict[str, Any]:
        loop = None
        if not self._settings.instant:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None  # no loop to wait on: make the steps at once
        if loop is None:
            for step in steps:
                made = self._make(api_key, call["callId"], step)
                if made is None:
                    break
                call = made
            return call
        self._schedule(loop, api_key, call["callId"], steps)
        return call

    def _schedule(
        self, loop: asyncio.AbstractEventLoop, api_key: str, call_id: str, steps: list[Step]
    ) -> None:
        if not steps:
            return
        step, rest = steps[0], steps[1:]
        low, high = self._settings.step_ms
        delay = step.delay if step.delay is not None else self._random.randint(low, high) / 1000

        def fire() -> None:
            self._timers.discard(timer)
            if self._make(api_key, call_id, step) is not None:
                self._schedule(loop, api_key, call_id, rest)

        timer = loop.call_later(delay, fire)
        self._timers.add(timer)

    def _make(self, api_key: str, call_id: str, step: Step) -> dict[str, Any] | None:
        try:
            return self._calls.advance(
                api_key, call_id, step.status, step.after, step.changes, update_only=step.returning
            )
        except CallStateConflict:
            return None  # the call moved on (ended, say) before this step came
