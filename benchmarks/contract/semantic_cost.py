"""What the semantic checks cost per answer: `SemanticObserver.observe` against `json.loads`
of the same answer, which the suite's hook does for every 2xx answer anyway.

    .venv/bin/python -m benchmarks.contract.semantic_cost          # 15 rounds of 200 calls

The observer holds 100 rules of the run; one variant checks a get of one of them, another a
page of 100 of them listed under a `search` filter. Each is interleaved, round by round, with
`json.loads` of the same bytes; the table gives medians per call and the ratios.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Hashable
from typing import Any

from benchmarks.timing import interleaved, paired_ratio
from videosdk_sip.contract.marking import TAG, RuleMarker
from videosdk_sip.contract.operations import Operations
from videosdk_sip.contract.ownership import ROUTING_RULE, Ledger
from videosdk_sip.contract.results import FailureRecord
from videosdk_sip.contract.semantics.observer import ObservedCall, SemanticObserver
from videosdk_sip.spec import load_document

PREFIX = "videosdk-sip-contract-0a1b2c3d-"
RULES = 100


def _rule(index: int) -> dict[str, Any]:
    return {
        "id": f"rule_{index:06d}",
        "name": f"{PREFIX}Support Line {index}",
        "type": "OUTBOUND",
        "numbers": [f"+1415{index:07d}"],
        "gatewayId": "gateway_out_987654321",
        "dispatch": {"agent": {"type": "cloud", "id": "agent_1"}},
        "hidePhoneNumber": False,
        "metadata": {"team": "support"},
        "tags": [TAG],
    }


def _ignore(record: FailureRecord, identity: Hashable) -> None:
    raise AssertionError(f"a correct answer was reported: {record}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()

    labels = Operations.from_document(load_document()).family("seed").labels
    ledger = Ledger(RuleMarker(prefix=PREFIX, gateway_id="gateway_out_987654321"))
    observer = SemanticObserver(labels, ledger, _ignore)
    rules = [_rule(index) for index in range(RULES)]
    for rule in rules:
        ledger.claim(ROUTING_RULE, rule)
        observer.observe(call("createRoutingRule", labels, rule))
    one = json.dumps(rules[7]).encode()
    page = json.dumps(
        {
            "pageInfo": {"currentPage": 1, "perPage": 100, "lastPage": 1, "total": RULES},
            "data": rules,
        }
    ).encode()

    def get() -> None:
        observer.observe(
            call("getRoutingRule", labels, json.loads(one), path={"ruleId": "rule_000007"})
        )

    def listing() -> None:
        observer.observe(
            call(
                "listRoutingRules",
                labels,
                json.loads(page),
                query={"search": "support", "page": "1", "perPage": "100"},
            )
        )

    samples = interleaved(
        {
            "get: json.loads": lambda: json.loads(one),
            "get: json.loads + observe": get,
            "list: json.loads": lambda: json.loads(page),
            "list: json.loads + observe": listing,
        },
        rounds=args.rounds,
        calls=args.calls,
    )
    print(f"{'variant':28} {'median µs/call':>15} {'IQR µs':>8}")
    for name, found in samples.items():
        print(f"{name:28} {found.median * 1e6:15.1f} {found.iqr * 1e6:8.1f}")
    for what in ("get", "list"):
        ratio = paired_ratio(
            samples[f"{what}: json.loads + observe"], samples[f"{what}: json.loads"]
        )
        print(
            f"{what}: (json.loads + observe) / json.loads: "
            f"{ratio.median:.2f}x (IQR {ratio.iqr:.2f})"
        )


def call(operation_id: str, labels: Any, answer: Any, **parts: Any) -> ObservedCall:
    return ObservedCall(
        operation_id=operation_id,
        label=labels[operation_id],
        status=200,
        answer=answer,
        path_parameters=parts.get("path", {}),
        query=parts.get("query", {}),
        body=None,
        reproduction=lambda: "",
        phase="benchmark",
    )


if __name__ == "__main__":
    main()
