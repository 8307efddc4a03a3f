"""The gateways' store: inbound and outbound SIP gateways, kept apart by API key.

Each API key starts with the configured gateways (`MockSettings.gateways`: the defaults or
`--gateways FILE`) as real records, made the first time the key is seen. A number is on at
most one live gateway of each direction; the store keeps that index and refuses a change that
would break it. A deleted gateway is soft-deleted: gone from every get, list and index, its
numbers detached.

The lock is the one shared by every store of the current API (`Stores.lock`, reentrant). It
guards every change; `get`, one dictionary look-up, which the interpreter makes atomic, reads
without it.

A gateway is kept as its JSON answer plus the few strings the store indexes and filters on,
with no dict or list of its own: every container a stored record holds is one more object
for each of the garbage collector's full passes to walk, and those passes grow with the
store (`fields` decodes the answer for the rare change that needs it).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs
import orjson

from videosdk_sip.mock.settings import Direction, Gateway
from videosdk_sip.mock.stores.kept_json import kept_json
from videosdk_sip.mock.stores.paging import page_body

__all__ = ["GATEWAY_DELETED", "GatewayStore", "NumberClash", "StoredGateway", "gateway_fields"]

GATEWAY_DELETED: Final = "Gateway deleted successfully"
_PREFIX: Final = {"INBOUND": "gw_in_", "OUTBOUND": "gw_out_"}


@attrs.frozen
class StoredGateway:
    """A live gateway: its direction, id, name and numbers, and its answer (`body`, JSON).
    A seed rule is made on it as it is (it has what `routing_rules.RuleGateway` needs)."""

    direction: Direction
    id: str
    name: str
    numbers: tuple[str, ...]
    body: bytes

    @property
    def fields(self) -> Mapping[str, Any]:
        """The answer's fields (read-only), decoded from `body`."""
        return MappingProxyType(orjson.loads(self.body))


@attrs.frozen
class NumberClash:
    """Numbers already on another live gateway of the same direction:
    `(index in the request's numbers, number, that gateway's id)` each."""

    direction: Direction
    clashes: tuple[tuple[int, str, str], ...]


def gateway_fields(direction: Direction, request: Mapping[str, Any]) -> dict[str, Any]:
    """A new gateway's answer fields (without `id`) from a valid create request; `auth`
    answers the user name only, never the password."""
    fields: dict[str, Any] = {
        "name": request["name"],
        "numbers": list(request.get("numbers", [])),
        "address": request.get("address") if direction == "OUTBOUND" else None,
        "allowedAddresses": request.get("allowedAddresses", []),
        "allowedNumbers": request.get("allowedNumbers", []),
        "mediaEncryption": request.get("mediaEncryption", "disable"),
        "record": request.get("record", False),
        "noiseCancellation": request.get("noiseCancellation", False),
        "enableDtmf": request.get("enableDtmf", False),
        "tags": request.get("tags", []),
        "auth": public_auth(request.get("auth")),
        "geoRegion": request.get("geoRegion"),
        "metadata": request.get("metadata", {}),
    }
    if direction == "OUTBOUND":
        fields["transport"] = request.get("transport", "tls")
    return fields


def public_auth(auth: Mapping[str, Any] | None) -> dict[str, Any]:
    """What a gateway answers of its credentials: the user name, never the password."""
    return {"username": auth["username"]} if auth else {}


def _stored(direction: Direction, fields: Mapping[str, Any]) -> StoredGateway:
    return StoredGateway(
        direction, fields["id"], fields["name"], tuple(fields["numbers"]), kept_json(fields)
    )


class _Account:
    """One API key's gateways, and which live gateway of each direction holds each number."""

    def __init__(self) -> None:
        self.gateways: dict[str, StoredGateway] = {}
        self.numbers: dict[Direction, dict[str, str]] = {"INBOUND": {}, "OUTBOUND": {}}


class GatewayStore:
    """Gateways by API key, in the order they were made (configured ones first)."""

    def __init__(self, lock: threading.RLock, seeds: tuple[Gateway, ...]) -> None:
        self._lock = lock
        self._seeds = seeds
        self._accounts: dict[str, _Account] = {}
        self._ids = itertools.count(1)

    def _account(self, api_key: str) -> _Account:
        account = self._accounts.get(api_key)
        if account is None:
            account = self._accounts[api_key] = _Account()
            for seed in self._seeds:
                name = f"Configured {seed.direction.lower()} gateway {seed.id}"
                fields = {"id": seed.id, **gateway_fields(seed.direction, {"name": name})}
                account.gateways[seed.id] = _stored(seed.direction, fields)
        return account

    def _new_id(self, account: _Account, direction: Direction) -> str:
        while True:
            gateway_id = f"{_PREFIX[direction]}{next(self._ids):09d}"
            if gateway_id not in account.gateways:
                return gateway_id

    def clashes(
        self,
        api_key: str,
        direction: Direction,
        numbers: Iterable[str],
        gateway_id: str | None = None,
    ) -> NumberClash | None:
        """The numbers on another live gateway of `direction` than `gateway_id`, if any."""
        with self._lock:
            held = self._account(api_key).numbers[direction]
            found = tuple(
                (index, number, held[number])
                for index, number in enumerate(numbers)
                if held.get(number, gateway_id) != gateway_id
            )
        return NumberClash(direction, found) if found else None

    def _put(self, account: _Account, old: StoredGateway | None, new: StoredGateway) -> None:
        held = account.numbers[new.direction]
        if old is not None:
            for number in old.numbers:
                held.pop(number, None)
        for number in new.numbers:
            held[number] = new.id
        account.gateways[new.id] = new

    def create(
        self,
        api_key: str,
        direction: Direction,
        fields: Mapping[str, Any],
        *,
        checked: bool = False,
    ) -> StoredGateway | NumberClash:
        """Stores a gateway with `fields` (as `gateway_fields` makes them) under a new id;
        a `NumberClash` (nothing stored) when a number is on another gateway of `direction`.
        `checked`: the caller holds the lock and found no clash with `clashes` since its last
        change, so the check is not made again."""
        with self._lock:
            clash = None if checked else self.clashes(api_key, direction, fields["numbers"])
            if clash is not None:
                return clash
            account = self._account(api_key)
            gateway = _stored(direction, {"id": self._new_id(account, direction), **fields})
            self._put(account, None, gateway)
            return gateway

    def get(
        self, api_key: str, gateway_id: str, direction: Direction | None = None
    ) -> StoredGateway | None:
        """The live gateway, if it belongs to `api_key` (and has `direction`, when given)."""
        account = self._accounts.get(api_key)
        if account is None:
            with self._lock:
                account = self._account(api_key)
        gateway = account.gateways.get(gateway_id)
        if gateway is None or (direction is not None and gateway.direction != direction):
            return None
        return gateway

    def update(
        self,
        api_key: str,
        gateway_id: str,
        changes: Mapping[str, Any],
        direction: Direction | None = None,
    ) -> StoredGateway | NumberClash | None:
        """Replaces the answer fields in `changes`; `None` when there is no such live gateway,
        a `NumberClash` (nothing changed) when new numbers are on another gateway."""
        with self._lock:
            current = self.get(api_key, gateway_id, direction)
            if current is None:
                return None
            if "numbers" in changes:
                clash = self.clashes(api_key, current.direction, changes["numbers"], gateway_id)
                if clash is not None:
                    return clash
            gateway = _stored(current.direction, {**current.fields, **changes})
            self._put(self._account(api_key), current, gateway)
            return gateway

    def delete(self, api_key: str, gateway_id: str, direction: Direction) -> bool:
        """Soft-deletes the gateway and detaches its numbers; False when there is no such
        live gateway of `direction`."""
        with self._lock:
            gateway = self.get(api_key, gateway_id, direction)
            if gateway is None:
                return False
            account = self._account(api_key)
            for number in gateway.numbers:
                account.numbers[direction].pop(number, None)
            del account.gateways[gateway_id]
            return True

    def holding(self, api_key: str, number: str) -> dict[Direction, StoredGateway]:
        """The live gateways `number` is on, by direction."""
        with self._lock:
            account = self._account(api_key)
            return {
                direction: account.gateways[held[number]]
                for direction, held in account.numbers.items()
                if number in held
            }

    def detach(self, api_key: str, number: str) -> dict[Direction, str]:
        """Takes `number` off its gateways, which stay even when left empty; the ids of the
        gateways it left, by direction."""
        with self._lock:
            account = self._account(api_key)
            left: dict[Direction, str] = {}
            for direction, gateway in self.holding(api_key, number).items():
                numbers = [each for each in gateway.numbers if each != number]
                changed = {**gateway.fields, "numbers": numbers}
                self._put(account, gateway, _stored(direction, changed))
                left[direction] = gateway.id
            return left

    def page(
        self,
        api_key: str,
        direction: Direction,
        *,
        gateway_id: str | None = None,
        search: str | None = None,
        page: int = 1,
        per_page: int = 10,
    ) -> bytes:
        """The `SipGatewayPage` answer: `api_key`'s live gateways of `direction` matching every
        filter given; `search` matches names containing it, ignoring case."""
        needle = search.casefold() if search is not None else None
        with self._lock:
            gateways = list(self._account(api_key).gateways.values())
        matching = [
            gateway.body
            for gateway in gateways
            if gateway.direction == direction
            and (gateway_id is None or gateway.id == gateway_id)
            and (needle is None or needle in gateway.name.casefold())
        ]
        return page_body(matching, page, per_page)

    def live_ids(self, api_key: str) -> list[str]:
        """The ids of `api_key`'s live gateways, oldest first."""
        with self._lock:
            return list(self._account(api_key).gateways)
