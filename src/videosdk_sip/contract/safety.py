"""What a run may do that can cost money or reach a real phone, decided before it starts.

Against the embedded mock everything is exercised: its calls ring no phone and its numbers
cost nothing. Against any other server:

- placing, transferring, ending or moving a call needs `--allow-calls`, a destination the
  user gives (`--call-to` or `VIDEOSDK_CALL_DESTINATION`) and the user's outbound rule and
  caller number to place calls through (`--call-rule`/`VIDEOSDK_CALL_RULE_ID` and
  `--call-from`/`VIDEOSDK_CALL_FROM`); every call the run places, and every transfer, goes
  to that destination only, through that rule (which the run never changes or deletes);
- provisioning, detaching, re-gatewaying or releasing phone numbers needs the numbers to come
  from a test range the user gives (`VIDEOSDK_TEST_NUMBERS`); every number those requests
  name is one of them.

Without them those operations are withheld: never sent, and reported as not exercised with
the reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from attrs import frozen
from videosdk_sip_client.exceptions import UsageError

__all__ = [
    "CALL_ACTIONS",
    "CALL_OPERATIONS",
    "NUMBER_OPERATIONS",
    "SafetyPolicy",
    "parse_test_numbers",
]

CALL_ACTIONS = ("transferCall", "endCall", "switchCallRoom")
CALL_OPERATIONS = ("createCall", *CALL_ACTIONS)
"""Operations that place a call or act on one (reads of calls are always allowed)."""

NUMBER_OPERATIONS = (
    "createPhoneNumbers",
    "detachPhoneNumber",
    "updatePhoneNumberGateway",
    "releasePhoneNumber",
)
"""Operations that provision, re-route or release phone numbers."""

_E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")
CALL_RULE_OPTION = "--call-rule (VIDEOSDK_CALL_RULE_ID)"
CALL_FROM_OPTION = "--call-from (VIDEOSDK_CALL_FROM)"
_ROUTE_NEEDED = (
    "an outbound rule and its caller number to place calls through "
    f"({CALL_RULE_OPTION} and {CALL_FROM_OPTION})"
)
_DESTINATION = re.compile(r"^(\+[1-9][0-9]{1,14}|sip:[^\s@]+@[^\s]+)$")


def parse_test_numbers(text: str | None) -> tuple[str, ...]:
    """The E.164 numbers of `VIDEOSDK_TEST_NUMBERS` (comma-separated); `UsageError` naming
    the variable and the first number that is not E.164."""
    if text is None:
        return ()
    numbers = tuple(dict.fromkeys(each.strip() for each in text.split(",") if each.strip()))
    for index, number in enumerate(numbers):
        if not _E164.match(number):
            raise UsageError(
                f"VIDEOSDK_TEST_NUMBERS[{index}]: {number!r} is not an E.164 number "
                "(such as +14155550100)"
            )
    return numbers


@frozen
class SafetyPolicy:
    """Which costly or phone-reaching operations a run may send, and with what values."""

    embedded: bool
    allow_calls: bool = False
    call_destination: str | None = None
    test_numbers: tuple[str, ...] = ()
    call_rule_id: str | None = None
    """The user's outbound routing rule every call is placed through (never changed)."""
    call_from: str | None = None
    """The caller: one of that rule's numbers (never released or detached)."""

    def __attrs_post_init__(self) -> None:
        if self.call_destination is not None and not _DESTINATION.match(self.call_destination):
            raise UsageError(
                f"--call-to: {self.call_destination!r} is not an E.164 number or a sip: URI"
            )
        if self.call_rule_id is not None and not self.call_rule_id.strip():
            raise UsageError(f"{CALL_RULE_OPTION}: must not be empty")
        if self.call_from is not None and not _E164.match(self.call_from):
            raise UsageError(
                f"{CALL_FROM_OPTION}: {self.call_from!r} is not an E.164 number "
                "(such as +14155550100)"
            )
        if (self.call_rule_id is None) != (self.call_from is None):
            given, missing = (
                (CALL_RULE_OPTION, CALL_FROM_OPTION)
                if self.call_from is None
                else (CALL_FROM_OPTION, CALL_RULE_OPTION)
            )
            raise UsageError(f"{given} is given but {missing} is not: give both, or neither")

    @property
    def call_route(self) -> tuple[str, str] | None:
        """The user's (outbound rule id, caller number), when both are given."""
        if self.call_rule_id is None or self.call_from is None:
            return None
        return self.call_rule_id, self.call_from

    @property
    def calls_permitted(self) -> bool:
        return self.embedded or (
            self.allow_calls and self.call_destination is not None and self.call_route is not None
        )

    @property
    def numbers_permitted(self) -> bool:
        return self.embedded or bool(self.test_numbers)

    def withheld(self) -> dict[str, str]:
        """operationId -> why it is not exercised, for every operation this run must not send."""
        withheld: dict[str, str] = {}
        if not self.calls_permitted:
            needs = [
                *(["--allow-calls"] if not self.allow_calls else []),
                *(
                    ["a destination (--call-to or VIDEOSDK_CALL_DESTINATION)"]
                    if self.call_destination is None
                    else []
                ),
                *([_ROUTE_NEEDED] if self.call_route is None else []),
            ]
            missing = _joined(needs)
            reason = f"not exercised: calls can cost money and ring a real phone; needs {missing}"
            withheld.update(dict.fromkeys(CALL_OPERATIONS, reason))
            withheld["getCall"] = (
                "not exercised: reading one call needs a call of this run, and calls are not "
                f"placed (needs {missing})"
            )
        if not self.numbers_permitted:
            reason = (
                "not exercised: provisioning, detaching or releasing phone numbers can cost "
                "money and cut real numbers off; needs a test range in VIDEOSDK_TEST_NUMBERS"
            )
            withheld.update(dict.fromkeys(NUMBER_OPERATIONS, reason))
        return withheld

    def confine_call(self, body: Any) -> Any:
        """A call's body sent to the user's destination only (remote targets)."""
        if self.embedded or self.call_destination is None or not isinstance(body, dict):
            return body
        confined = dict(body)
        for field in ("sipCallTo", "transferTo"):
            if isinstance(confined.get(field), str):
                confined[field] = self.call_destination
        return confined

    def confine_numbers(self, body: Any) -> Any:
        """A numbers body whose E.164 numbers are all from the test range (remote targets)."""
        if self.embedded or not self.test_numbers:
            return body
        return _replace_numbers(body, self.test_numbers)


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _replace_numbers(node: Any, numbers: tuple[str, ...]) -> Any:
    if isinstance(node, str) and _E164.match(node) and node not in numbers:
        return numbers[sum(map(ord, node)) % len(numbers)]
    if isinstance(node, list):
        return [_replace_numbers(item, numbers) for item in node]
    if isinstance(node, Mapping):
        return {key: _replace_numbers(value, numbers) for key, value in node.items()}
    return node
