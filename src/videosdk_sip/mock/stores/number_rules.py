"""The current routing rules' store (`/v2/sip/routing-rule`): rules bound to phone numbers,
kept apart by API key. It knows rules only; that a rule's numbers are registered is for
`relations` to check, under the same lock.

The lock is the one shared by every store of the current API (`Stores.lock`, reentrant), so
a change that spans stores (a release that leaves rules, a PATCH that checks numbers) is one
atomic step. Each rule keeps its answer as JSON bytes, made once per change, and beside
them only the strings the store indexes and filters on: no dict or list per rule for the
garbage collector's full passes to walk (`fields` decodes the answer when a change needs it).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs
import orjson

from videosdk_sip.mock.stores.clock import now_iso
from videosdk_sip.mock.stores.kept_json import kept_json
from videosdk_sip.mock.stores.paging import page_body

__all__ = ["NUMBER_RULE_DELETED", "InboundClash", "NumberRuleStore", "StoredRule"]

NUMBER_RULE_DELETED: Final = "Routing rule deleted successfully"

# request field -> answer field, for the fields a create or an update copies as sent
_COPIED: Final = (
    ("name", "name"),
    ("phoneNumbers", "numbers"),
    ("apiKey", "apiKey"),
    ("agentId", "agentId"),
    ("agentMetadata", "agentMetadata"),
    ("includeHeaders", "includeHeaders"),
    ("allowedNumbers", "allowedNumbers"),
    ("allowedIpAddresses", "allowedIpAddresses"),
    ("tags", "tags"),
    ("recording", "recording"),
    ("dtmf", "dtmf"),
    ("noiseCancellation", "noiseCancellation"),
    ("hidePhoneNumber", "hidePhoneNumber"),
)
# the header map each direction keeps; the other one is refused before the store is asked
_HEADER_MAP: Final = {"inbound": "headersToAttributes", "outbound": "headers"}


@attrs.frozen
class StoredRule:
    """A rule's answer (`body`, JSON), with its id, type, name, numbers and room type."""

    id: str
    kind: str
    name: str
    numbers: tuple[str, ...]
    room_type: str | None
    body: bytes

    @property
    def fields(self) -> Mapping[str, Any]:
        """The answer's fields (read-only, the `NumberRoutingRule` keys), decoded from `body`."""
        return MappingProxyType(orjson.loads(self.body))


@attrs.frozen
class InboundClash:
    """Numbers of a create or update that another inbound rule already routes:
    `(index in the request's phoneNumbers, number, the other rule's id)` each."""

    clashes: tuple[tuple[int, str, str], ...]


def room_answer(room: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A `RuleRoom` answer from a `RuleRoomInput`: members a room type does not use are null."""
    if room is None:
        return None
    dynamic = room["type"] == "dynamic"
    return {
        "type": room["type"],
        "prefix": room.get("prefix", "blank") if dynamic else None,
        "id": None if dynamic else room["id"],
        "pin": room.get("pin"),
    }


def _stored(fields: dict[str, Any]) -> StoredRule:
    room = fields["room"]
    return StoredRule(
        fields["id"],
        fields["type"],
        fields["name"],
        tuple(fields["numbers"]),
        room["type"] if room is not None else None,
        kept_json(fields),
    )


class NumberRuleStore:
    """Current routing rules by API key, and for inbound rules which rule routes each number."""

    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock
        self._rules: dict[str, dict[str, StoredRule]] = {}
        # api key -> number -> the inbound rule routing it
        self._inbound: dict[str, dict[str, str]] = {}
        self._ids = itertools.count(1)

    def _clash(
        self, api_key: str, kind: str, numbers: list[str], rule_id: str | None
    ) -> InboundClash | None:
        if kind != "inbound":
            return None
        routed = self._inbound.get(api_key, {})
        clashes = tuple(
            (index, number, routed[number])
            for index, number in enumerate(numbers)
            if routed.get(number, rule_id) != rule_id
        )
        return InboundClash(clashes) if clashes else None

    def _index(self, api_key: str, rule: StoredRule, add: bool) -> None:
        if rule.kind != "inbound":
            return
        routed = self._inbound.setdefault(api_key, {})
        for number in rule.numbers:
            if add:
                routed[number] = rule.id
            else:
                routed.pop(number, None)

    def _put(self, api_key: str, old: StoredRule | None, new: StoredRule) -> None:
        if old is not None:
            self._index(api_key, old, add=False)
        self._index(api_key, new, add=True)
        self._rules.setdefault(api_key, {})[new.id] = new

    def create(self, api_key: str, request: Mapping[str, Any]) -> StoredRule | InboundClash:
        """Stores a rule from a valid `NumberRoutingRuleCreate` whose numbers are registered
        and whose header maps suit its type; an `InboundClash` (nothing stored) when an
        inbound number is already routed by another rule."""
        kind = request["type"]
        with self._lock:
            clash = self._clash(api_key, kind, request["phoneNumbers"], None)
            if clash is not None:
                return clash
            now = now_iso()
            fields: dict[str, Any] = {
                "id": f"rr_{next(self._ids):09d}",
                "name": request["name"],
                "type": kind,
                "numbers": list(request["phoneNumbers"]),
                "room": room_answer(request.get("room")),
                "agentId": request.get("agentId"),
                "agentMetadata": request.get("agentMetadata", {}),
                "includeHeaders": request.get("includeHeaders", "NONE"),
                _HEADER_MAP[kind]: request.get(_HEADER_MAP[kind], {}),
                "allowedNumbers": request.get("allowedNumbers", []),
                "allowedIpAddresses": request.get("allowedIpAddresses", []),
                "tags": request.get("tags", []),
                "recording": request.get("recording", False),
                "dtmf": request.get("dtmf", False),
                "noiseCancellation": request.get("noiseCancellation", False),
                "hidePhoneNumber": request.get("hidePhoneNumber", False),
                "createdAt": now,
                "updatedAt": now,
            }
            if "apiKey" in request:
                fields["apiKey"] = request["apiKey"]
            rule = _stored(fields)
            self._put(api_key, None, rule)
            return rule

    def get(self, api_key: str, rule_id: str) -> StoredRule | None:
        """The rule, if it exists and belongs to `api_key`."""
        with self._lock:
            return self._rules.get(api_key, {}).get(rule_id)

    def update(
        self, api_key: str, rule_id: str, changes: Mapping[str, Any]
    ) -> StoredRule | InboundClash | None:
        """Applies a valid partial update (`phoneNumbers` replaces the set); `None` when there
        is no such rule, an `InboundClash` (nothing changed) when a new inbound number is
        routed by another rule. A header map of the other kind is ignored (it is empty)."""
        with self._lock:
            current = self._rules.get(api_key, {}).get(rule_id)
            if current is None:
                return None
            fields = dict(current.fields)
            kind = fields["type"]
            if "phoneNumbers" in changes:
                clash = self._clash(api_key, kind, changes["phoneNumbers"], rule_id)
                if clash is not None:
                    return clash
            for request_name, answer_name in _COPIED:
                if request_name in changes:
                    fields[answer_name] = changes[request_name]
            if "room" in changes:
                fields["room"] = room_answer(changes["room"])
            if _HEADER_MAP[kind] in changes:
                fields[_HEADER_MAP[kind]] = changes[_HEADER_MAP[kind]]
            fields["updatedAt"] = now_iso()
            rule = _stored(fields)
            self._put(api_key, current, rule)
            return rule

    def delete(self, api_key: str, rule_id: str) -> bool:
        """Deletes the rule, detaching its numbers; False when there is no such rule."""
        with self._lock:
            rule = self._rules.get(api_key, {}).pop(rule_id, None)
            if rule is None:
                return False
            self._index(api_key, rule, add=False)
            return True

    def drop_number(self, api_key: str, number: str) -> None:
        """Takes `number` out of every rule of `api_key` (a released number). A rule left
        with no number stays, routing nothing."""
        with self._lock:
            for rule in list(self._rules.get(api_key, {}).values()):
                if number not in rule.numbers:
                    continue
                fields = dict(rule.fields)
                fields["numbers"] = [each for each in rule.numbers if each != number]
                fields["updatedAt"] = now_iso()
                self._put(api_key, rule, _stored(fields))

    def page(
        self,
        api_key: str,
        *,
        search: str | None = None,
        kind: str | None = None,
        rule_ids: Iterable[str] | None = None,
        room_types: Iterable[str] | None = None,
        page: int = 1,
        per_page: int = 10,
    ) -> bytes:
        """The `NumberRoutingRulePage` answer: `api_key`'s rules matching every filter given,
        oldest first. `search` matches a name or a number containing it, ignoring case."""
        needle = search.casefold() if search is not None else None
        wanted_ids = set(rule_ids) if rule_ids is not None else None
        wanted_rooms = set(room_types) if room_types is not None else None
        with self._lock:
            rules = list(self._rules.get(api_key, {}).values())
        matching = [
            rule.body
            for rule in rules
            if (kind is None or rule.kind == kind)
            and (wanted_ids is None or rule.id in wanted_ids)
            and (wanted_rooms is None or rule.room_type in wanted_rooms)
            and (
                needle is None
                or needle in rule.name.casefold()
                or any(needle in number for number in rule.numbers)
            )
        ]
        return page_body(matching, page, per_page)
