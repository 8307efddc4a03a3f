"""`GET /_mock/deliveries`: the webhook deliveries of the caller's API key, for testing a
webhook handler end to end. A mock-only page: the vendor has no such endpoint, so it is not
in openapi.yaml (docs/mock.md describes it)."""

from __future__ import annotations

from typing import Final
from urllib.parse import parse_qsl

import orjson

from videosdk_sip.mock.answers import JSON, Answer, invalid, method_not_allowed
from videosdk_sip.mock.delivery import STATES, DeliveryEngine
from videosdk_sip.mock.problems import Problem, show

__all__ = ["DELIVERIES_PATH", "DeliveryInspection"]

DELIVERIES_PATH: Final = "/_mock/deliveries"
_FILTERS: Final = {
    "webhookId": "webhook_id",
    "event": "event",
    "callId": "call_id",
    "state": "state",
}


class DeliveryInspection:
    """Answers `GET /_mock/deliveries?webhookId=&event=&callId=&state=` (filters combine)."""

    def __init__(self, deliveries: DeliveryEngine) -> None:
        self._deliveries = deliveries

    def answer(self, method: str, query_string: bytes, api_key: str) -> Answer:
        if method not in ("GET", "HEAD"):
            return method_not_allowed(method, "GET, HEAD", where=DELIVERIES_PATH, use="GET")
        try:
            pairs = parse_qsl(query_string.decode("utf-8"), strict_parsing=False)
        except UnicodeDecodeError:
            return invalid(Problem("query", "utf-8", "query: not valid UTF-8"))
        filters: dict[str, str] = {}
        for name, value in pairs:
            if name not in _FILTERS:
                known = ", ".join(_FILTERS)
                return invalid(
                    Problem(
                        name, "known", f"{name}: not a filter of {DELIVERIES_PATH}; use {known}"
                    )
                )
            if name in filters:
                return invalid(Problem(name, "repeated", f"{name}: given more than once"))
            filters[name] = value
        state = filters.get("state")
        if state is not None and state not in STATES:
            return invalid(
                Problem(
                    "state", "enum", f"state: must be one of {', '.join(STATES)}, not {show(state)}"
                )
            )
        records = self._deliveries.records(
            api_key, **{_FILTERS[name]: value for name, value in filters.items()}
        )
        return Answer(200, orjson.dumps({"data": records}), JSON)
