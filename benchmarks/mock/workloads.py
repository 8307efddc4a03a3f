"""What the mock benchmark sends for each resource: a create that stores a new object every
time, and a get of one stored object.

A body may hold `NUMBER` where a phone number goes; `create_unique.lua` puts a number of its
own there in every request (a number is on one gateway per direction, so a create repeating
one would be refused). `setup` requests go out once per server before anything is measured.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["NUMBER", "WORKLOADS", "Workload"]

NUMBER = "NUMBER"
"""Where a workload's body takes a phone number of its own in each request."""

ROUTED_NUMBER = "+14150009999"
"""The number the current routing rules' creates route, registered in their setup."""


def _by_id(collection: str) -> Callable[[dict[str, Any], str], str]:
    return lambda answer, number: f"{collection}/{answer.get('id', 'unknown')}"


@dataclass(frozen=True)
class Workload:
    """One resource's create and get."""

    name: str
    create_path: str
    body: dict[str, Any]
    get_path: Callable[[dict[str, Any], str], str]
    """The path of the object a create answered (and the number it was sent)."""
    setup: tuple[tuple[str, dict[str, Any]], ...] = field(default=())

    @property
    def unique_numbers(self) -> bool:
        return NUMBER in repr(self.body)


_PROVISION: dict[str, Any] = {
    "name": "Bench numbers",
    "phoneNumbers": [NUMBER],
    "isShared": True,
    "inbound": {"sipRegion": "us002"},
    "outbound": {"address": "sip.example.com:5061", "transport": "tls"},
}

WORKLOADS: dict[str, Workload] = {
    workload.name: workload
    for workload in (
        Workload(
            "seed-rules",
            "/v2/sip/routing-rules",
            {
                "gatewayId": "gateway_out_987654321",
                "name": "Bench rule",
                "numbers": ["+14150001111", "+14150002222"],
                "dispatch": {
                    "room": {"type": "dynamic", "prefix": "bench"},
                    "agent": {"type": "cloud", "id": "agent_789"},
                },
                "hidePhoneNumber": False,
                "metadata": {"env": "bench"},
                "tags": ["bench"],
            },
            _by_id("/v2/sip/routing-rules"),
        ),
        Workload(
            "inbound-gateways",
            "/v2/sip/inbound-gateways",
            {"name": "Bench inbound", "numbers": [NUMBER], "tags": ["bench"]},
            _by_id("/v2/sip/inbound-gateways"),
        ),
        Workload(
            "outbound-gateways",
            "/v2/sip/outbound-gateways",
            {
                "name": "Bench outbound",
                "numbers": [NUMBER],
                "address": "sip.example.com:5061",
                "transport": "tls",
                "auth": {"username": "bench", "password": "bench-pass"},
            },
            _by_id("/v2/sip/outbound-gateways"),
        ),
        Workload(
            "phone-numbers",
            "/v2/sip/phone-numbers",
            _PROVISION,
            lambda answer, number: "/v2/sip/phone-numbers/" + number.replace("+", "%2B"),
        ),
        Workload(
            "number-rules",
            "/v2/sip/routing-rule",
            {
                "name": "Bench outbound rule",
                "type": "outbound",
                "phoneNumbers": [ROUTED_NUMBER],
                "room": {"type": "static", "id": "room_bench"},
                "headers": {"X-Bench": "1"},
            },
            _by_id("/v2/sip/routing-rule"),
            setup=(("/v2/sip/phone-numbers", {**_PROVISION, "phoneNumbers": [ROUTED_NUMBER]}),),
        ),
    )
}
"""Every resource the benchmark measures, by name. Outbound rules may share a number, so
every rule create is a real create."""
