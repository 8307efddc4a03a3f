"""A client built from a small inline document with two tags: the resource layer's golden
record, a run of the generated client against a scripted transport, and mypy --strict on it.

Refresh the golden files after an intended change with:
    .venv/bin/python -m tests.codegen.test_inline_document
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .inline_spec import DOCUMENT

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "scripts" / "codegen" / "generate.py"
GOLDEN = Path(__file__).resolve().parent / "golden" / "two_tags"
PACKAGE = "videosdk_sip_client"
# The resource layer's files: what this project adds to the generator's output.
LAYER = ("sdk.py", "resources/__init__.py", "resources/calls.py", "resources/routing_rules.py")


def _golden(relative: str) -> Path:
    # Not .py: the golden files are output to compare, not code for the linters to check.
    return GOLDEN / f"{relative}.golden"


def build(folder: Path) -> Path:
    spec = folder / "two-tags.json"
    spec.write_text(json.dumps(DOCUMENT))
    target = folder / "videosdk-sip-client"
    done = subprocess.run(
        [sys.executable, str(GENERATE), "--spec", str(spec), "--target", str(target)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return target


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("two-tags"))


@pytest.mark.parametrize("relative", LAYER)
def test_the_resource_layer_matches_its_golden_record(project: Path, relative: str) -> None:
    generated = project / PACKAGE / relative
    assert filecmp.cmp(generated, _golden(relative), shallow=False), (
        f"{relative} differs from tests/codegen/golden/two_tags/{relative}.golden; if intended, "
        "refresh with: .venv/bin/python -m tests.codegen.test_inline_document"
    )


SCRIPT = textwrap.dedent(
    """
    import json
    import httpx
    from videosdk_sip_client import NotFoundError, VideoSDK

    seen = []

    def answer(request):
        seen.append((request.method, request.url.path, request.url.params.get("page")))
        path = request.url.path
        if path == "/v2/sip/call" and request.method == "POST":
            body = json.loads(request.content)
            sent = {"to": "+1415", "from": "+1416", "direction": "outbound", "recording": False}
            assert body == sent, body
            return httpx.Response(201, json={"id": "call_1", "status": "ringing"})
        if path == "/v2/sip/call":
            page = int(request.url.params["page"])
            info = {"currentPage": page, "lastPage": 2}
            data = [{"id": f"call_{page}", "status": "done"}]
            return httpx.Response(200, json={"pageInfo": info, "data": data})
        if path == "/v2/sip/call/end":
            assert json.loads(request.content) == {"callId": "call_1"}
            return httpx.Response(200, json={"message": "ended"})
        if path == "/v2/sip/call/switch-room":
            assert json.loads(request.content) == {"callId": "call_1", "roomId": "room_2"}
            return httpx.Response(200, json={"message": "moved"})
        if path == "/v2/sip/call/call_1" and request.method == "DELETE":
            return httpx.Response(204)
        if path == "/v2/sip/routing-rules/rule_9":
            return httpx.Response(404, json={"message": "no such rule"})
        raise AssertionError(path)

    sdk = VideoSDK(token="header.payload.signature", base_url="http://127.0.0.1:9",
                   transport=httpx.MockTransport(answer), retry=None)
    call = sdk.sip.calls.create(to="+1415", from_="+1416")
    assert call.id == "call_1"
    assert [c.id for c in sdk.sip.calls.list()] == ["call_1", "call_2"]
    assert sdk.sip.calls.end(call_id="call_1").message == "ended"
    raw = sdk.sip.calls.with_raw_response.switch_room(call_id="call_1", room_id="room_2")
    assert (raw.status_code, raw.parsed.message) == (200, "moved")
    assert sdk.sip.calls.delete("call_1") is None
    try:
        sdk.sip.routing_rules.get("rule_9")
    except NotFoundError as error:
        assert error.status == 404
    else:
        raise AssertionError("no NotFoundError")
    assert sorted(vars(type(sdk.sip))["__slots__"]) == ["calls", "routing_rules"]
    print(seen)
    """
)


def test_the_generated_client_calls_every_operation_by_resource_and_verb(project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(project), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(
        [
            ("POST", "/v2/sip/call", None),
            ("GET", "/v2/sip/call", "1"),
            ("GET", "/v2/sip/call", "2"),
            ("POST", "/v2/sip/call/end", None),
            ("POST", "/v2/sip/call/switch-room", None),
            ("DELETE", "/v2/sip/call/call_1", None),
            ("GET", "/v2/sip/routing-rules/rule_9", None),
        ]
    )


@pytest.mark.slow
def test_the_generated_client_passes_mypy_strict(project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", PACKAGE],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def refresh_golden(scratch: Path) -> None:
    project = build(scratch)
    for relative in LAYER:
        _golden(relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(project / PACKAGE / relative, _golden(relative))


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        refresh_golden(Path(scratch))
