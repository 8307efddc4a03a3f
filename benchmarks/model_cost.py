"""Part 2: what the models cost, against `json.loads` of the same bytes (the floor).

A 100-rule list page (rooms and agents, every field set) is parsed into `RoutingRulePage`
and turned back into dicts; the round trip must give back exactly what `json.loads` gives.
All of it is CPU work, timed in this thread's CPU time so that other processes on a busy
machine do not inflate it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from videosdk_sip_client.models import RoutingRulePage

from benchmarks.report import Row
from benchmarks.timing import interleaved, paired_ratio

__all__ = ["PAGE_SIZE", "Settings", "measure", "page_bytes"]

SECTION = "2 models"
PAGE_SIZE = 100
FLOOR = "json.loads"


@dataclass(frozen=True)
class Settings:
    rounds: int = 60
    calls: int = 5


def _dispatch(number: int) -> dict[str, Any]:
    agent = {"type": "cloud", "id": f"agent_{number}", "metadata": {"team": "support"}}
    match number % 4:
        case 0:
            return {"room": {"type": "static", "id": f"room_{number}"}}
        case 1:
            return {"room": {"type": "dynamic", "prefix": "call", "pin": "4321"}, "agent": agent}
        case 2:
            return {"agent": agent}
        case _:
            return {"room": {"type": "static", "id": f"room_{number}"}, "agent": agent}


def _rule(number: int) -> dict[str, Any]:
    return {
        "id": f"rule_{number:09d}",
        "name": f"Rule {number}",
        "type": "INBOUND" if number % 2 else "OUTBOUND",
        "numbers": [f"+1415{number:07d}", f"+1416{number:07d}"],
        "gatewayId": "gateway_in_123456789",
        "dispatch": _dispatch(number),
        "hidePhoneNumber": number % 3 == 0,
        "metadata": {"env": "production", "owner": f"team-{number % 7}"},
        "tags": ["priority", "support"],
    }


def page_bytes(size: int = PAGE_SIZE) -> bytes:
    page = {
        "pageInfo": {"currentPage": 1, "perPage": size, "lastPage": 3, "total": size * 3},
        "data": [_rule(number) for number in range(size)],
    }
    return json.dumps(page, separators=(",", ":")).encode()


def measure(settings: Settings = Settings()) -> list[Row]:
    content = page_bytes()
    parsed = RoutingRulePage.from_dict(json.loads(content))
    if parsed.to_dict() != json.loads(content) or len(parsed.data) != PAGE_SIZE:
        raise RuntimeError("the page does not survive the round trip through the models")

    def floor() -> object:
        return json.loads(content)

    def parse() -> object:
        return RoutingRulePage.from_dict(json.loads(content))

    def to_dicts() -> object:
        return parsed.to_dict()

    def round_trip() -> object:
        return RoutingRulePage.from_dict(json.loads(content)).to_dict()

    measured = interleaved(
        {FLOOR: floor, "parse": parse, "to_dict": to_dicts, "round trip": round_trip},
        rounds=settings.rounds,
        calls=settings.calls,
        clock=time.thread_time,
    )
    base = measured[FLOOR]
    label = f"{PAGE_SIZE}-rule page ({len(content):,} bytes)"
    return [
        Row(SECTION, f"{label}: json.loads (floor)", base, "µs", 1e6),
        Row(
            SECTION,
            f"{label}: json.loads + from_dict",
            measured["parse"],
            "µs",
            1e6,
            paired_ratio(measured["parse"], base),
            FLOOR,
        ),
        Row(
            SECTION,
            f"{label}: to_dict",
            measured["to_dict"],
            "µs",
            1e6,
            paired_ratio(measured["to_dict"], base),
            FLOOR,
        ),
        Row(
            SECTION,
            f"{label}: json.loads + from_dict + to_dict",
            measured["round trip"],
            "µs",
            1e6,
            paired_ratio(measured["round trip"], base),
            FLOOR,
        ),
    ]
