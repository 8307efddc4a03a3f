"""Throughput and p99 latency of the mock, a bare ASGI endpoint and Prism, side by side.

    .venv/bin/python -m benchmarks.mock.run                 # mock, bare, prism-silent
    .venv/bin/python -m benchmarks.mock.run --variants all  # every variant below
    .venv/bin/python -m benchmarks.mock.run --duration 3 --connections 8
    .venv/bin/python -m benchmarks.mock.run --variants mock --compare-ref HEAD~3
    .venv/bin/python -m benchmarks.mock.run --resources seed-rules,phone-numbers

Each resource of `workloads.WORKLOADS` (every one by default) is measured with its create and
its get; the bare endpoint answers every path alike.

`--compare-ref REF` adds `mock@REF`: the mock as commit REF of this repository served it (its
files exported to a temporary folder), so that a change's cost is measured against the code
before it in the same run, under the same load.

Run it from the repository root (benchmarks/ is a package).

All servers listen on 127.0.0.1 at once; they take turns under wrk (2 threads), which sends
for `--duration` seconds after a 1 s warm-up valid creates (POST with a token) and gets (GET
of a stored object with a token), with 8 and 32 connections, `--rounds` times; each cell is the
median round. Prism runs through npx when Node is installed. Every process this script
starts is stopped before it exits; each wait is bounded (about 5 minutes for the defaults).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from videosdk_sip_client.tokens import mint_token

from benchmarks.mock.processes import stop, wait_until_answering
from benchmarks.mock.workloads import NUMBER, WORKLOADS, Workload
from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = ROOT / "openapi.yaml"
PRISM = "@stoplight/prism-cli@5.16.0"

SERVE = [sys.executable, "-m", "benchmarks.mock.serve"]
VARIANTS: dict[str, list[str]] = {
    "mock": [*SERVE, "mock"],
    "mock-no-token-cache": [*SERVE, "mock", "--token-cache", "0"],
    "mock-h11": [*SERVE, "mock", "--http", "h11"],
    "mock-access-log": [*SERVE, "mock", "--access-log"],
    "mock-unguarded": [*SERVE, "mock", "--unguarded"],
    "bare": [*SERVE, "bare"],
    "bare-h11": [*SERVE, "bare", "--http", "h11"],
    "prism-silent": ["npx", "--yes", PRISM, "mock", "-h", "127.0.0.1", "-v", "silent"],
    "prism": ["npx", "--yes", PRISM, "mock", "-h", "127.0.0.1"],
}
DEFAULT_VARIANTS = ["mock", "bare", "prism-silent"]
BASELINE = "prism-silent"
CEILING = "bare"
READY_PATH = "/v2/sip/routing-rules/none"
SAMPLE_NUMBERS = {name: f"+1900000{index:04d}" for index, name in enumerate(WORKLOADS)}
"""The number in the one object each workload creates before measuring, for its get (one
each: a number is on one gateway per direction)."""
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Result:
    variant: str
    operation: str
    connections: int
    requests_per_second: float
    p99_ms: float
    non_2xx: int
    socket_errors: int
    cpu_us: float


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def token() -> str:
    return mint_token(DEV_API_KEY, DEV_SECRET)


def export_ref(ref: str, folder: Path) -> Path:
    """The files of commit `ref`, exported under `folder`; the export's root."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def command_for(variant: str, port: int) -> list[str]:
    command = VARIANTS[variant.partition("@")[0]]
    if command[0] == "npx":
        return [*command, "-p", str(port), str(SPEC)]
    return [*command, "--port", str(port)]


def body_json(body: dict[str, Any]) -> str:
    return json.dumps(body, separators=(",", ":"))


def post(url: str, body: dict[str, Any], auth: str) -> dict[str, Any]:
    request = urllib.request.Request(  # noqa: S310 (an http:// URL built here)
        url,
        data=body_json(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": auth},
        method="POST",
    )
    with DIRECT.open(request, timeout=5) as answer:
        answered: dict[str, Any] = json.load(answer)
        return answered


def get_url(url: str, workload: Workload, auth: str) -> str:
    """Sends `workload`'s setup, creates one object, and answers the URL that gets it."""
    for path, body in workload.setup:
        post(url + path, body, auth)
    number = SAMPLE_NUMBERS[workload.name]
    body = json.loads(body_json(workload.body).replace(NUMBER, number))
    return url + workload.get_path(post(url + workload.create_path, body, auth), number)


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


_RUNS = iter(range(1, 1_000))


def run_wrk(
    url: str, script: str, connections: int, duration: float, auth: str, body: str = ""
) -> dict[str, float]:
    """One wrk run; each run's unique numbers start at a new million (see create_unique.lua)."""
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration:g}s",
        "--timeout",
        "5s",
        "--latency",
        "-s",
        str(HERE / script),
        url,
    ]
    output = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=duration + 30,
        env={**os.environ, "TOKEN": auth, "BODY": body, "START": str(next(_RUNS) * 1_000_000)},
        check=True,
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    served = re.search(r"(\d+) requests in", output)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if rate is None or p99 is None:
        raise RuntimeError(f"cannot read wrk's output:\n{output}")
    return {
        "rate": float(rate.group(1)),
        "requests": float(served.group(1)) if served else 0.0,
        "p99_ms": float(p99.group(1)) * _UNITS[p99.group(2)],
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


@dataclass
class Server:
    variant: str
    url: str
    get_urls: dict[str, str]
    process: subprocess.Popen[bytes]
    log: IO[bytes]


def start(variant: str, auth: str, workloads: list[Workload], root: Path = ROOT) -> Server:
    """Starts `variant` from the files under `root` (another commit's export, or this tree)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the server)
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    process = subprocess.Popen(
        command_for(variant, port),
        stdout=log,
        stderr=log,
        start_new_session=True,
        cwd=root,
        env=env,
    )
    try:
        wait_until_answering(url + READY_PATH, process, timeout=120)
        get_urls = {workload.name: get_url(url, workload, auth) for workload in workloads}
    except Exception:
        stop(process)
        log.seek(0)
        print(log.read().decode(errors="replace")[-2000:], file=sys.stderr)
        log.close()
        raise
    return Server(variant, url, get_urls, process, log)


def measure(
    servers: list[Server],
    workloads: list[Workload],
    operations: list[str],
    connections: list[int],
    duration: float,
    rounds: int,
    auth: str,
    together: bool = False,
) -> tuple[list[Result], dict[tuple[str, str, int], list[dict[str, float]]]]:
    """Every cell `rounds` times, the servers taking turns within each cell (or, `together`,
    all loaded at the same moment by a wrk each), so that a busy moment on the machine falls
    on all of them alike; each cell reports its median round. Also every round's
    measurements, in order, by cell."""
    samples: dict[tuple[str, str, int], list[dict[str, float]]] = {}
    cells = [(workload, operation) for workload in workloads for operation in operations]
    for round_number in range(1, rounds + 1):
        for workload, operation_name in cells:
            operation = f"{workload.name} {operation_name}"
            body = body_json(workload.body)
            script = f"{operation_name}.lua"
            if operation_name == "create" and workload.unique_numbers:
                script = "create_unique.lua"
            for count in connections:
                groups = [servers] if together else [[server] for server in servers]
                for group in groups:
                    targets = [
                        server.url + workload.create_path
                        if operation_name == "create"
                        else server.get_urls[workload.name]
                        for server in group
                    ]
                    measured_group = _measure_group(
                        group, targets, script, count, duration, auth, body
                    )
                    for server, measured in zip(group, measured_group, strict=True):
                        samples.setdefault((server.variant, operation, count), []).append(measured)
                        print(
                            f"  round {round_number}: {server.variant:<20} {operation:<24} "
                            f"c={count:<3} {measured['rate']:>9,.0f} req/s  "
                            f"p99 {measured['p99_ms']:.2f} ms  "
                            f"server CPU {measured['cpu_us']:.1f} us/request",
                            file=sys.stderr,
                        )
    results = []
    for (variant, operation, count), runs in samples.items():
        rates = sorted(run["rate"] for run in runs)
        p99s = sorted(run["p99_ms"] for run in runs)
        results.append(
            Result(
                variant,
                operation,
                count,
                rates[len(rates) // 2],
                p99s[len(p99s) // 2],
                int(sum(run["non_2xx"] for run in runs)),
                int(sum(run["socket_errors"] for run in runs)),
                sorted(run["cpu_us"] for run in runs)[len(runs) // 2],
            )
        )
    return results, samples


def _measure_group(
    group: list[Server],
    targets: list[str],
    script: str,
    count: int,
    duration: float,
    auth: str,
    body: str,
) -> list[dict[str, float]]:
    """One wrk per server of `group` (on its target), all at once: a warm-up, then the
    measured run, with each server's CPU time per request."""

    def load(target: str, seconds: float) -> dict[str, float]:
        return run_wrk(target, script, count, seconds, auth, body)

    with ThreadPoolExecutor(max_workers=len(group)) as pool:
        list(pool.map(lambda target: load(target, 1), targets))  # warm-up
        before = [cpu_seconds(server.process.pid) for server in group]
        results = list(pool.map(lambda target: load(target, duration), targets))
        used = [
            cpu_seconds(server.process.pid) - start
            for server, start in zip(group, before, strict=True)
        ]
    for measured, cpu in zip(results, used, strict=True):
        measured["cpu_us"] = cpu / max(measured["requests"], 1) * 1e6
    return results


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) used so far by the process group `pid` leads (each server
    starts a session of its own), from /proc: Prism runs as a child of npx."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # the process has gone
        # pgrp, utime and stime are the 5th, 14th and 15th fields; fields[0] here is the 3rd.
        if int(fields[2]) == pid:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def paired_ratios(
    samples: dict[tuple[str, str, int], list[dict[str, float]]], baseline: str
) -> dict[tuple[str, str, int], float]:
    """For each cell, the median over rounds of the baseline's server CPU time per request
    divided by this variant's in the same round: the throughput ratio when the server is
    what limits it. CPU time per request hardly depends on what else runs on the machine,
    and each pair, measured seconds apart, shares the load of the moment."""
    ratios = {}
    for (variant, operation, count), runs in samples.items():
        base = samples.get((baseline, operation, count))
        if base is None:
            continue
        each = sorted(
            other["cpu_us"] / run["cpu_us"]
            for run, other in zip(runs, base, strict=True)
            if run["cpu_us"] > 0 and other["cpu_us"] > 0
        )
        if each:
            ratios[(variant, operation, count)] = each[len(each) // 2]
    return ratios


def pairs_table(samples: dict[tuple[str, str, int], list[dict[str, float]]]) -> str:
    """For each cell, every variant against every other: the median over rounds of the
    other's server CPU time per request divided by this one's (above 1: this one is
    cheaper)."""
    variants = list(dict.fromkeys(variant for variant, _, _ in samples))
    cells = list(dict.fromkeys((operation, count) for _, operation, count in samples))
    lines = [
        "| operation | connections | variant | against | CPU ratio, paired median |",
        "|---|---:|---|---|---:|",
    ]
    for operation, count in cells:
        for index, variant in enumerate(variants):
            for other in variants[index + 1 :]:
                ratios = paired_ratios(
                    {
                        key: runs
                        for key, runs in samples.items()
                        if key[1:] == (operation, count) and key[0] in (variant, other)
                    },
                    other,
                )
                ratio = ratios.get((variant, operation, count))
                if ratio is not None:
                    lines.append(f"| {operation} | {count} | {variant} | {other} | {ratio:.3f}x |")
    return "\n".join(lines)


def table(
    results: list[Result],
    baseline: str = BASELINE,
    paired: dict[tuple[str, str, int], float] | None = None,
) -> str:
    by_key = {(r.variant, r.operation, r.connections): r for r in results}
    lines = [
        "| server | operation | connections | requests/s | p99 (ms) | non-2xx | "
        f"x {baseline} | p99 vs {baseline} | share of {CEILING} | server CPU (us/request) | "
        f"x {baseline} by CPU, paired |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        base = by_key.get((baseline, r.operation, r.connections))
        ceiling = by_key.get((CEILING, r.operation, r.connections))
        ratio = f"{r.requests_per_second / base.requests_per_second:.2f}x" if base else "-"
        pair = (paired or {}).get((r.variant, r.operation, r.connections))
        pair_text = f"{pair:.3f}x" if pair is not None else "-"
        p99 = f"{r.p99_ms / base.p99_ms:.2f}x" if base and base.p99_ms else "-"
        share = f"{r.requests_per_second / ceiling.requests_per_second:.0%}" if ceiling else "-"
        lines.append(
            f"| {r.variant} | {r.operation} | {r.connections} | {r.requests_per_second:,.0f} | "
            f"{r.p99_ms:.2f} | {r.non_2xx + r.socket_errors} | {ratio} | {p99} | {share} | "
            f"{r.cpu_us:.1f} | {pair_text} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--variants",
        default=",".join(DEFAULT_VARIANTS),
        help=f"comma-separated, or 'all': {', '.join(VARIANTS)}",
    )
    parser.add_argument(
        "--resources",
        default=",".join(WORKLOADS),
        help=f"comma-separated: {', '.join(WORKLOADS)}",
    )
    parser.add_argument("--operations", default="create,get")
    parser.add_argument("--connections", default="8,32")
    parser.add_argument("--duration", type=float, default=3.0, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="measurements per cell (median)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--baseline", help="the variant ratios are taken against (default: mock@REF or prism)"
    )
    parser.add_argument(
        "--together",
        action="store_true",
        help="load every server at the same moment (a wrk each) rather than in turn",
    )
    parser.add_argument(
        "--compare-ref", help="also serve the mock as this commit served it (variant mock@REF)"
    )
    args = parser.parse_args()
    variants = list(VARIANTS) if args.variants == "all" else args.variants.split(",")
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")
    if shutil.which("wrk") is None:
        parser.error("wrk is not installed (Debian: apt-get install wrk)")
    if shutil.which("npx") is None:
        skipped = [v for v in variants if v.startswith("prism")]
        if skipped:
            print(f"Node is not installed: skipping {', '.join(skipped)}", file=sys.stderr)
        variants = [v for v in variants if not v.startswith("prism")]
    operations = args.operations.split(",")
    unknown = [name for name in args.resources.split(",") if name not in WORKLOADS]
    if unknown:
        parser.error(f"unknown resources: {', '.join(unknown)}")
    workloads = [WORKLOADS[name] for name in args.resources.split(",")]
    connections = [int(c) for c in args.connections.split(",")]
    auth = token()
    load = os.getloadavg()[0]
    print(f"load average before: {load:.2f}", file=sys.stderr)
    if load > 0.5:
        print("other processes are busy: expect noisy figures", file=sys.stderr)
    servers: list[Server] = []
    exported = tempfile.TemporaryDirectory(prefix="mock-ref-")
    try:
        for variant in variants:
            servers.append(start(variant, auth, workloads))
        if args.compare_ref:
            root = export_ref(args.compare_ref, Path(exported.name))
            servers.append(start(f"mock@{args.compare_ref}", auth, workloads, root))
        results, samples = measure(
            servers,
            workloads,
            operations,
            connections,
            args.duration,
            args.rounds,
            auth,
            args.together,
        )
    finally:
        for server in servers:
            stop(server.process)
            server.log.close()
        exported.cleanup()
    print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    baseline = args.baseline or (f"mock@{args.compare_ref}" if args.compare_ref else BASELINE)
    print(table(results, baseline, paired_ratios(samples, baseline)))
    if len(servers) > 1:
        print()
        print(pairs_table(samples))
    if args.json is not None:
        args.json.write_text(json.dumps([r.__dict__ for r in results], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
