"""What a run decides and asks before schemathesis starts.

Which operations it tests (`--api`, or the families the server serves), which of them it
withholds and why (`safety`), which phone numbers the account held already (never the run's
to release), and the GET each fence makes of an id it has not seen. Each request it sends is
counted under its phase (`results.SETUP`, `results.FENCE_LOOKUPS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from videosdk_sip.contract.answers import json_or_none
from videosdk_sip.contract.cleanup import NUMBERS_PATH, number_path
from videosdk_sip.contract.context import Endpoint
from videosdk_sip.contract.families import served_families
from videosdk_sip.contract.fence import Lookup
from videosdk_sip.contract.operations import Operations
from videosdk_sip.contract.options import SuiteOptions
from videosdk_sip.contract.ownership import ROUTING_RULE, ResourceKind
from videosdk_sip.contract.pacing import Pacer
from videosdk_sip.contract.results import FENCE_LOOKUPS, SETUP, Results
from videosdk_sip.contract.safety import CALL_OPERATIONS, SafetyPolicy
from videosdk_sip.contract.target import Target

__all__ = [
    "fence_lookup",
    "narrowed",
    "registered_numbers",
    "selected_operations",
    "withheld_operations",
    "without_withheld",
]


def selected_operations(
    document_operations: Operations,
    options: SuiteOptions,
    target: Target,
    http: httpx.Client,
    results: Results,
) -> Operations:
    """The operations this run tests: `--api`'s family, or what the target serves."""
    if options.api is not None:
        return document_operations.family(options.api)
    if target.embedded:
        return document_operations.family("all")
    families = tuple(f for f in ("seed", "current") if document_operations.family_tags(f))
    served, missing = served_families(
        http,
        document_operations,
        families,
        lambda label: results.count_request(label, phase=SETUP),
    )
    for family, reason in missing.items():
        results.not_applicable[f"--api {family}"] = reason
    if not served:
        results.add_error(
            "the server serves none of the API families: " + "; ".join(missing.values())
        )
        return document_operations.tagged([])
    tags = [tag for family in served for tag in document_operations.family_tags(family)]
    return document_operations.tagged(tags)


def registered_numbers(
    endpoint: Endpoint,
    target: Target,
    options: SuiteOptions,
    operations: Operations,
    http: httpx.Client,
    counted: Callable[[str], None],
) -> frozenset[str]:
    """The numbers registered before the run: never the run's to release at cleanup.

    The embedded mock says which it starts with. On a server each test number is asked for
    once, when the run may provision numbers; one that does not answer 404 counts as
    registered, to be safe."""
    if target.embedded:
        return endpoint.registered_numbers
    if "createPhoneNumbers" not in operations.labels:
        return frozenset()
    registered: set[str] = set()
    for e164 in options.test_numbers:
        try:
            answer = http.get(number_path(e164))
        except httpx.HTTPError:
            registered.add(e164)
            continue
        counted(f"GET {NUMBERS_PATH}/{{e164}}")
        if answer.status_code != 404:
            registered.add(e164)
    return frozenset(registered)


def withheld_operations(safety: SafetyPolicy, endpoint: Endpoint, target: Target) -> dict[str, str]:
    withheld = safety.withheld()
    if target.embedded and endpoint.call_route is None:
        # A stand-in for the mock with no outbound rule: a call could name no rule it has.
        reason = "not exercised: the embedded server has no outbound rule to place calls through"
        withheld.update(dict.fromkeys((*CALL_OPERATIONS, "getCall"), reason))
    return withheld


def without_withheld(
    operations: Operations, withheld: dict[str, str], results: Results
) -> Operations:
    """`operations` without the withheld ones, each reported as not exercised, with why."""
    kept = [op for op in operations.labels if op not in withheld]
    for operation_id in operations.labels:
        if operation_id in withheld:
            results.not_applicable[operations.labels[operation_id]] = withheld[operation_id]
    return Operations(
        labels={op: operations.labels[op] for op in kept},
        tags={op: operations.tags[op] for op in kept},
    )


def fence_lookup(
    http: httpx.Client, pace: Pacer, results: Results, kind: ResourceKind = ROUTING_RULE
) -> Lookup:
    """GET of one resource for its fence; the id comes already encoded for a path."""
    label = f"GET {kind.collection_path}/{{{kind.path_parameter}}}"

    def lookup(rule_id: str) -> tuple[int, Any] | None:
        pace()
        try:
            answer = http.get(f"{kind.collection_path}/{rule_id}")
        except httpx.HTTPError:
            return None
        results.count_request(label, phase=FENCE_LOOKUPS)
        return answer.status_code, json_or_none(answer)

    return lookup


def narrowed(operations: Operations, tags: tuple[str, ...], results: Results) -> Operations:
    """`operations` cut to those carrying one of `tags` (`--tag`); all of them without tags.
    Tags the command checked against the document may still name a family the server does
    not serve: then nothing is left, which is an error of the run."""
    if not tags:
        return operations
    cut = operations.carrying(tags)
    if not cut.labels:
        results.add_error(f"--tag {', '.join(tags)}: no operation with that tag is served")
    return cut
