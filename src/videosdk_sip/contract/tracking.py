"""The ids of the rules a run created, collected from every create answer it receives."""

from __future__ import annotations

import threading

__all__ = ["CreatedRules"]


class CreatedRules:
    """Rule ids seen in create answers, and which of them a delete answered as gone.

    Shared by the schemathesis hooks and the client check; safe across threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._created: dict[str, None] = {}
        self._deleted: set[str] = set()

    def created(self, rule_id: str) -> None:
        with self._lock:
            self._created[rule_id] = None
            self._deleted.discard(rule_id)

    def deleted(self, rule_id: str) -> None:
        with self._lock:
            if rule_id in self._created:
                self._deleted.add(rule_id)

    def all(self) -> list[str]:
        """Every id created, in the order first seen."""
        with self._lock:
            return list(self._created)

    def pending(self) -> list[str]:
        """The ids created and not yet answered as deleted, in the order first seen."""
        with self._lock:
            return [rule_id for rule_id in self._created if rule_id not in self._deleted]

    def __contains__(self, rule_id: object) -> bool:
        with self._lock:
            return rule_id in self._created

    def __len__(self) -> int:
        with self._lock:
            return len(self._created)


class PlacedCalls:
    """The calls a run placed, from the call answers it receives, and which of them were
    last answered as `answered` (so that a transfer, an end or a switch of room can act).

    Shared by the schemathesis hooks; safe across threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._answered: dict[str, None] = {}

    def learn(self, call: object) -> None:
        """Notes a call as one of the run's, answered or not, from a call in an answer."""
        if not isinstance(call, dict) or not isinstance(call.get("callId"), str):
            return
        call_id = call["callId"]
        with self._lock:
            self._seen.add(call_id)
            self._answered.pop(call_id, None)
            if call.get("status") == "answered":
                self._answered[call_id] = None

    def permit(self, call_id: str) -> str:
        """`call_id` when it is one of the run's calls, else the run's latest answered call
        (or `call_id` when there is none): an id the run never saw names nothing, and acting
        on the run's own call tests more."""
        with self._lock:
            if call_id in self._seen or not self._answered:
                return call_id
            return next(reversed(self._answered))
