"""The phone numbers' store: the E.164 numbers registered on each API key. It knows the
numbers' own records only; which gateways hold a number is the gateway store's index, and
`relations` ties the two together under the shared lock (`Stores.lock`, reentrant).

A released number leaves the registered numbers; its record is kept by id only, so that a
second release answers the same again. A number is kept as its JSON answer plus its id,
E.164 form and name, with no dict of its own for the garbage collector's full passes to walk
(`fields` decodes the answer when a change needs it).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs
import orjson

from videosdk_sip.mock.stores.clock import now_iso
from videosdk_sip.mock.stores.kept_json import kept_json

__all__ = ["NUMBER_RELEASED", "PhoneNumberStore", "StoredNumber", "country_code"]

NUMBER_RELEASED: Final = "Phone number released successfully"

# The calling codes of the vendor's examples and a few more; other numbers answer no country.
# (No code here is the start of another: the first match is the only one.)
_COUNTRIES: Final = {"+1": "US", "+44": "GB", "+49": "DE", "+61": "AU", "+91": "IN"}


def country_code(e164: str) -> str | None:
    """The ISO country of a number, for the calling codes the mock knows."""
    return _COUNTRIES.get(e164[:2]) or _COUNTRIES.get(e164[:3])


@attrs.frozen
class StoredNumber:
    """A number's `PhoneNumberRecord` answer (`body`, JSON), with its id, E.164 form and name."""

    id: str
    e164: str
    name: str
    body: bytes

    @property
    def fields(self) -> Mapping[str, Any]:
        """The answer's fields (read-only), decoded from `body`."""
        return MappingProxyType(orjson.loads(self.body))


def _stored(fields: Mapping[str, Any]) -> StoredNumber:
    return StoredNumber(fields["phoneNumberId"], fields["e164"], fields["name"], kept_json(fields))


class _Account:
    def __init__(self) -> None:
        self.numbers: dict[str, StoredNumber] = {}  # e164 -> the registered number
        self.ids: dict[str, str] = {}  # phoneNumberId -> e164, registered numbers
        self.released: dict[str, StoredNumber] = {}  # phoneNumberId -> the released record


class PhoneNumberStore:
    """Registered numbers by API key, oldest first; each key starts with the configured ones."""

    def __init__(self, lock: threading.RLock, configured: tuple[str, ...] = ()) -> None:
        self._lock = lock
        self._configured = configured
        self._accounts: dict[str, _Account] = {}
        self._ids = itertools.count(1)

    def _account(self, api_key: str) -> _Account:
        account = self._accounts.get(api_key)
        if account is None:
            account = self._accounts[api_key] = _Account()
            for e164 in self._configured:
                self._register(account, e164, "Configured number")
        return account

    def register(self, api_key: str, e164: str, name: str) -> StoredNumber:
        """Registers `e164` under `name`; a number already registered keeps its id."""
        with self._lock:
            return self._register(self._account(api_key), e164, name)

    def _register(self, account: _Account, e164: str, name: str) -> StoredNumber:
        now = now_iso()
        current = account.numbers.get(e164)
        if current is not None:
            fields = {**current.fields, "name": name, "updatedAt": now}
        else:
            fields = {"phoneNumberId": f"pn_{next(self._ids):09d}", "e164": e164}
            country = country_code(e164)
            if country is not None:
                fields["countryCode"] = country
            fields |= {
                "provider": "other",
                "origin": "SIP Configured",
                "status": "ACTIVE",
                "name": name,
                "createdAt": now,
                "updatedAt": now,
            }
        number = _stored(fields)
        account.numbers[e164] = number
        account.ids[number.id] = e164
        return number

    def get(self, api_key: str, e164: str) -> StoredNumber | None:
        """The registered number, if `api_key` has it."""
        with self._lock:
            return self._account(api_key).numbers.get(e164)

    def by_id(self, api_key: str, number_id: str) -> StoredNumber | None:
        """The registered number with this `phoneNumberId`, if `api_key` has it."""
        with self._lock:
            account = self._account(api_key)
            e164 = account.ids.get(number_id)
            return account.numbers[e164] if e164 is not None else None

    def released(self, api_key: str, number_id: str) -> StoredNumber | None:
        """The record of a number `api_key` released, by its `phoneNumberId`."""
        with self._lock:
            return self._account(api_key).released.get(number_id)

    def release(self, api_key: str, number_id: str) -> StoredNumber | None:
        """Unregisters the number; its released record, or None when `api_key` has no such
        registered number."""
        with self._lock:
            account = self._account(api_key)
            e164 = account.ids.pop(number_id, None)
            if e164 is None:
                return None
            current = account.numbers.pop(e164)
            number = _stored({**current.fields, "status": "RELEASED", "updatedAt": now_iso()})
            account.released[number_id] = number
            return number

    def unregistered(self, api_key: str, numbers: list[str]) -> list[tuple[int, str]]:
        """`(index, number)` of each of `numbers` that `api_key` has not registered."""
        with self._lock:
            registered = self._account(api_key).numbers
            return [
                (index, number) for index, number in enumerate(numbers) if number not in registered
            ]

    def matching(self, api_key: str, search: str | None = None) -> list[StoredNumber]:
        """`api_key`'s registered numbers whose name or E.164 form contains `search`,
        ignoring case; all of them without it."""
        needle = search.casefold() if search is not None else None
        with self._lock:
            numbers = list(self._account(api_key).numbers.values())
        if needle is None:
            return numbers
        return [
            number
            for number in numbers
            if needle in number.e164 or needle in number.name.casefold()
        ]
