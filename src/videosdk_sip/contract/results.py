"""What a run found: cases and failures per operation and check, and each failure in full."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Hashable

from attrs import define, field, frozen

__all__ = [
    "AUTH_PROBES",
    "CLEANUP",
    "CLIENT_CHECK",
    "FENCE_LOOKUPS",
    "LIST_WALK",
    "MAX_BODY_SHOWN",
    "PHASES",
    "SECOND_IDENTITY",
    "SETUP",
    "FailureRecord",
    "Results",
    "Tally",
    "body_excerpt",
]

SETUP = "setup"
"""Before schemathesis: which API families the server serves, which test numbers it has."""
FENCE_LOOKUPS = "fence lookups"
"""A fence's GET of an id it has not seen, before an update or delete may name it."""
AUTH_PROBES = "auth probes"
CLIENT_CHECK = "client check"
LIST_WALK = "list walk"
SECOND_IDENTITY = "second identity"
"""`object_level_authorization`'s reads as the second API key (not in the operations table)."""
CLEANUP = "cleanup"
"""Cleanup's requests (`CleanupReport.requests`; not in the operations table)."""
PHASES = (
    SETUP,
    "examples",
    "coverage",
    "fuzzing",
    "stateful",
    FENCE_LOOKUPS,
    AUTH_PROBES,
    CLIENT_CHECK,
    LIST_WALK,
)
"""The phases whose requests the operations table counts, in the order they run (the fence
looks up ids during the schemathesis phases)."""

MAX_BODY_SHOWN = 600
"""The longest answer body a failure quotes; longer ones end in `...`."""


def body_excerpt(content: bytes) -> str:
    """An answer body as a failure quotes it: decoded, and cut to `MAX_BODY_SHOWN`."""
    text = content.decode("utf-8", "replace")
    return text if len(text) <= MAX_BODY_SHOWN else text[: MAX_BODY_SHOWN - 3] + "..."


@frozen
class FailureRecord:
    """One distinct failure: where, which check, what the contract expected, how to reproduce it."""

    operation: str
    check: str
    title: str
    expected: str
    reproduction: str
    phase: str
    status: int | None = None


@define
class Tally:
    cases: int = 0
    failures: int = 0


@define
class Results:
    """Everything the report and the JUnit file are made from. Safe to fill from several threads.

    `cases[(operation, check)]` counts the answers a check was called on, including those it
    found it does not apply to (schemathesis records both as a pass); `requests[operation]`
    counts the requests answered, and `phase_requests[phase]` the same requests by the phase
    that sent them (`PHASES`), so the two add up to the same total; a failure found again
    (say, while shrinking) counts once.
    `not_applicable` names the checks left out of the run, and why; `peer_probes` counts the
    requests `object_level_authorization` sent as the second identity, when there is one.
    """

    cases: Counter[tuple[str, str]] = field(factory=Counter)
    requests: Counter[str] = field(factory=Counter)
    phase_requests: Counter[str] = field(factory=Counter)
    statuses: Counter[tuple[str, int]] = field(factory=Counter)
    failures: list[FailureRecord] = field(factory=list)
    errors: list[str] = field(factory=list)
    interrupted: bool = False
    stopped_early: str | None = None
    not_applicable: dict[str, str] = field(factory=dict)
    peer_probes: int | None = None
    _seen: set[Hashable] = field(factory=set)
    _succeeded: set[str] = field(factory=set)
    _lock: threading.Lock = field(factory=threading.Lock)

    def count_request(self, operation: str, count: int = 1, *, phase: str) -> None:
        with self._lock:
            self.requests[operation] += count
            self.phase_requests[phase] += count

    def count_status(self, operation: str, status: int) -> None:
        with self._lock:
            self.statuses[(operation, status)] += 1
            if 200 <= status < 300:
                self._succeeded.add(operation)

    def answered_2xx(self, operation: str) -> bool:
        """Whether `operation` has had a 2xx answer in this run."""
        return operation in self._succeeded

    def require_success(self, operations: list[str]) -> None:
        """An error for each operation that never answered 2xx: it was not really tested."""
        for operation in operations:
            if self.answered_2xx(operation):
                continue
            seen = {status: n for (op, status), n in self.statuses.items() if op == operation}
            answers = ", ".join(f"{n} x {status}" for status, n in sorted(seen.items())) or "none"
            self.add_error(
                f"{operation}: never answered 2xx (answers: {answers}), so it was not really "
                f"tested; check the credentials, the gateway id and the base URL"
            )

    def count_check(self, operation: str, check: str, count: int = 1) -> None:
        with self._lock:
            self.cases[(operation, check)] += count

    def add_failure(self, record: FailureRecord, identity: Hashable) -> bool:
        """Record a failure unless one with the same identity is already in; True when new."""
        with self._lock:
            if identity in self._seen:
                return False
            self._seen.add(identity)
            self.failures.append(record)
            return True

    def add_error(self, message: str) -> None:
        with self._lock:
            if message not in self.errors:
                self.errors.append(message)

    @property
    def failed(self) -> bool:
        return bool(self.failures or self.errors or self.interrupted)

    def by_operation(self) -> dict[str, Tally]:
        """Per operation: the requests sent, and the distinct failures found."""
        tallies = {operation: Tally(cases=count) for operation, count in self.requests.items()}
        for operation, _check in self.cases:
            tallies.setdefault(operation, Tally())
        for record in self.failures:
            tallies.setdefault(record.operation, Tally()).failures += 1
        return dict(sorted(tallies.items()))

    def by_check(self) -> dict[str, Tally]:
        tallies: dict[str, Tally] = {}
        for (_operation, check), count in self.cases.items():
            tallies.setdefault(check, Tally()).cases += count
        for record in self.failures:
            tallies.setdefault(record.check, Tally()).failures += 1
        return dict(sorted(tallies.items()))

    def by_operation_and_check(self) -> dict[tuple[str, str], Tally]:
        tallies = {key: Tally(cases=count) for key, count in self.cases.items()}
        for record in self.failures:
            tallies.setdefault((record.operation, record.check), Tally()).failures += 1
        return dict(sorted(tallies.items()))
