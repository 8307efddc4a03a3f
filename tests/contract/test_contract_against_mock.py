"""The suite against the real mock: in process at full default size, and over loopback HTTP."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from videosdk_sip.contract.marking import NAME_PREFIX, TAG
from videosdk_sip.contract.options import DEFAULT_MAX_EXAMPLES
from videosdk_sip.contract.results import Tally
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.spec import load_document, served_document

from .helpers import GATEWAY, SMALL, RecordingCreates, read, run_contract

pytestmark = pytest.mark.slow

OPERATIONS = tuple(
    f"{method.upper()} {path}"
    for path, item in served_document(load_document(), frozenset({"routing-rules"}))[
        "paths"
    ].items()
    for method in item
    if method in ("get", "post", "put", "patch", "delete")
)
"""Every operation of the seed family (`--api seed`)."""
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
    "semantic_get_matches",
    "semantic_update_partial",
    "semantic_list_filter",
    "semantic_page_info",
    "semantic_deleted_gone",
    "semantic_relation",
)
INBOUND = "gateway_in_123456789"


def table(tallies: dict[str, Tally]) -> dict[str, tuple[int, int]]:
    """Tallies as {name: (cases, failures)}, with a total."""
    rows = {name: (tally.cases, tally.failures) for name, tally in tallies.items()}
    rows["total"] = (
        sum(tally.cases for tally in tallies.values()),
        sum(tally.failures for tally in tallies.values()),
    )
    return rows


def test_the_default_run_passes_in_process_with_every_check(tmp_path: Path) -> None:
    junit = tmp_path / "reports" / "contract.xml"
    servers: list[RecordingCreates] = []

    def recording(settings: MockSettings) -> RecordingCreates:
        servers.append(RecordingCreates(settings))
        return servers[-1]

    # The seed family at full default size; the whole API runs small in test_contract_coverage.
    run = run_contract(
        "--in-process", "--api", "seed", "--seed", "1", "--junit", str(junit), app_factory=recording
    )

    # Everything created is marked as this run's, on the gateway given (the mock's outbound),
    # but for the client lifecycle that tries a number twice on the mock's inbound gateway.
    accepted = servers[0].accepted
    assert len(accepted) > 100
    prefix = run.result.prefix
    assert prefix.startswith(NAME_PREFIX)
    gateways = [body["gatewayId"] for body in accepted]
    assert gateways.count(INBOUND) == 1, gateways
    assert set(gateways) == {GATEWAY, INBOUND}
    for body in accepted:
        assert body["name"].startswith(prefix)
        assert TAG in body["tags"]

    assert run.code == 0, run.out
    results = run.result.results
    operations = table(results.by_operation())
    for operation in OPERATIONS:
        requests, failures = operations[operation]
        assert requests >= DEFAULT_MAX_EXAMPLES, (operation, requests)
        assert failures == 0
    checks = table(results.by_check())
    for check in CHECKS:
        assert checks[check][0] > 0, f"{check} never ran"
    assert checks["total"][1] == 0
    assert "client_number_conflict" not in results.not_applicable
    # The embedded mock knows a second key, so the check really sends requests with it.
    assert results.peer_probes is not None
    assert results.peer_probes > 0
    cleanup = run.result.cleanup
    assert cleanup is not None
    assert cleanup.ok
    assert not run.result.failed

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
    assert run.result.results.failures == []
    assert "testing the embedded mock" in run.err
    for phase in ("examples", "coverage", "fuzzing", "stateful", "client", "cleanup"):
        assert f"  {phase}: " in run.err, f"no progress line for {phase}"
