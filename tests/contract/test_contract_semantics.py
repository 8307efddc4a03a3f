"""The suite catches servers whose answers have the right shapes but the wrong meaning, and
raises nothing against a correct server that answers tolerantly."""

from __future__ import annotations

from functools import cache

import pytest

from videosdk_sip.contract.embedded import AppFactory
from videosdk_sip.contract.semantics.observer import (
    DELETED_GONE,
    GET_MATCHES,
    LIST_FILTER,
    PAGE_INFO,
    UPDATE_PARTIAL,
)

from .helpers import SMALL, Run, run_contract
from .semantic_servers import (
    answers_another_id_on_get,
    answers_tolerantly,
    ignores_list_filters,
    lists_deleted_rules,
    replaces_on_update,
    reports_a_wrong_total,
)

LIST = "GET /v2/sip/routing-rules"
GET = "GET /v2/sip/routing-rules/{ruleId}"
UPDATE = "PUT /v2/sip/routing-rules/{ruleId}"
SEMANTIC = (GET_MATCHES, UPDATE_PARTIAL, LIST_FILTER, PAGE_INFO, DELETED_GONE)

pytestmark = pytest.mark.slow


@cache
def run_against(server: AppFactory | None) -> Run:
    return run_contract("--in-process", "--seed", "7", "--no-progress", *SMALL, app_factory=server)


@pytest.mark.parametrize(
    ("server", "operation", "check", "said"),
    [
        pytest.param(answers_another_id_on_get, GET, GET_MATCHES, "`id` is", id="wrong-id"),
        pytest.param(reports_a_wrong_total, LIST, PAGE_INFO, "`total`", id="wrong-total"),
        pytest.param(ignores_list_filters, LIST, LIST_FILTER, "does not match", id="no-filter"),
        pytest.param(replaces_on_update, UPDATE, UPDATE_PARTIAL, "was not sent", id="replaces"),
        pytest.param(lists_deleted_rules, LIST, DELETED_GONE, "deleted", id="listed-deleted"),
    ],
)
def test_a_drift_in_meaning_fails_the_run_and_is_named(
    server: AppFactory, operation: str, check: str, said: str
) -> None:
    record = run_against(server).drift_record(check, operation, said)

    assert "Came back:" in record.expected


def test_a_correct_server_raises_no_semantic_failure() -> None:
    run = run_against(None)

    assert run.code == 0, "\n".join(run.failure_headers())
    assert not [r for r in run.result.results.failures if r.check in SEMANTIC]


def test_extra_fields_and_unknown_values_raise_no_semantic_failure() -> None:
    run = run_against(answers_tolerantly)

    semantic = [r for r in run.result.results.failures if r.check in SEMANTIC]
    assert semantic == [], semantic
    assert run.code == 0, "\n".join(run.failure_headers())
