"""The routing rules' store: in memory, kept apart by API key. It knows rules only; which
gateway a rule may use is for `relations` to say.

Every method takes the store's lock for its whole read-check-write, so each create, update
and delete is atomic even when one app is driven from several threads (one uvicorn process
runs one event loop, where the lock costs next to nothing). A rule's answer is serialized
once, when it is stored, and served as those bytes until it changes.

A stored rule is a plain tuple of strings and bytes: CPython's garbage collector stops
tracking such tuples, so a store of a million rules adds nothing to each collection (a
named tuple or an object would stay tracked and make every full collection slower).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Mapping
from typing import Any, Final

import attrs
import orjson

from videosdk_sip.mock.settings import Gateway

__all__ = ["DELETED_MESSAGE", "EDITABLE_FIELDS", "NumberInUse", "Page", "RuleStore"]

DELETED_MESSAGE = "Routing rule deleted successfully."
EDITABLE_FIELDS = ("name", "numbers", "dispatch", "hidePhoneNumber", "metadata", "tags")

# (id, gateway id, name, numbers, the JSON answer, whether the gateway is inbound)
_Record = tuple[str, str, str, tuple[str, ...], bytes, bool]
_ID: Final = 0
_GATEWAY: Final = 1
_NAME: Final = 2
_NUMBERS: Final = 3
_BODY: Final = 4
_INBOUND: Final = 5


class NumberInUse(Exception):
    """Numbers of a create or update already routed by another rule of the same inbound
    gateway: `(index in the request's numbers, number, the other rule's id)` each."""

    def __init__(self, gateway_id: str, clashes: tuple[tuple[int, str, str], ...]) -> None:
        super().__init__(gateway_id, clashes)
        self.gateway_id = gateway_id
        self.clashes = clashes


@attrs.frozen
class Page:
    """One page of a listing: how many rules match in all, and the `RoutingRulePage` answer."""

    total: int
    body: bytes


def _record(fields: dict[str, Any]) -> _Record:
    # A right-sized copy of the answer: orjson's own result keeps its larger work buffer
    # allocated, which for a stored answer costs a fresh memory page per rule.
    answer = bytes(memoryview(orjson.dumps(fields)))
    inbound = fields["type"] == "INBOUND"
    return (
        fields["id"],
        fields["gatewayId"],
        fields["name"],
        tuple(fields["numbers"]),
        answer,
        inbound,
    )


class RuleStore:
    """Routing rules by API key, and for inbound gateways which rule routes each number.

    Rules come back as their JSON answers (bytes), ready to send.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: dict[str, dict[str, _Record]] = {}
        # (api key, inbound gateway id) -> number -> rule id
        self._numbers: dict[tuple[str, str], dict[str, str]] = {}
        self._ids = itertools.count(1)

    def _clashes(
        self, api_key: str, gateway_id: str, inbound: bool, numbers: list[str], rule_id: str | None
    ) -> None:
        if not inbound:
            return
        routed = self._numbers.get((api_key, gateway_id), {})
        clashes = tuple(
            (index, number, routed[number])
            for index, number in enumerate(numbers)
            if routed.get(number, rule_id) != rule_id
        )
        if clashes:
            raise NumberInUse(gateway_id, clashes)

    def _route(self, api_key: str, record: _Record, add: bool) -> None:
        if not record[_INBOUND]:
            return
        routed = self._numbers.setdefault((api_key, record[_GATEWAY]), {})
        for number in record[_NUMBERS]:
            if add:
                routed[number] = record[_ID]
            else:
                routed.pop(number, None)

    def create(self, api_key: str, request: Mapping[str, Any], gateway: Gateway) -> bytes:
        """Stores a new rule from a valid create request on `gateway`; its answer.

        Raises `NumberInUse` (and stores nothing) when a number is taken on an inbound gateway.
        """
        with self._lock:
            self._clashes(
                api_key, gateway.id, gateway.direction == "INBOUND", request["numbers"], None
            )
            record = _record(
                {
                    "id": f"rule_{next(self._ids):09d}",
                    "name": request["name"],
                    "type": gateway.direction,
                    "numbers": request["numbers"],
                    "gatewayId": gateway.id,
                    "dispatch": request["dispatch"],
                    "hidePhoneNumber": request.get("hidePhoneNumber", False),
                    "metadata": request.get("metadata", {}),
                    "tags": request.get("tags", []),
                }
            )
            self._rules.setdefault(api_key, {})[record[_ID]] = record
            self._route(api_key, record, add=True)
            return record[_BODY]

    def get(self, api_key: str, rule_id: str) -> bytes | None:
        """The rule's answer, if it exists and belongs to `api_key`."""
        with self._lock:
            record = self._rules.get(api_key, {}).get(rule_id)
        return record[_BODY] if record is not None else None

    def update(self, api_key: str, rule_id: str, changes: Mapping[str, Any]) -> bytes | None:
        """Applies a valid partial update and answers the rule; `None` when there is no such
        rule for `api_key`. Raises `NumberInUse` (and changes nothing) when new numbers are
        taken."""
        with self._lock:
            rules = self._rules.get(api_key, {})
            current = rules.get(rule_id)
            if current is None:
                return None
            fields: dict[str, Any] = orjson.loads(current[_BODY])
            fields.update({name: changes[name] for name in EDITABLE_FIELDS if name in changes})
            if "numbers" in changes:
                self._clashes(
                    api_key, current[_GATEWAY], current[_INBOUND], fields["numbers"], rule_id
                )
            record = _record(fields)
            self._route(api_key, current, add=False)
            self._route(api_key, record, add=True)
            rules[rule_id] = record
            return record[_BODY]

    def delete(self, api_key: str, rule_id: str) -> bool:
        """Deletes the rule; False when there is no such rule for `api_key`."""
        with self._lock:
            record = self._rules.get(api_key, {}).pop(rule_id, None)
            if record is None:
                return False
            self._route(api_key, record, add=False)
            return True

    def page(
        self,
        api_key: str,
        *,
        gateway_id: str | None = None,
        rule_id: str | None = None,
        search: str | None = None,
        page: int = 1,
        per_page: int = 10,
    ) -> Page:
        """The `page`-th page (from 1) of `api_key`'s rules matching every filter given,
        oldest first; `search` matches names containing it, ignoring case."""
        needle = search.casefold() if search is not None else None
        with self._lock:
            rules = self._rules.get(api_key, {})
            if rule_id is not None:
                candidates = [rules[rule_id]] if rule_id in rules else []
            else:
                candidates = list(rules.values())
        matching = [
            record
            for record in candidates
            if (gateway_id is None or record[_GATEWAY] == gateway_id)
            and (needle is None or needle in record[_NAME].casefold())
        ]
        total = len(matching)
        last_page = max(1, -(-total // per_page))
        start = (page - 1) * per_page
        data = b",".join(record[_BODY] for record in matching[start : start + per_page])
        page_info = orjson.dumps(
            {"currentPage": page, "perPage": per_page, "lastPage": last_page, "total": total}
        )
        return Page(total, b'{"pageInfo":' + page_info + b',"data":[' + data + b"]}")

    def count(self, api_key: str | None = None) -> int:
        """How many rules are stored, for one API key or for all."""
        with self._lock:
            if api_key is not None:
                return len(self._rules.get(api_key, {}))
            return sum(len(rules) for rules in self._rules.values())
