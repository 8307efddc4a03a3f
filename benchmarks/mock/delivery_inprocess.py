"""What webhook delivery costs each request, in process, with the machine's noise kept out.

    .venv/bin/python -m benchmarks.mock.delivery_inprocess            # 21 rounds of 1000 calls

Two apps, alike but for their webhooks (`quiet`: none; `full`: two for every call event,
with the delivery queue full, so that every delivery is dropped and recorded, the most a
request pays). Each round places 1000 calls through each app's ASGI interface, in turn, on
one event loop, with no network, timed in CPU seconds of this process (the machine is shared:
other processes' load stays out); the result is the median over rounds of `full`'s calls
per CPU second over `quiet`'s in the same round. Target: at least 0.95.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import time
from collections.abc import MutableMapping
from typing import Any

from videosdk_sip_client.tokens import mint_token

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores.number_rules import StoredRule

KEY = "bench-key"
SECRET = "bench-secret-" + "0123456789abcdef" * 3
CALLER = "+14155559876"
EVENTS = ["call-started", "call-ringing", "call-answered", "call-hangup", "call-update"]


def build(webhooks: int) -> tuple[MockApp, str]:
    app = create_app(MockSettings(credentials={KEY: SECRET}))
    rule = app.stores.number_rules.create(
        KEY, {"name": "bench", "type": "outbound", "phoneNumbers": [CALLER], "room": None}
    )
    assert isinstance(rule, StoredRule)
    for number in range(webhooks):
        url = f"http://127.0.0.1:9/hook{number}"
        app.stores.webhooks.create(KEY, {"url": url, "events": EVENTS})
    return app, str(rule.fields["id"])


async def calls_per_second(app: MockApp, rule_id: str, token: str, calls: int) -> float:
    body = json.dumps(
        {"sipCallTo": "+14155550123", "sipCallFrom": CALLER, "routingRuleId": rule_id}
    ).encode()
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v2/sip/call",
        "query_string": b"",
        "headers": [
            (b"authorization", token.encode()),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    statuses: set[int] = set()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.add(message["status"])

    gc.collect()  # each side pays for its own garbage only
    started = time.process_time()
    for _ in range(calls):
        await app(scope, receive, send)
    elapsed = time.process_time() - started
    if statuses != {200}:
        raise RuntimeError(f"answers were {sorted(statuses)}, not all 200")
    return calls / elapsed


async def measure(rounds: int, calls: int) -> dict[str, Any]:
    token = mint_token(KEY, SECRET)
    quiet = build(0)
    full = build(2)
    # A full queue: every delivery is dropped and recorded, without a network to wait on.
    full[0].deliveries._unfinished = 10**9
    rates: dict[str, list[float]] = {"quiet": [], "full": []}
    for _ in range(rounds):
        rates["quiet"].append(await calls_per_second(*quiet, token, calls))
        rates["full"].append(await calls_per_second(*full, token, calls))
    ratios = [f / q for f, q in zip(rates["full"], rates["quiet"], strict=True)]
    dropped = len(full[0].deliveries.records(KEY, state="dropped"))
    return {
        "quiet_calls_per_s_median": round(statistics.median(rates["quiet"])),
        "full_calls_per_s_median": round(statistics.median(rates["full"])),
        "ratio_per_round": [round(ratio, 3) for ratio in ratios],
        "ratio_median": round(statistics.median(ratios), 3),
        "dropped_deliveries_kept": dropped,
        "target": 0.95,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--calls", type=int, default=1000)
    options = parser.parse_args()
    print(json.dumps(asyncio.run(measure(options.rounds, options.calls)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
