"""The mock's in-memory routing rules, kept apart by API key.

Every method takes the store's lock for its whole read-check-write, so each create, update
and delete is atomic even when one app is driven from several threads (one uvicorn process
runs one event loop, where this costs nothing). A rule's answer is serialized once, when it is
stored, and served as those bytes until it changes.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Mapping
from typing import Any, NamedTuple

import attrs
import orjson

from videosdk_sip.mock.settings import Gateway

__all__ = ["DELETED_MESSAGE", "NumberInUse", "Page", "RuleStore", "StoredRule"]

DELETED_MESSAGE = "Routing rule deleted successfully."
EDITABLE_FIELDS = ("name", "numbers", "dispatch", "hidePhoneNumber", "metadata", "tags")


class StoredRule(NamedTuple):
    """A rule as stored: the JSON bytes the API answers for it, and the fields the store
    filters on. Only strings, bytes and tuples of strings: Python's garbage collector stops
    tracking such tuples, so a store of many rules adds nothing to each collection."""

    id: str
    gateway_id: str
    name: str
    numbers: tuple[str, ...]
    body: bytes

    def fields(self) -> dict[str, Any]:
        """The rule as the API answers it, parsed."""
        fields: dict[str, Any] = orjson.loads(self.body)
        return fields


class NumberInUse(Exception):
    """Numbers of a create or update already routed by another rule of the same inbound
    gateway: `(index in the request's numbers, number, the other rule's id)` each."""

    def __init__(self, gateway_id: str, clashes: tuple[tuple[int, str, str], ...]) -> None:
        super().__init__(gateway_id, clashes)
        self.gateway_id = gateway_id
        self.clashes = clashes


@attrs.frozen
class Page:
    """One page of a listing; `body` is the `RoutingRulePage` answer."""

    total: int
    rules: tuple[StoredRule, ...]
    body: bytes


def _stored(fields: dict[str, Any]) -> StoredRule:
    return StoredRule(
        fields["id"],
        fields["gatewayId"],
        fields["name"],
        tuple(fields["numbers"]),
        orjson.dumps(fields),
    )


class RuleStore:
    """Routing rules by API key, and for inbound gateways which rule routes each number."""

    def __init__(self, gateways: tuple[Gateway, ...]) -> None:
        self.gateways: dict[str, Gateway] = {gateway.id: gateway for gateway in gateways}
        self._lock = threading.Lock()
        self._rules: dict[str, dict[str, StoredRule]] = {}
        # (api key, inbound gateway id) -> number -> rule id
        self._numbers: dict[tuple[str, str], dict[str, str]] = {}
        self._ids = itertools.count(1)

    def _clashes(
        self, api_key: str, gateway: Gateway, numbers: list[str], rule_id: str | None
    ) -> None:
        if gateway.direction != "INBOUND":
            return
        routed = self._numbers.get((api_key, gateway.id), {})
        clashes = tuple(
            (index, number, routed[number])
            for index, number in enumerate(numbers)
            if routed.get(number, rule_id) != rule_id
        )
        if clashes:
            raise NumberInUse(gateway.id, clashes)

    def _route(self, api_key: str, rule: StoredRule, add: bool) -> None:
        gateway = self.gateways[rule.gateway_id]
        if gateway.direction != "INBOUND":
            return
        routed = self._numbers.setdefault((api_key, gateway.id), {})
        for number in rule.numbers:
            if add:
                routed[number] = rule.id
            else:
                routed.pop(number, None)

    def create(self, api_key: str, request: Mapping[str, Any]) -> StoredRule:
        """Stores a new rule from a valid create request whose gateway exists.

        Raises `NumberInUse` (and stores nothing) when a number is taken on an inbound gateway.
        """
        gateway = self.gateways[request["gatewayId"]]
        with self._lock:
            self._clashes(api_key, gateway, request["numbers"], None)
            fields = {
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
            rule = _stored(fields)
            self._rules.setdefault(api_key, {})[rule.id] = rule
            self._route(api_key, rule, add=True)
            return rule

    def get(self, api_key: str, rule_id: str) -> StoredRule | None:
        """The rule, if it exists and belongs to `api_key`."""
        with self._lock:
            return self._rules.get(api_key, {}).get(rule_id)

    def update(self, api_key: str, rule_id: str, changes: Mapping[str, Any]) -> StoredRule | None:
        """Applies a valid partial update; `None` when there is no such rule for `api_key`.

        Raises `NumberInUse` (and changes nothing) when new numbers are taken.
        """
        with self._lock:
            rules = self._rules.get(api_key, {})
            current = rules.get(rule_id)
            if current is None:
                return None
            fields = current.fields()
            fields.update({name: changes[name] for name in EDITABLE_FIELDS if name in changes})
            if "numbers" in changes:
                self._clashes(
                    api_key, self.gateways[fields["gatewayId"]], fields["numbers"], rule_id
                )
            rule = _stored(fields)
            self._route(api_key, current, add=False)
            self._route(api_key, rule, add=True)
            rules[rule_id] = rule
            return rule

    def delete(self, api_key: str, rule_id: str) -> bool:
        """Deletes the rule; False when there is no such rule for `api_key`."""
        with self._lock:
            rule = self._rules.get(api_key, {}).pop(rule_id, None)
            if rule is None:
                return False
            self._route(api_key, rule, add=False)
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
            rule
            for rule in candidates
            if (gateway_id is None or rule.gateway_id == gateway_id)
            and (needle is None or needle in rule.name.casefold())
        ]
        total = len(matching)
        last_page = max(1, -(-total // per_page))
        start = (page - 1) * per_page
        chosen = tuple(matching[start : start + per_page])
        page_info = orjson.dumps(
            {"currentPage": page, "perPage": per_page, "lastPage": last_page, "total": total}
        )
        body = (
            b'{"pageInfo":' + page_info + b',"data":[' + b",".join(r.body for r in chosen) + b"]}"
        )
        return Page(total, chosen, body)

    def count(self, api_key: str | None = None) -> int:
        """How many rules are stored, for one API key or for all."""
        with self._lock:
            if api_key is not None:
                return len(self._rules.get(api_key, {}))
            return sum(len(rules) for rules in self._rules.values())
