"""What a run may do that can cost money or reach a real phone, decided before it starts.

Against the embedded mock everything is exercised: its calls ring no phone and its numbers
cost nothing. Against any other server:

- placing, transferring, ending or moving a call needs `--allow-calls` and a destination
  the user gives (`--call-to` or `VIDEOSDK_CALL_DESTINATION`); every call the run places, and
  every transfer, goes to that destination only;
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

    def __attrs_post_init__(self) -> None:
        if self.call_destination is not None and not _DESTINATION.match(self.call_destination):
            raise UsageError(
                f"--call-to: {self.call_destination!r} is not an E.164 number or a sip: URI"
            )

    @property
    def calls_permitted(self) -> bool:
        return self.embedded or (self.allow_calls and self.call_destination is not None)

    @property
    def numbers_permitted(self) -> bool:
        return self.embedded or bool(self.test_numbers)

    def withheld(self) -> dict[str, str]:
        """operationId -> why it is not exercised, for every operation this run must not send."""
        withheld: dict[str, str] = {}
        if not self.calls_permitted:
            missing = (
                "--allow-calls and a destination (--call-to or VIDEOSDK_CALL_DESTINATION)"
                if not self.allow_calls
                else "a destination (--call-to or VIDEOSDK_CALL_DESTINATION)"
            )
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


def _replace_numbers(node: Any, numbers: tuple[str, ...]) -> Any:
    if isinstance(node, str) and _E164.match(node) and node not in numbers:
        return numbers[sum(map(ord, node)) % len(numbers)]
    if isinstance(node, list):
        return [_replace_numbers(item, numbers) for item in node]
    if isinstance(node, Mapping):
        return {key: _replace_numbers(value, numbers) for key, value in node.items()}
    return node
