"""The routing rules' store: in memory, kept apart by API key. It knows rules only; which
gateway a rule may use is for `relations` to say.

Every change takes the store's lock for its whole read-check-write, so each create, update
and delete is atomic even when one app is driven from several threads (one uvicorn process
runs one event loop, where the lock costs little); `get` reads without it: its two dictionary
look-ups are each atomic, and a key's table of rules, once made, is never replaced. A rule's
answer is serialized once, when it is stored, and served as those bytes until it changes.

A stored rule is a plain tuple of strings and bytes: CPython's garbage collector stops
tracking such tuples, so a store of a million rules adds nothing to each collection (a
named tuple or an object would stay tracked and make every full collection slower).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, Protocol

import orjson

from videosdk_sip.mock.settings import Direction
from videosdk_sip.mock.stores.kept_json import kept_json
from videosdk_sip.mock.stores.paging import page_envelope, page_slice

__all__ = [
    "DELETED_MESSAGE",
    "EDITABLE_FIELDS",
    "NumberInUse",
    "RuleGateway",
    "RuleLimitReached",
    "RuleStore",
    "RuleTooLarge",
]

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
_NO_RULES: Final[Mapping[str, _Record]] = MappingProxyType({})


class RuleGateway(Protocol):
    """The gateway a rule is made on (a configured `Gateway`, or a stored gateway): its id,
    and its direction, which becomes the rule's `type`."""

    @property
    def id(self) -> str: ...

    @property
    def direction(self) -> Direction: ...


class RuleLimitReached(Exception):
    """The API key already holds `limit` rules: a create is refused until one is deleted."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class RuleTooLarge(Exception):
    """The rule, as stored, would take `size` bytes, more than the `limit` accepted."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(size, limit)
        self.size = size
        self.limit = limit


class NumberInUse(Exception):
    """Numbers of a create or update already routed by another rule of the same inbound
    gateway: `(index in the request's numbers, number, the other rule's id)` each."""

    def __init__(self, gateway_id: str, clashes: tuple[tuple[int, str, str], ...]) -> None:
        super().__init__(gateway_id, clashes)
        self.gateway_id = gateway_id
        self.clashes = clashes


def _record(fields: dict[str, Any], max_bytes: int) -> _Record:
    """The stored form of a rule; raises `RuleTooLarge` when its answer exceeds `max_bytes`."""
    answer = kept_json(fields)
    if len(answer) > max_bytes:
        raise RuleTooLarge(len(answer), max_bytes)
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

    Rules come back as their JSON answers (bytes), ready to send. An API key holds at most
    `max_rules_per_key` rules of at most `max_rule_bytes` bytes each (as answered), so the
    store of one key never outgrows their product. Ids are random (`rule_` and 12
    hexadecimal digits), so they tell nothing of how many rules any key has made.
    """

    def __init__(self, max_rules_per_key: int = 10_000, max_rule_bytes: int = 16_384) -> None:
        self.max_rules_per_key = max_rules_per_key
        self.max_rule_bytes = max_rule_bytes
        self._lock = threading.Lock()
        self._rules: dict[str, dict[str, _Record]] = {}
        # (api key, inbound gateway id) -> number -> rule id
        self._numbers: dict[tuple[str, str], dict[str, str]] = {}
        self._fresh_ids: list[str] = []

    def _new_id(self, rules: Mapping[str, _Record]) -> str:
        while True:
            if not self._fresh_ids:
                # Drawn from the OS in batches: one system call per 512 ids.
                random = os.urandom(6 * 512).hex()
                self._fresh_ids = [
                    f"rule_{random[at : at + 12]}" for at in range(0, len(random), 12)
                ]
            rule_id = self._fresh_ids.pop()
            if rule_id not in rules:
                return rule_id

    # Only rules of inbound gateways route numbers: callers check before the two below.

    def _clashes(
        self, api_key: str, gateway_id: str, numbers: list[str], rule_id: str | None
    ) -> None:
        routed = self._numbers.get((api_key, gateway_id), {})
        clashes = tuple(
            (index, number, routed[number])
            for index, number in enumerate(numbers)
            if routed.get(number, rule_id) != rule_id
        )
        if clashes:
            raise NumberInUse(gateway_id, clashes)

    def _route(self, api_key: str, record: _Record, add: bool) -> None:
        routed = self._numbers.setdefault((api_key, record[_GATEWAY]), {})
        for number in record[_NUMBERS]:
            if add:
                routed[number] = record[_ID]
            else:
                routed.pop(number, None)

    def create(self, api_key: str, request: Mapping[str, Any], gateway: RuleGateway) -> bytes:
        """Stores a new rule from a valid create request on `gateway`; its answer.

        Raises (and stores nothing) `RuleLimitReached` when the key holds its maximum of rules,
        `RuleTooLarge` when the rule would be too large, `NumberInUse` when a number is taken
        on an inbound gateway.
        """
        with self._lock:
            rules = self._rules.setdefault(api_key, {})
            if len(rules) >= self.max_rules_per_key:
                raise RuleLimitReached(self.max_rules_per_key)
            inbound = gateway.direction == "INBOUND"
            if inbound:
                self._clashes(api_key, gateway.id, request["numbers"], None)
            record = _record(
                {
                    "id": self._new_id(rules),
                    "name": request["name"],
                    "type": gateway.direction,
                    "numbers": request["numbers"],
                    "gatewayId": gateway.id,
                    "dispatch": request["dispatch"],
                    "hidePhoneNumber": request.get("hidePhoneNumber", False),
                    "metadata": request.get("metadata", {}),
                    "tags": request.get("tags", []),
                },
                self.max_rule_bytes,
            )
            rules[record[_ID]] = record
            if inbound:
                self._route(api_key, record, add=True)
            return record[_BODY]

    def get(self, api_key: str, rule_id: str) -> bytes | None:
        """The rule's answer, if it exists and belongs to `api_key`."""
        record = self._rules.get(api_key, _NO_RULES).get(rule_id)
        return record[_BODY] if record is not None else None

    def update(self, api_key: str, rule_id: str, changes: Mapping[str, Any]) -> bytes | None:
        """Applies a valid partial update and answers the rule; `None` when there is no such
        rule for `api_key`. Raises (and changes nothing) `NumberInUse` when new numbers are
        taken, `RuleTooLarge` when the rule would grow too large."""
        with self._lock:
            rules = self._rules.get(api_key, {})
            current = rules.get(rule_id)
            if current is None:
                return None
            fields: dict[str, Any] = orjson.loads(current[_BODY])
            fields.update({name: changes[name] for name in EDITABLE_FIELDS if name in changes})
            inbound = current[_INBOUND]
            if inbound and "numbers" in changes:
                self._clashes(api_key, current[_GATEWAY], fields["numbers"], rule_id)
            record = _record(fields, self.max_rule_bytes)
            if inbound:
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
            if record[_INBOUND]:
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
    ) -> bytes:
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
        shown = [record[_BODY] for record in page_slice(matching, page, per_page)]
        return page_envelope(shown, len(matching), page, per_page)

    def count(self, api_key: str | None = None) -> int:
        """How many rules are stored, for one API key or for all."""
        with self._lock:
            if api_key is not None:
                return len(self._rules.get(api_key, {}))
            return sum(len(rules) for rules in self._rules.values())
