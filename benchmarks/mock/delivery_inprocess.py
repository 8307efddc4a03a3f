"""What webhook delivery costs each request, in process, with the machine's noise kept out.

    .venv/bin/python -m benchmarks.mock.delivery_inprocess            # 21 rounds of 1000 calls

Three apps, alike but for their webhooks (`quiet`: none; `full`: two for every call event,
with the delivery queue full, so that every delivery is dropped and recorded, the most a
request pays; `live`: two for every call event, one at a receiver that answers only after
5 s (`slow_receiver`, in a process of its own) and one at a port where nothing listens, so
that its lanes really POST, time out, retry and fill the queue). Each round places 1000
calls through each app's ASGI interface, in turn, on one event loop (yielding to it after
each call, so that `live`'s lanes run between calls as they would between requests), timed
in CPU seconds of this process (the machine is shared: other processes' load stays out);
the result is the median over rounds of `full`'s and `live`'s calls per CPU second over
`quiet`'s in the same round. Target: at least 0.95.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import MutableMapping
from typing import Any

from videosdk_sip_client.tokens import mint_token

from benchmarks.mock.processes import stop
from benchmarks.mock.run import free_port
from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.delivery import STATES
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores.number_rules import StoredRule

KEY = "bench-key"
SECRET = "bench-secret-" + "0123456789abcdef" * 3
CALLER = "+14155559876"
EVENTS = ["call-started", "call-ringing", "call-answered", "call-hangup", "call-update"]


def build(urls: list[str]) -> tuple[MockApp, str]:
    app = create_app(MockSettings(credentials={KEY: SECRET}))
    rule = app.stores.number_rules.create(
        KEY, {"name": "bench", "type": "outbound", "phoneNumbers": [CALLER], "room": None}
    )
    assert isinstance(rule, StoredRule)
    for url in urls:
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
        await asyncio.sleep(0)
    elapsed = time.process_time() - started
    if statuses != {200}:
        raise RuntimeError(f"answers were {sorted(statuses)}, not all 200")
    return calls / elapsed


async def measure(rounds: int, calls: int, slow_url: str) -> dict[str, Any]:
    token = mint_token(KEY, SECRET)
    apps = {
        "quiet": build([]),
        "full": build([f"http://127.0.0.1:9/hook{number}" for number in range(2)]),
        "live": build([slow_url, f"http://127.0.0.1:{free_port()}/hook"]),
    }
    # A full queue: every delivery is dropped and recorded, without a network to wait on.
    apps["full"][0].deliveries._unfinished = 10**9
    rates: dict[str, list[float]] = {name: [] for name in apps}
    try:
        for _ in range(rounds):
            for name, (app, rule_id) in apps.items():
                rates[name].append(await calls_per_second(app, rule_id, token, calls))
    finally:
        for app, _ in apps.values():
            await app.aclose()
    report: dict[str, Any] = {
        f"{name}_calls_per_s_median": round(statistics.median(rates[name])) for name in apps
    }
    for name in ("full", "live"):
        ratios = [each / quiet for each, quiet in zip(rates[name], rates["quiet"], strict=True)]
        report[f"{name}_ratio_per_round"] = [round(ratio, 3) for ratio in ratios]
        report[f"{name}_ratio_median"] = round(statistics.median(ratios), 3)
    live = apps["live"][0].deliveries
    report["live_deliveries_kept_by_state"] = {
        state: len(live.records(KEY, state=state)) for state in STATES
    }
    report["target"] = 0.95
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--calls", type=int, default=1000)
    options = parser.parse_args()
    port = free_port()
    receiver = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.mock.slow_receiver", "--port", str(port)],
        start_new_session=True,
    )
    try:
        wait_for_port(port, receiver)
        report = asyncio.run(measure(options.rounds, options.calls, f"http://127.0.0.1:{port}/"))
    finally:
        stop(receiver)
    print(json.dumps(report, indent=2))
    return 0


def wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    """Returns once something listens on 127.0.0.1:`port` (at most 30 s)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the slow receiver did not listen on port {port}")


if __name__ == "__main__":
    raise SystemExit(main())
