"""Instructions per request of the whole mock server (uvicorn, the connection guard and the
app), this tree against another commit, counted by valgrind's cachegrind.

    .venv/bin/python -m benchmarks.mock.instructions --compare-ref 9824009
    .venv/bin/python -m benchmarks.mock.instructions --compare-ref HEAD~3 \
        --workloads seed-rules,phone-numbers --operations create

A count of executed instructions does not move with the machine's load, so a change of 1%
shows in one run, where CPU time on a shared machine needs many rounds to show 5%. It does
not see what instructions miss: cache misses, branch mispredictions, the kernel's share.
`benchmarks.mock.run` measures those, noisily, with wrk.

Each server runs under cachegrind (`PYTHONHASHSEED=0`, one process as `videosdk-sip mock`
serves) twice: once answering `--requests` requests, once answering four times as many,
each sent whole in one write over one keep-alive connection from 127.0.0.1, as wrk sends
them. The difference of the two totals, divided by the difference of the counts, is the cost
of one request, without start-up and shutdown. Both trees run at once, one per core. Each
count takes about a minute; every process is stopped before the script exits. Needs
valgrind (Debian: `apt-get install valgrind`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.mock.processes import wait_until_answering
from benchmarks.mock.run import READY_PATH, ROOT, body_json, export_ref, free_port, token
from benchmarks.mock.workloads import NUMBER, WORKLOADS, Workload

_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")
_TIMEOUT = 600


def _request(method: str, path: str, auth: str, body: bytes = b"") -> bytes:
    head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: {auth}"]
    if body:
        head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _answer(connection: socket.socket) -> tuple[int, bytes]:
    """Reads one answer (status, body): the mock always sends Content-Length."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            raise RuntimeError("the server closed the connection")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        body += connection.recv(65536)
    return int(head.split(b" ", 2)[1]), body


def _exchange(connection: socket.socket, request: bytes) -> bytes:
    connection.sendall(request)
    status, body = _answer(connection)
    if status >= 300:
        raise RuntimeError(f"the server answered {status}: {body[:200]!r}")
    return body


def _requests(
    workload: Workload, operation: str, auth: str, stored: str, count: int
) -> list[bytes]:
    if operation == "get":
        return [_request("GET", stored, auth)] * count
    text = body_json(workload.body)
    # A number of its own in each create where the workload takes one, as create_unique.lua.
    return [
        _request("POST", workload.create_path, auth, text.replace(NUMBER, f"+1415{i:07d}").encode())
        for i in range(count)
    ]


def _total(root: Path, workload: Workload, operation: str, auth: str, count: int) -> int:
    """Instructions the server under `root` executes in all, answering `count` requests."""
    port = free_port()
    server = subprocess.Popen(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-m",
            "benchmarks.mock.serve",
            "mock",
            "--port",
            str(port),
        ],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root / "src"), "PYTHONHASHSEED": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        wait_until_answering(f"http://127.0.0.1:{port}{READY_PATH}", server, timeout=300)
        with socket.create_connection(("127.0.0.1", port), timeout=120) as connection:
            for path, body in workload.setup:
                _exchange(connection, _request("POST", path, auth, body_json(body).encode()))
            sample = body_json(workload.body).replace(NUMBER, "+14159999999").encode()
            created = json.loads(
                _exchange(connection, _request("POST", workload.create_path, auth, sample))
            )
            stored = workload.get_path(created, "+14159999999")
            for request in _requests(workload, operation, auth, stored, count):
                _exchange(connection, request)
        server.send_signal(signal.SIGINT)
        _, report = server.communicate(timeout=_TIMEOUT)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
    found = _TOTAL.search(report)
    if found is None:
        raise RuntimeError(f"no instruction total from cachegrind:\n{report[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_request(root: Path, workload: Workload, operation: str, auth: str, requests: int) -> float:
    short = _total(root, workload, operation, auth, requests)
    long = _total(root, workload, operation, auth, 4 * requests)
    return (long - short) / (3 * requests)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--compare-ref", required=True)
    parser.add_argument("--workloads", default="seed-rules")
    parser.add_argument("--operations", default="create,get")
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (Debian: apt-get install valgrind)")
    names = args.workloads.split(",")
    unknown = [name for name in names if name not in WORKLOADS]
    if unknown:
        parser.error(
            f"--workloads: no workload {', '.join(unknown)}; known: {', '.join(WORKLOADS)}"
        )
    auth = token()
    started = time.monotonic()
    ref = args.compare_ref
    print(f"| workload | operation | this tree | {ref} | ratio ({ref} / this tree) |")
    print("|---|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="mock-ref-") as folder:
        other = export_ref(ref, Path(folder))
        with ThreadPoolExecutor(max_workers=2) as pool:
            for name in names:
                for operation in args.operations.split(","):
                    mine, theirs = (
                        count.result()
                        for count in [
                            pool.submit(
                                per_request, root, WORKLOADS[name], operation, auth, args.requests
                            )
                            for root in (ROOT, other)
                        ]
                    )
                    ratio = theirs / mine
                    print(
                        f"| {name} | {operation} | {mine:,.0f} | {theirs:,.0f} | {ratio:.3f}x |",
                        flush=True,
                    )
    print(f"({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
