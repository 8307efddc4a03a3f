"""What the server should hold, as far as this run knows: the resources it created, each as
the create or the last update answered it, and those it deleted. Only 2xx answers change it."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from videosdk_sip.contract.semantics.kinds import SemanticKind

__all__ = ["ExpectedState"]


class ExpectedState:
    """Per kind and id: the last state the server answered for one of the run's resources."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[tuple[str, str], dict[str, Any]] = {}
        # In the order deleted: which ids a walk re-reads must not hang on the ids' spelling.
        self._deleted: dict[tuple[str, str], None] = {}

    def created(self, kind: SemanticKind, resource_id: str, answer: Mapping[str, Any]) -> None:
        with self._lock:
            self._deleted.pop((kind.name, resource_id), None)
            self._live[(kind.name, resource_id)] = dict(answer)

    def updated(self, kind: SemanticKind, resource_id: str, answer: Mapping[str, Any]) -> None:
        with self._lock:
            if (kind.name, resource_id) in self._live:
                self._live[(kind.name, resource_id)] = dict(answer)

    def deleted(self, kind: SemanticKind, resource_id: str) -> None:
        with self._lock:
            if self._live.pop((kind.name, resource_id), None) is not None:
                self._deleted[(kind.name, resource_id)] = None

    def expected(self, kind: SemanticKind, resource_id: str) -> dict[str, Any] | None:
        """The resource as last answered, or None when it is not one the run holds."""
        with self._lock:
            found = self._live.get((kind.name, resource_id))
            return dict(found) if found is not None else None

    def is_deleted(self, kind: SemanticKind, resource_id: str) -> bool:
        with self._lock:
            return (kind.name, resource_id) in self._deleted

    def forget(self, kind: SemanticKind, resource_id: str, names: set[str]) -> bool:
        """Stops expecting the fields `names` of a live resource; whether it is one."""
        with self._lock:
            state = self._live.get((kind.name, resource_id))
            if state is None:
                return False
            for name in names:
                state.pop(name, None)
            return True

    def deleted_ids(self, kind: SemanticKind) -> list[str]:
        """The ids of `kind` whose delete was answered as done, in the order deleted."""
        with self._lock:
            return [rid for name, rid in self._deleted if name == kind.name]

    def live(self, kind: SemanticKind) -> dict[str, dict[str, Any]]:
        """Every resource of `kind` the run holds, by id, in the order created."""
        with self._lock:
            return {
                rid: dict(state) for (name, rid), state in self._live.items() if name == kind.name
            }

    def drop_number(self, kind: SemanticKind, field: str, number: str) -> None:
        """Takes `number` out of every live resource of `kind` (a relation removed it)."""
        with self._lock:
            for (name, _rid), state in self._live.items():
                values = state.get(field)
                if name == kind.name and isinstance(values, list) and number in values:
                    state[field] = [value for value in values if value != number]
