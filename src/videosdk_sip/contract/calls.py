"""The calls and phone numbers a run may act on, learned from the answers it receives.

A call action (transfer, end, switch of room) is sent only for a call this run placed: an id
the run never saw is swapped for the run's latest answered call, or for `NOT_A_CALL` when it
has none, so a run never ends or moves someone else's call. A release names only a phone
number the run may change (see `safety`).
"""

from __future__ import annotations

import threading

from videosdk_sip.contract.marking import NAME_PREFIX

__all__ = ["NOT_A_CALL", "NOT_A_NUMBER", "PlacedCalls", "ReleasableNumbers"]

NOT_A_CALL = f"{NAME_PREFIX}not-a-call-of-this-run"
NOT_A_NUMBER = f"{NAME_PREFIX}not-a-number-of-this-run"
UNUSED_NUMBER = "+19999999999"
"""A valid E.164 number no account has: where a detach of a protected number goes."""


class PlacedCalls:
    """The calls the run placed, and which were last answered `answered`. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[str, None] = {}
        self._answered: dict[str, None] = {}

    def learn(self, call: object) -> None:
        """Notes a call of the run's, from a call in the answer to a create or an action."""
        if not isinstance(call, dict) or not isinstance(call.get("callId"), str):
            return
        call_id = call["callId"]
        with self._lock:
            self._seen[call_id] = None
            self._answered.pop(call_id, None)
            if call.get("status") == "answered":
                self._answered[call_id] = None

    def permit(self, call_id: str) -> str:
        """`call_id` when the run placed it, else its latest answered call, else `NOT_A_CALL`."""
        with self._lock:
            if call_id in self._seen:
                return call_id
            if self._answered:
                return next(reversed(self._answered))
            return NOT_A_CALL

    def placed(self) -> list[str]:
        with self._lock:
            return list(self._seen)


class ReleasableNumbers:
    """Phone-number ids whose E.164 number is one the run may release (every one when
    `allowed` is None), never one of `protected` (the number the run's calls go out from).

    It also keeps the numbers the run provisioned: those a successful `createPhoneNumbers`
    named that were not registered when the run started (`registered`), that the run may
    change and that are not protected. Cleanup releases those, and no other. Thread-safe."""

    def __init__(
        self,
        allowed: tuple[str, ...] | None,
        protected: tuple[str, ...] = (),
        registered: frozenset[str] = frozenset(),
    ) -> None:
        self._allowed = None if allowed is None else frozenset(allowed)
        self.protected = frozenset(protected)
        self.registered = registered
        self._lock = threading.Lock()
        self._ids: set[str] = set()
        self._shielded: set[str] = set()
        self._provisioned: dict[str, None] = {}
        self._released: set[str] = set()

    def note_provisioned(self, body: object) -> None:
        """Reads the body of a `createPhoneNumbers` the server answered 2xx."""
        numbers = body.get("phoneNumbers") if isinstance(body, dict) else None
        if not isinstance(numbers, list):
            return
        with self._lock:
            for number in numbers:
                if (
                    isinstance(number, str)
                    and number not in self.registered
                    and number not in self.protected
                    and (self._allowed is None or number in self._allowed)
                ):
                    self._provisioned[number] = None

    def note_released(self, answer: object) -> None:
        """Reads the answer to a `releasePhoneNumber` the server answered 2xx."""
        e164 = answer.get("e164") if isinstance(answer, dict) else None
        if isinstance(e164, str):
            with self._lock:
                self._released.add(e164)

    def provisioned(self) -> list[str]:
        """The numbers the run provisioned, in the order first seen."""
        with self._lock:
            return list(self._provisioned)

    def released_during_run(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._released)

    def learn(self, answer: object) -> None:
        records: list[object] = [answer]
        if isinstance(answer, dict) and isinstance(answer.get("data"), list):
            records = answer["data"]
        for record in records:
            if not isinstance(record, dict):
                continue
            number_id, e164 = record.get("phoneNumberId"), record.get("e164")
            if not isinstance(number_id, str) or not isinstance(e164, str):
                continue
            with self._lock:
                if e164 in self.protected:
                    self._shielded.add(number_id)
                elif self._allowed is None or e164 in self._allowed:
                    self._ids.add(number_id)

    def permit(self, number_id: str) -> str:
        """`number_id` when unrestricted (the embedded mock) or known to be a test number;
        `NOT_A_NUMBER` for anything else and for a protected number."""
        with self._lock:
            if number_id in self._shielded:
                return NOT_A_NUMBER
            if self._allowed is None or number_id in self._ids:
                return number_id
            return NOT_A_NUMBER

    def shield(self, body: object) -> object:
        """A detach body that names no protected number (it names one no one has instead)."""
        if isinstance(body, dict) and str(body.get("phoneNumber")) in self.protected:
            return {**body, "phoneNumber": UNUSED_NUMBER}
        return body
