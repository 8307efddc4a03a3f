"""The calls' store: in memory, kept apart by API key, and the one place a call's status
changes. Each change is checked against the status it may follow, logged in the call's
`timelog`, and announced to the listeners (the webhook delivery) with the events it means,
all under the store's lock, so listeners hear every call's changes in order."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Collection, Mapping
from datetime import datetime
from typing import Any, Final

import orjson

from videosdk_sip.mock.stores.clock import now_iso
from videosdk_sip.mock.stores.paging import page_envelope, page_slice

__all__ = [
    "STATUS_EVENTS",
    "TERMINAL",
    "CallStateConflict",
    "CallStore",
    "Listener",
]

STATUS_EVENTS: Final[Mapping[str, str | None]] = {
    "initiated": "call-started",
    "ringing": "call-ringing",
    "answered": "call-answered",
    "ended": "call-hangup",
    "abandoned": "call-hangup",
    "not-answered": "call-missed",
    "rejected": "call-missed",
    "failed": None,
    "transfer-initiated": "call-transfer-initiated",
    "transfer-ringing": "call-transfer-ringing",
    "transfer-accepted": "call-transfer-accepted",
    "transferring": "call-transferring",
    "transferred": "call-transferred",
    "transfer-failed": "call-transfer-failed",
    "switch-room-initiated": "switch-room-initiated",
    "switch-room-completed": "switch-room-completed",
    "switch-room-failed": "switch-room-failed",
}
"""The event each status means; every change of status also means `call-update`."""

TERMINAL: Final = frozenset({"ended", "abandoned", "not-answered", "rejected", "failed"})
"""Statuses a call never leaves."""

Listener = Callable[[str, tuple[str, ...], dict[str, Any]], None]
"""Hears `(api key, events, the call as answered)` after each change."""


class CallStateConflict(Exception):
    """The call's status does not allow the change asked for."""

    def __init__(self, call_id: str, status: str, allowed: Collection[str]) -> None:
        super().__init__(call_id, status)
        self.call_id = call_id
        self.status = status
        self.allowed = sorted(allowed)


class CallStore:
    """Calls by API key, oldest first; answers are dicts in the `Call` shape."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[str, dict[str, dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def create(self, api_key: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Stores a new outbound call, `initiated`, from its fields (`sipCallTo`,
        `sipCallFrom`, `roomId`, `ruleId`, ...); answers it."""
        with self._lock:
            number = next(self._ids)
            now = now_iso()
            call: dict[str, Any] = {
                "callId": f"call_{number:09d}",
                "type": "outbound",
                "status": "initiated",
                "sessionId": f"session_{number:09d}",
                **fields,
                "start": now,
                "end": None,
                "timelog": [{"status": "INITIATED", "timestamp": now}],
            }
            self._calls.setdefault(api_key, {})[call["callId"]] = call
            answer = _copy(call)
            self._announce(api_key, "initiated", answer)
            return answer

    def get(self, api_key: str, call_id: str) -> dict[str, Any] | None:
        with self._lock:
            call = self._calls.get(api_key, {}).get(call_id)
            return _copy(call) if call is not None else None

    def advance(
        self,
        api_key: str,
        call_id: str,
        status: str,
        after: Collection[str],
        changes: Mapping[str, Any] | None = None,
        *,
        update_only: bool = False,
    ) -> dict[str, Any] | None:
        """Moves the call to `status` (with `changes` to its fields) if its status is one of
        `after`; answers it, or None when there is no such call. Raises `CallStateConflict`
        (and changes nothing) when its status is not one of `after`. With `update_only` the
        change is announced as `call-update` alone (a return to a status, not a new event)."""
        with self._lock:
            call = self._calls.get(api_key, {}).get(call_id)
            if call is None:
                return None
            if call["status"] not in after:
                raise CallStateConflict(call_id, call["status"], after)
            now = now_iso()
            call.update(changes or {})
            call["status"] = status
            call["timelog"].append({"status": status.upper().replace("-", "_"), "timestamp": now})
            if status in TERMINAL:
                call["end"] = now
            answer = _copy(call)
            self._announce(api_key, None if update_only else status, answer)
            return answer

    def page(
        self,
        api_key: str,
        filters: Mapping[str, Any],
        page: int = 1,
        per_page: int = 10,
    ) -> bytes:
        """A `CallPage` of the calls matching every filter of `listCalls` given."""
        with self._lock:
            matching = [
                call for call in self._calls.get(api_key, {}).values() if _matches(call, filters)
            ]
            shown = [orjson.dumps(_copy(call)) for call in page_slice(matching, page, per_page)]
        return page_envelope(shown, len(matching), page, per_page)

    def _announce(self, api_key: str, status: str | None, call: dict[str, Any]) -> None:
        event = STATUS_EVENTS.get(status) if status is not None else None
        events = (event, "call-update") if event is not None else ("call-update",)
        for listener in self._listeners:
            listener(api_key, events, call)


_DAY_MS: Final = 86_400_000
_EQUAL_FILTERS: Final = {
    "roomId": "roomId",
    "sessionId": "sessionId",
    "id": "callId",
    "gatewayId": "gatewayId",
    "ruleId": "ruleId",
    "type": "type",
}


def _matches(call: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    for name, field in _EQUAL_FILTERS.items():
        wanted = filters.get(name)
        if wanted is not None and call.get(field) != wanted:
            return False
    search = filters.get("search")
    if search is not None:
        needle = search.casefold()
        haystack = (call.get("sipCallTo", ""), call.get("sipCallFrom", ""), call.get("roomId", ""))
        if not any(needle in str(text).casefold() for text in haystack):
            return False
    start_date = filters.get("startDate")
    end_date = filters.get("endDate")
    if start_date is None and end_date is None:
        return True
    started = _millis(call["start"])
    if start_date is not None and started < start_date:
        return False
    # The day the end date falls on is included whole.
    return end_date is None or started < (end_date // _DAY_MS + 1) * _DAY_MS


def _millis(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)


# The vendor's server SDK hands `data` to its callers as its `SipCall` type, which names these
# fields `id`, `to` and `from` (decision C10): each answer carries both names.
_SDK_NAMES: Final = (("id", "callId"), ("to", "sipCallTo"), ("from", "sipCallFrom"))


def _copy(call: Mapping[str, Any]) -> dict[str, Any]:
    answer = dict(call)
    for sdk_name, name in _SDK_NAMES:
        if name in call:
            answer[sdk_name] = call[name]
    answer["timelog"] = [dict(entry) for entry in call["timelog"]]
    if isinstance(call.get("metadata"), dict):
        answer["metadata"] = dict(call["metadata"])
    return answer
