"""The printed report, whole, against a snapshot (the one test that reads printed text).

Regenerate after a deliberate change with
`UPDATE_SNAPSHOTS=1 pytest tests/contract/test_contract_report.py` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

from videosdk_sip.contract.cleanup import CleanupReport, KindAccount
from videosdk_sip.contract.context import Outcome
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.report import render_report
from videosdk_sip.contract.results import FailureRecord, Results

SNAPSHOT = Path(__file__).parent / "snapshots" / "report.txt"
CREATE = "POST /v2/sip/routing-rules"
GET = "GET /v2/sip/routing-rules/{ruleId}"


def _outcome() -> Outcome:
    results = Results()
    results.count_request(CREATE, 2, phase="examples")
    results.count_request(CREATE, 10, phase="fuzzing")
    results.count_request(GET, 28, phase="stateful")
    results.count_request(GET, 2, phase="fence lookups")
    results.count_check(CREATE, "not_a_server_error", 12)
    results.count_check(GET, "not_a_server_error", 30)
    results.count_check(CREATE, "created_resource_ownership", 1)
    results.add_failure(
        FailureRecord(
            operation=CREATE,
            check="created_resource_ownership",
            title="The create answered routing rule rule_1, which is not this run's",
            expected="a successful create answers a new resource carrying what the run sent",
            reproduction="curl -X POST -H 'Authorization: eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.c2ln'",
            phase="schemathesis",
            status=200,
        ),
        identity="ownership",
    )
    results.add_error("GET /v2/sip/routing-rules: no answer within 2 s")
    results.not_applicable["object_level_authorization"] = "not applicable (needs two identities)"
    results.stopped_early = "the server gave no answer within 2 s, so the run stopped"
    results.interrupted = True
    cleanup = CleanupReport(
        tracked=3,
        deleted=("rule_2", "rule_3"),
        leftovers=("rule_5",),
        problems=("routing rule rule_4 no longer carries this run's marks; not deleted",),
        spared=("rule_4",),
        ended=("call_1",),
        requests=11,
        accounts=(
            KindAccount(
                kind="routing rule",
                created=5,
                deleted_during_run=1,
                deleted_by_cleanup=2,
                already_gone=0,
                spared=1,
                left_over=1,
            ),
        ),
    )
    return Outcome(
        results=results,
        cleanup=cleanup,
        seed=7,
        prefix="videosdk-sip-contract-ab12-",
        elapsed=1.5,
        signal="SIGTERM",
    )


def test_the_report_reads_as_the_snapshot() -> None:
    text = render_report(_outcome(), target="http://127.0.0.1:8000", redactor=Redactor())
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert text == SNAPSHOT.read_text(encoding="utf-8")
