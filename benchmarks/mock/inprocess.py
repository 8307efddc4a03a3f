"""The mock's own cost per request, without the network: this tree's mock against another
commit's, each driven through its ASGI entry point in its own process, taking turns.

    .venv/bin/python -m benchmarks.mock.inprocess --compare-ref HEAD~3 [--rounds 7]

Run it from the repository root. Each round runs both mocks once (the order alternating);
each run times `--requests` creates and then as many gets of one stored rule, after a
warm-up, and prints microseconds per request. The table gives each mock's median and the
median over rounds of the paired ratio (this tree / the other commit): pairs run seconds
apart share the machine's load of the moment. wrk through uvicorn (benchmarks.mock.run)
measures the same change with the server's HTTP work included.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.mock.run import ROOT, body_json, export_ref, token
from benchmarks.mock.workloads import WORKLOADS

CREATE_PATH = WORKLOADS["seed-rules"].create_path
CREATE_JSON = body_json(WORKLOADS["seed-rules"].body)

_TIMEOUT = 300


async def _drive(requests: int, auth: str) -> dict[str, float]:
    """Times creates and gets against a fresh mock from whatever tree is importable."""
    import videosdk_sip.mock

    print(f"mock from {Path(videosdk_sip.mock.__file__).parent}", file=sys.stderr)
    from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET
    from videosdk_sip.mock.app import create_app
    from videosdk_sip.mock.settings import MockSettings

    app: Any = create_app(MockSettings(credentials={DEV_API_KEY: DEV_SECRET}))
    gc.collect()
    gc.freeze()  # as videosdk_sip.mock.server.serve does before serving
    body = CREATE_JSON.encode()
    answers: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        answers.append(message)

    def scope(method: str, path: str, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
        return {
            "type": "http",
            "method": method,
            "path": path,
            "query_string": b"",
            "headers": [(b"authorization", auth.encode()), *headers],
        }

    async def receive_body() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def receive_nothing() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    create_scope = scope(
        "POST",
        CREATE_PATH,
        [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
    )
    await app(create_scope, receive_body, send)
    rule_id = json.loads(answers[1]["body"])["id"]
    get_scope = scope("GET", f"{CREATE_PATH}/{rule_id}", [])
    timings = {}
    for name, each, receive in (
        ("create", create_scope, receive_body),
        ("get", get_scope, receive_nothing),
    ):
        for _ in range(requests // 10):  # warm-up
            await app(each, receive, send)
        answers.clear()
        start = time.process_time()
        for _ in range(requests):
            await app(each, receive, send)
        timings[name] = (time.process_time() - start) / requests * 1e6
        if answers[0]["status"] != 200:
            raise RuntimeError(f"{name} answered {answers[0]['status']}: {answers[1]['body']!r}")
        answers.clear()
    return timings


def _run_one(root: Path, requests: int, auth: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.mock.inprocess", "--child", str(requests)],
        cwd=ROOT,  # this tree's benchmark code, driving `root`'s mock
        env={**os.environ, "PYTHONPATH": str(root / "src"), "TOKEN": auth},
        capture_output=True,
        text=True,
        check=True,
        timeout=_TIMEOUT,
    ).stdout
    result: dict[str, float] = json.loads(output)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--compare-ref", default="HEAD")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(asyncio.run(_drive(args.child, os.environ["TOKEN"]))))
        return 0
    auth = token()
    print(f"load average before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="mock-ref-") as folder:
        other = export_ref(args.compare_ref, Path(folder))
        runs: dict[str, list[dict[str, float]]] = {"this tree": [], args.compare_ref: []}
        for round_number in range(args.rounds):
            order = [("this tree", ROOT), (args.compare_ref, other)]
            for label, root in order if round_number % 2 == 0 else order[::-1]:
                timings = _run_one(root, args.requests, auth)
                runs[label].append(timings)
                print(f"  round {round_number + 1}: {label:<12} {timings}", file=sys.stderr)
    print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    print(f"| operation | this tree (µs) | {args.compare_ref} (µs) | requests/s ratio, paired |")
    print("|---|---:|---:|---:|")
    for operation in ("create", "get"):
        mine = sorted(run[operation] for run in runs["this tree"])
        theirs = sorted(run[operation] for run in runs[args.compare_ref])
        ratios = sorted(
            other[operation] / run[operation]
            for run, other in zip(runs["this tree"], runs[args.compare_ref], strict=True)
        )
        middle = len(ratios) // 2
        print(
            f"| {operation} | {mine[middle]:.1f} | {theirs[middle]:.1f} | {ratios[middle]:.3f}x |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
