"""The vendor's Node server SDK (@videosdk.live/server-sdk 0.1.1) against the mock over
loopback HTTP, with `apiEndpoint` pointing at it: the walk in `node/` drives a whole SIP setup
through every SIP method of the SDK (trunks, phone numbers, routing rules, a webhook, calls
through its own outbound rule, release and deletes), checking each answer and naming the step
that fails; the webhook it registers receives the call events for real. Skipped, saying why,
when Node or npm is missing or the package cannot be installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Generator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.call_settings import CallSettings
from videosdk_sip.mock.server import running_mock
from videosdk_sip.mock.settings import MockSettings

from .helpers import INBOUND, KEY_A, SECRET_A

pytestmark = pytest.mark.slow

PACKAGE = "@videosdk.live/server-sdk@0.1.1"
ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "node-sdk"
WALK = Path(__file__).with_name("node") / "sdk_walk.cjs"
NEVER_ANSWERS = "+14155550001"


def installed_sdk() -> Path:
    """The SDK's package folder, installed into `.cache/node-sdk` once; skips when it cannot be."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are needed to run the Node SDK interop test")
    folder = CACHE / "node_modules" / "@videosdk.live" / "server-sdk"
    if not (folder / "package.json").exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--silent", PACKAGE],
                cwd=CACHE,
                capture_output=True,
                timeout=300,
                check=True,
            )
        except (subprocess.SubprocessError, OSError) as failure:
            pytest.skip(f"npm could not install {PACKAGE}: {type(failure).__name__}")
    version = json.loads((folder / "package.json").read_text())["version"]
    assert version == "0.1.1"
    return folder


class Received(BaseHTTPRequestHandler):
    bodies: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        Received.bodies.append(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # the base's names
        return


def receiver() -> Generator[str, None, None]:
    Received.bodies = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Received)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()


SDK_SIP_METHODS = sorted(
    f"sip.{resource}.{method}"
    for resource, methods in {
        "trunks.inbound": ("create", "list", "get", "update", "delete"),
        "trunks.outbound": ("create", "list", "get", "update", "delete"),
        "routingRules": ("create", "list", "get", "update", "delete"),
        "phoneNumbers": ("create", "list", "get", "detach", "updateGateway", "release"),
        "calls": ("create", "list", "get", "transfer", "end", "switchRoom"),
        "webhooks": ("create", "list", "get", "update", "delete"),
    }.items()
    for method in methods
)


def run_walk(app: MockApp, receiver_url: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """The walk against `app`, served on a free 127.0.0.1 port."""
    sdk = installed_sdk()
    with running_mock(app=app) as url:
        return subprocess.run(
            ["node", str(WALK)],
            capture_output=True,
            text=True,
            timeout=120,
            env={
                **os.environ,
                "SDK_PATH": str(sdk),
                "MOCK_URL": url,
                "API_KEY": KEY_A,
                "API_SECRET": SECRET_A,
                "CONFIGURED_INBOUND": INBOUND,
                "NEVER_ANSWERS": NEVER_ANSWERS,
                "RECEIVER_URL": receiver_url,
                **extra,
            },
        )


def mock_app(**outcomes: str) -> MockApp:
    calls = CallSettings(outcomes={NEVER_ANSWERS: "not-answered", **outcomes})
    return create_app(MockSettings(credentials={KEY_A: SECRET_A}, calls=calls))


def test_the_node_sdk_walks_a_whole_sip_setup() -> None:
    app = mock_app()
    hook = receiver()
    receiver_url = next(hook)
    try:
        walk = run_walk(app, receiver_url)
        assert walk.returncode == 0, walk.stderr
        seen = json.loads(walk.stdout)
        deadline = time.monotonic() + 10
        while app.deliveries.unfinished and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        hook.close()
    assert seen["called"] == SDK_SIP_METHODS
    assert seen["steps"][-1] == "every SIP method of the SDK was called"
    events = [(body["webhookType"], body["data"]["callId"]) for body in Received.bodies]
    call_id, missed_id, chosen_id = seen["callId"], seen["missedCallId"], seen["chosenCallId"]
    assert events == [
        ("call-started", call_id),
        ("call-answered", call_id),
        ("switch-room-completed", call_id),
        ("call-hangup", call_id),
        ("call-started", missed_id),
        ("call-missed", missed_id),
        ("call-started", chosen_id),
        ("call-answered", chosen_id),
        ("call-hangup", chosen_id),
    ]


def test_a_mock_that_drifts_fails_the_walk_naming_the_step() -> None:
    # The callee the walk expects to answer is told to reject the call.
    walk = run_walk(mock_app(**{"+14155550123": "rejected"}), "http://127.0.0.1:9/hook")
    assert walk.returncode == 1
    assert walk.stderr.startswith(
        'step "calls.create through the walk\'s outbound rule" failed: AssertionError'
    )
    assert "'rejected'" in walk.stderr
    assert walk.stdout == ""


def test_a_step_without_an_answer_in_time_fails_naming_the_step() -> None:
    walk = run_walk(mock_app(), "http://127.0.0.1:9/hook", STEP_MS="1")
    assert walk.returncode == 1
    assert walk.stderr.startswith(
        'step "trunks.inbound.create" failed: Error: no answer within 1 ms'
    )
