"""The mock's own cost per request, without the network: this tree's mock against another
commit's, each driven through its ASGI entry point in its own process, taking turns.

    .venv/bin/python -m benchmarks.mock.inprocess --compare-ref HEAD~3 [--rounds 7] \
        [--workloads seed-rules,inbound-gateways|all]

Run it from the repository root. Each round runs both mocks once per workload (the order
alternating); each run times `--requests` creates (each a new object, with a number of its
own where the workload takes one) and then as many gets of one stored object, after a
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
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs

from benchmarks.mock.run import ROOT, body_json, export_ref, token
from benchmarks.mock.workloads import NUMBER, WORKLOADS

_TIMEOUT = 300


async def _drive(workload_name: str, requests: int, auth: str) -> dict[str, float]:
    """Times creates and gets of one workload against a fresh mock from whatever tree is
    importable."""
    import videosdk_sip.mock

    print(f"mock from {Path(videosdk_sip.mock.__file__).parent}", file=sys.stderr)
    from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET
    from videosdk_sip.mock.app import create_app
    from videosdk_sip.mock.settings import MockSettings

    workload = WORKLOADS[workload_name]
    settings: dict[str, Any] = {"credentials": {DEV_API_KEY: DEV_SECRET}}
    if "max_rules_per_key" in {field.name for field in attrs.fields(MockSettings)}:
        # room for every create the run sends, in the trees that cap rules per key
        settings["max_rules_per_key"] = 2 * requests + 10
    app: Any = create_app(MockSettings(**settings))
    gc.collect()
    gc.freeze()  # as videosdk_sip.mock.server.serve does before serving
    answers: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        # keeps the last answer only: answers piling up would be long-lived objects of the
        # benchmark's own, and make the collector's full passes a cost of the mock
        if message["type"] == "http.response.start":
            answers.clear()
        answers.append(message)

    def scope(method: str, path: str, body: bytes | None) -> dict[str, Any]:
        headers = [(b"authorization", auth.encode())]
        if body is not None:
            headers += [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ]
        return {
            "type": "http",
            "method": method,
            "path": path,
            "query_string": b"",
            "headers": headers,
        }

    def receiver(body: bytes) -> Callable[[], Awaitable[dict[str, Any]]]:
        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        return receive

    async def call(method: str, path: str, body: bytes | None = None) -> dict[str, Any]:
        answers.clear()
        await app(scope(method, path, body), receiver(body or b""), send)
        if answers[0]["status"] >= 300:
            raise RuntimeError(f"{method} {path} answered {answers[0]['status']}: {answers[1]}")
        answered: dict[str, Any] = json.loads(answers[1]["body"])
        return answered

    for path, setup_body in workload.setup:
        await call("POST", path, body_json(setup_body).encode())
    text = body_json(workload.body)
    # a number of its own in each create, as create_unique.lua sends them
    bodies = [
        text.replace(NUMBER, f"+1415{index:07d}").encode()
        for index in range(requests + requests // 10 + 1)
    ]
    first = await call("POST", workload.create_path, bodies[-1])
    # an ASGI scope's path is percent-decoded, as uvicorn hands it over
    get_path = unquote(workload.get_path(first, f"+1415{len(bodies) - 1:07d}"))
    create_scopes = [(scope("POST", workload.create_path, body), receiver(body)) for body in bodies]
    get_scope = (scope("GET", get_path, None), receiver(b""))
    timings = {}
    for name, scopes in (
        ("create", create_scopes),
        ("get", [get_scope] * (requests + requests // 10)),
    ):
        for each, receive in scopes[: requests // 10]:  # warm-up
            await app(each, receive, send)
        answers.clear()
        start = time.process_time()
        for each, receive in scopes[requests // 10 : requests // 10 + requests]:
            await app(each, receive, send)
        timings[name] = (time.process_time() - start) / requests * 1e6
        if answers[0]["status"] >= 300:
            raise RuntimeError(f"{name} answered {answers[0]['status']}: {answers[1]['body']!r}")
        answers.clear()
    return timings


def _run_one(root: Path, workload: str, requests: int, auth: str) -> dict[str, float]:
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.mock.inprocess",
            "--workload",
            workload,
            "--child",
            str(requests),
        ],
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
    parser.add_argument(
        "--workloads",
        default="seed-rules",
        help=f"comma-separated, of: {', '.join(WORKLOADS)}, or all (default: seed-rules)",
    )
    parser.add_argument("--workload", help=argparse.SUPPRESS)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        timings = asyncio.run(_drive(args.workload, args.child, os.environ["TOKEN"]))
        print(json.dumps(timings))
        return 0
    names = list(WORKLOADS) if args.workloads == "all" else args.workloads.split(",")
    unknown = [name for name in names if name not in WORKLOADS]
    if unknown:
        parser.error(
            f"--workloads: no workload {', '.join(unknown)}; known: {', '.join(WORKLOADS)}"
        )
    auth = token()
    print(f"load average before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    runs: dict[tuple[str, str], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="mock-ref-") as folder:
        other = export_ref(args.compare_ref, Path(folder))
        for round_number in range(args.rounds):
            order = [("this tree", ROOT), (args.compare_ref, other)]
            for name in names:
                for label, root in order if round_number % 2 == 0 else order[::-1]:
                    timings = _run_one(root, name, args.requests, auth)
                    runs.setdefault((name, label), []).append(timings)
                    print(
                        f"  round {round_number + 1}: {name} {label:<12} {timings}",
                        file=sys.stderr,
                    )
    print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    print(
        f"| workload | operation | this tree (µs) | {args.compare_ref} (µs) "
        "| requests/s ratio, paired |"
    )
    print("|---|---|---:|---:|---:|")
    for name in names:
        for operation in ("create", "get"):
            mine_runs, their_runs = runs[(name, "this tree")], runs[(name, args.compare_ref)]
            mine = sorted(run[operation] for run in mine_runs)
            theirs = sorted(run[operation] for run in their_runs)
            ratios = sorted(
                theirs_run[operation] / run[operation]
                for run, theirs_run in zip(mine_runs, their_runs, strict=True)
            )
            middle = len(ratios) // 2
            print(
                f"| {name} | {operation} | {mine[middle]:.1f} | {theirs[middle]:.1f} "
                f"| {ratios[middle]:.3f}x |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
