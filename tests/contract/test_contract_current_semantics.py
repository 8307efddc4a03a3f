"""Every semantic check against the current API: a server drifted in one way fails the run,
naming the operation and the check (and nothing else); a correct server that answers
tolerantly raises nothing.

Each run is limited with `--tag` to the resources its drift touches, so it takes seconds.
"""

from __future__ import annotations

from functools import cache

import pytest

from videosdk_sip.contract.embedded import AppFactory
from videosdk_sip.contract.semantics.observer import (
    DELETED_GONE,
    GET_MATCHES,
    LIST_FILTER,
    PAGE_INFO,
    RELATION,
    UPDATE_PARTIAL,
)

from .current_servers import (
    answers_another_id_on_get,
    answers_tolerantly,
    detach_keeps_gateway_numbers,
    ignores_list_filters,
    release_keeps_rule_numbers,
    replaces_on_update,
    reports_a_wrong_total,
    serves_deleted_resources,
    shares_inbound_numbers,
)
from .helpers import Run, run_contract

SEMANTIC = (GET_MATCHES, UPDATE_PARTIAL, LIST_FILTER, PAGE_INFO, DELETED_GONE, RELATION)
SIZE = ("--max-examples", "5", "--stateful-examples", "3", "--client-examples", "1")
EVERY_TAG = (
    "webhooks",
    "inbound-gateways",
    "outbound-gateways",
    "number-routing-rules",
    "phone-numbers",
    "calls",
)
PAGED_TAGS = ("inbound-gateways", "phone-numbers", "calls")
"""A gateway listing, and the two listings of resources without a kind."""

pytestmark = pytest.mark.slow


@cache
def run_against(server: AppFactory | None, tags: tuple[str, ...]) -> Run:
    """One small run per server and tags, shared by the tests that read its report."""
    chosen = [part for tag in tags for part in ("--tag", tag)]
    return run_contract(
        "--in-process",
        "--seed",
        "7",
        "--no-progress",
        "--api",
        "current",
        *chosen,
        *SIZE,
        app_factory=server,
    )


@pytest.mark.parametrize(
    ("server", "tags", "operation", "check", "said"),
    [
        pytest.param(
            answers_another_id_on_get,
            ("webhooks",),
            "GET /v2/sip/webhooks/{webhookId}",
            GET_MATCHES,
            "`id` is",
            id="get-answers-another-id",
        ),
        pytest.param(
            reports_a_wrong_total,
            PAGED_TAGS,
            "GET /v2/sip/inbound-gateways",
            PAGE_INFO,
            "`total`",
            id="total-off-by-one-gateways",
        ),
        pytest.param(
            reports_a_wrong_total,
            PAGED_TAGS,
            "GET /v2/sip/phone-numbers",
            PAGE_INFO,
            "`total`",
            id="total-off-by-one-numbers",
        ),
        pytest.param(
            reports_a_wrong_total,
            PAGED_TAGS,
            "GET /v2/sip/call",
            PAGE_INFO,
            "`total`",
            id="total-off-by-one-calls",
        ),
        pytest.param(
            ignores_list_filters,
            ("number-routing-rules",),
            "GET /v2/sip/routing-rule",
            LIST_FILTER,
            "does not match",
            id="filters-ignored",
        ),
        pytest.param(
            replaces_on_update,
            ("inbound-gateways",),
            "PATCH /v2/sip/inbound-gateways/{gatewayId}",
            UPDATE_PARTIAL,
            "was not sent but",
            id="update-replaces",
        ),
        pytest.param(
            serves_deleted_resources,
            ("webhooks",),
            "GET /v2/sip/webhooks/{webhookId}",
            DELETED_GONE,
            "deleted webhook",
            id="deleted-still-served",
        ),
        pytest.param(
            shares_inbound_numbers,
            ("number-routing-rules",),
            "POST /v2/sip/routing-rule",
            RELATION,
            "already routes",
            id="inbound-number-shared",
        ),
        pytest.param(
            release_keeps_rule_numbers,
            ("phone-numbers", "number-routing-rules", "inbound-gateways"),
            "GET /v2/sip/routing-rule/{ruleId}",
            RELATION,
            "a released number leaves every routing rule",
            id="released-number-kept-by-rules",
        ),
        pytest.param(
            detach_keeps_gateway_numbers,
            ("phone-numbers", "inbound-gateways"),
            "GET /v2/sip/inbound-gateways/{gatewayId}",
            RELATION,
            "a detached number leaves its gateways",
            id="detached-number-kept-by-gateways",
        ),
    ],
)
def test_a_drift_fails_the_run_naming_the_operation_and_the_check(
    server: AppFactory, tags: tuple[str, ...], operation: str, check: str, said: str
) -> None:
    run = run_against(server, tags)

    run.drift_record(check, operation, said)
    # Failed for this drift only: no other check, and no error, is behind the exit status.
    assert {failure.check for failure in run.result.results.failures} == {check}, run.out
    assert run.result.results.errors == [], run.out


def test_a_correct_server_answering_tolerantly_raises_nothing_over_the_whole_api() -> None:
    run = run_against(answers_tolerantly, EVERY_TAG)

    semantic = [r for r in run.result.results.failures if r.check in SEMANTIC]
    assert semantic == [], semantic
    assert run.code == 0, "\n".join(run.failure_headers()) + "\n".join(run.result.results.errors)
    compared = run.result.results.by_check()
    assert all(compared[check].cases > 0 for check in SEMANTIC), compared


def test_the_plain_mock_raises_nothing_where_the_relations_are_exercised() -> None:
    run = run_against(None, ("phone-numbers", "number-routing-rules", "inbound-gateways"))

    assert run.code == 0, "\n".join(run.failure_headers()) + "\n".join(run.result.results.errors)
    assert run.result.results.by_check()[RELATION].cases > 0
