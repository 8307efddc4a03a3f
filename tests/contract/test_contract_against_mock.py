"""The suite against the real mock: in process at full default size, and over loopback HTTP."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from videosdk_sip.contract.marking import NAME_PREFIX, TAG
from videosdk_sip.contract.options import DEFAULT_MAX_EXAMPLES
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.spec import load_document, served_document

from .helpers import GATEWAY, SMALL, RecordingCreates, Run, read, run_contract

pytestmark = pytest.mark.slow

OPERATIONS = tuple(
    f"{method.upper()} {path}"
    for path, item in served_document(load_document())["paths"].items()
    for method in item
    if method in ("get", "post", "put", "patch", "delete")
)
"""Every operation of the tags the mock serves (`spec.SERVED_TAGS`)."""
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "positive_data_acceptance",
    "negative_data_rejection",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "missing_required_header",
    "unsupported_method",
    "object_level_authorization",
    "client_model_roundtrip",
    "client_request_roundtrip",
    "client_response_roundtrip",
    "client_lifecycle",
    "client_number_conflict",
)
INBOUND = "gateway_in_123456789"


def table(run: Run, title: str) -> dict[str, tuple[int, int]]:
    """A report table as {name: (cases, failures)}."""
    section = run.out.split(f"\n{title}\n", 1)[1].split("\n\n", 1)[0]
    rows: dict[str, tuple[int, int]] = {}
    for line in section.splitlines()[2:]:
        match = re.fullmatch(r"(.+?)\s+(\d+)\s+(\d+)", line)
        assert match is not None, line
        rows[match.group(1)] = (int(match.group(2)), int(match.group(3)))
    return rows


def test_the_default_run_passes_in_process_with_every_check(tmp_path: Path) -> None:
    junit = tmp_path / "reports" / "contract.xml"
    servers: list[RecordingCreates] = []

    def recording(settings: MockSettings) -> RecordingCreates:
        servers.append(RecordingCreates(settings))
        return servers[-1]

    run = run_contract("--in-process", "--seed", "1", "--junit", str(junit), app_factory=recording)

    # Everything created is marked as this run's, on the gateway given (the mock's outbound),
    # but for the client lifecycle that tries a number twice on the mock's inbound gateway.
    accepted = servers[0].accepted
    assert len(accepted) > 100
    prefix = run.out.split("names start with ", 1)[1].split(")", 1)[0]
    assert prefix.startswith(NAME_PREFIX)
    gateways = [body["gatewayId"] for body in accepted]
    assert gateways.count(INBOUND) == 1, gateways
    assert set(gateways) == {GATEWAY, INBOUND}
    for body in accepted:
        assert body["name"].startswith(prefix)
        assert TAG in body["tags"]

    assert run.code == 0, run.out
    operations = table(run, "Operations")
    for operation in OPERATIONS:
        requests, failures = operations[operation]
        assert requests >= DEFAULT_MAX_EXAMPLES, (operation, requests)
        assert failures == 0
    checks = table(run, "Checks")
    for check in CHECKS:
        assert checks[check][0] > 0, f"{check} never ran"
    assert checks["total"][1] == 0
    assert "client_number_conflict: not applicable" not in run.out
    # The embedded mock knows a second key, so the check really sends requests with it.
    probes = run.out.split("\nobject_level_authorization: ", 1)[1].split(" requests sent as", 1)[0]
    assert int(probes) > 0
    assert "0 left over" in run.out
    assert run.out.rstrip().splitlines()[-1].startswith("PASSED")

    suites = ElementTree.fromstring(read(junit))  # noqa: S314 (our own file)
    assert suites.get("failures") == "0"
    assert suites.get("errors") == "0"
    assert {suite.get("name") for suite in suites} == {*OPERATIONS, "run"}
    assert int(suites.get("tests", "0")) > len(OPERATIONS) * 12
    properties = {p.get("name"): p.get("value") for p in suites.iter("property")}
    assert properties["requests"] == str(operations["total"][0])
    assert float(suites.get("time", "0")) > 0


def test_the_embedded_mock_over_loopback_http_passes() -> None:
    run = run_contract("--seed", "2", *SMALL)

    assert run.code == 0, run.out
    assert "Contract suite against the embedded mock\n" in run.out
    assert re.search(r"curl|Failures", run.out) is None
    assert "testing the embedded mock" in run.err
    for phase in ("examples", "coverage", "fuzzing", "stateful", "client", "cleanup"):
        assert f"  {phase}: " in run.err, f"no progress line for {phase}"
