"""What webhook delivery costs the API while receivers are slow or down.

    .venv/bin/python -m benchmarks.mock.delivery_cost               # 5 rounds of 5 s
    .venv/bin/python -m benchmarks.mock.delivery_cost --rounds 3 --duration 3

Two mocks run at once on 127.0.0.1, alike but for their webhooks: `quiet` has none; `slow`
has two for every call event, one at a receiver that answers only after 5 s (every attempt
times out after the mock's 2 s) and one at a port where nothing listens. wrk (2 threads, 8
connections) places calls (POST /v2/sip/call, instant schedule: each call is 3 status
changes, so 6 events, 12 deliveries on `slow`) at each mock in turn, `--rounds` times, for
`--duration` s after a 1 s warm-up. The result is the median over rounds of `slow`'s
requests per second over `quiet`'s in the same round, and the same for the server's CPU
time per request (`quiet`'s over `slow`'s: the throughput ratio when the server is what
limits it, and far steadier than requests per second on a machine shared with other work,
where wrk and the server compete for the cores). Target: at least 0.95. Every process
started here is stopped before it exits.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

from videosdk_sip_client.tokens import mint_token

from benchmarks.mock.processes import stop, wait_until_answering
from benchmarks.mock.run import cpu_seconds, free_port
from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET

ROOT = Path(__file__).resolve().parents[2]
LUA = Path(__file__).with_name("create.lua")
TARGET = 0.95


def start(args: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        stdout=subprocess.PIPE,
        stderr=log,
        start_new_session=True,
        cwd=ROOT,
    )


def wrk(url: str, body: str, token: str, duration: float) -> dict[str, float]:
    env = {**os.environ, "TOKEN": token, "BODY": body}
    command = ["wrk", "-t2", "-c8", f"-d{duration:g}s", "-s", str(LUA), url]
    output = subprocess.run(
        command, capture_output=True, text=True, timeout=duration + 30, env=env, check=True
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    served = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if rate is None or served is None:
        raise RuntimeError(f"cannot read wrk's output:\n{output}")
    return {
        "rate": float(rate.group(1)),
        "requests": float(served.group(1)),
        "non_2xx": float(non_2xx.group(1) if non_2xx else 0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=float, default=5.0)
    options = parser.parse_args()
    token = mint_token(DEV_API_KEY, DEV_SECRET, lifetime=timedelta(hours=1))
    processes: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryFile() as log:
        try:
            receiver_port = free_port()
            receiver = start(["benchmarks.mock.slow_receiver", "--port", str(receiver_port)], log)
            processes.append(receiver)
            dead = f"http://127.0.0.1:{free_port()}/hook"
            mocks: dict[str, tuple[str, str, int]] = {}
            for name, hooks in (
                ("quiet", []),
                ("slow", [f"http://127.0.0.1:{receiver_port}/hook", dead]),
            ):
                port = free_port()
                webhook_args = [item for url in hooks for item in ("--webhook", url)]
                process = start(
                    ["benchmarks.mock.delivery_server", "--port", str(port), *webhook_args], log
                )
                processes.append(process)
                assert process.stdout is not None
                rule_id = process.stdout.readline().decode().strip()
                url = f"http://127.0.0.1:{port}"
                wait_until_answering(url + "/openapi.json", process, timeout=60)
                mocks[name] = (url + "/v2/sip/call", rule_id, process.pid)
            rates: dict[str, list[float]] = {name: [] for name in mocks}
            cpu: dict[str, list[float]] = {name: [] for name in mocks}
            ratios: list[float] = []
            cpu_ratios: list[float] = []
            for _ in range(options.rounds):
                for name, (url, rule_id, pid) in mocks.items():
                    body = json.dumps(
                        {
                            "sipCallTo": "+14155550123",
                            "sipCallFrom": "+14155559876",
                            "routingRuleId": rule_id,
                        }
                    )
                    wrk(url, body, token, 1.0)
                    before = cpu_seconds(pid)
                    result = wrk(url, body, token, options.duration)
                    used = cpu_seconds(pid) - before
                    if result["non_2xx"]:
                        raise RuntimeError(f"{name}: {result['non_2xx']:g} answers were not 2xx")
                    rates[name].append(result["rate"])
                    cpu[name].append(used / max(result["requests"], 1) * 1e6)
                ratios.append(rates["slow"][-1] / rates["quiet"][-1])
                cpu_ratios.append(cpu["quiet"][-1] / cpu["slow"][-1])
        finally:
            for process in processes:
                stop(process)
    report: dict[str, Any] = {
        "quiet_rps_median": statistics.median(rates["quiet"]),
        "slow_rps_median": statistics.median(rates["slow"]),
        "ratio_per_round": [round(ratio, 3) for ratio in ratios],
        "ratio_median": round(statistics.median(ratios), 3),
        "quiet_cpu_us_per_request_median": round(statistics.median(cpu["quiet"]), 1),
        "slow_cpu_us_per_request_median": round(statistics.median(cpu["slow"]), 1),
        "cpu_ratio_per_round": [round(ratio, 3) for ratio in cpu_ratios],
        "cpu_ratio_median": round(statistics.median(cpu_ratios), 3),
        "target": TARGET,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
