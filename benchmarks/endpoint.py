"""The floor for client calls: a bare ASGI endpoint on 127.0.0.1 that answers every request
with one fixed routing rule, without reading the path or validating anything.

`serving()` starts it in its own process (so the server's work runs beside the client's, not
in its interpreter) under uvicorn with httptools and uvloop, and yields its base URL.

    .venv/bin/python -m benchmarks.endpoint   # serve on a free port, print it, until Ctrl-C
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.mock.bare import fixed_answer_app
from benchmarks.mock.processes import stop, wait_until_answering

ROOT = Path(__file__).resolve().parents[1]

RULE: dict[str, Any] = {
    "id": "rule_123456789",
    "name": "Support Line Rule",
    "type": "INBOUND",
    "numbers": ["+14150001111", "+14150002222"],
    "gatewayId": "gateway_in_123456789",
    "dispatch": {
        "room": {"type": "dynamic", "prefix": "support", "id": "room_123", "pin": "4321"},
        "agent": {"type": "cloud", "id": "agent_789", "metadata": {"department": "sales"}},
    },
    "hidePhoneNumber": False,
    "metadata": {"env": "production", "team": "support"},
    "tags": ["priority", "support"],
}
"""A stored rule with every field set: the answer to a create and to a get."""

BODY = json.dumps(RULE, separators=(",", ":")).encode()

app = fixed_answer_app(BODY)


def _serve() -> None:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(
        app,
        http="httptools",
        loop="uvloop",
        lifespan="off",
        access_log=False,
        log_config=None,
        log_level="warning",
        server_header=False,
        date_header=False,
    )
    uvicorn.Server(config).run(sockets=[sock])


@contextmanager
def serving(timeout: float = 20.0) -> Iterator[str]:
    """The endpoint running in a child process; yields `http://127.0.0.1:<port>`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.endpoint"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.isdigit():
            raise RuntimeError(f"the endpoint did not report its port (got {line!r})")
        url = f"http://127.0.0.1:{line}"
        wait_until_answering(url + "/ping", process, timeout)
        yield url
    finally:
        stop(process)
        if process.stdout is not None:
            process.stdout.close()


if __name__ == "__main__":
    _serve()
