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
