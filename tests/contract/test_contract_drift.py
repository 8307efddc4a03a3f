"""The suite catches drift: against each deliberately broken mock it fails, naming what broke.

A suite that passes against one of these servers is a failing test.
"""

from __future__ import annotations

from functools import cache

import pytest

from videosdk_sip.contract.embedded import AppFactory
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import (
    SMALL,
    Run,
    answers_undocumented_status,
    drops_required_field,
    fails_on_large_pages,
    ignores_auth,
    keeps_deleted_rules,
    run_contract,
    shares_inbound_numbers,
    shares_rules_between_keys,
)

CREATE = "POST /v2/sip/routing-rules"
LIST = "GET /v2/sip/routing-rules"
GET = "GET /v2/sip/routing-rules/{ruleId}"
DELETE = "DELETE /v2/sip/routing-rules/{ruleId}"

pytestmark = pytest.mark.slow


@cache
def run_against(broken: AppFactory) -> Run:
    """One small run per broken server, shared by the tests that read its report."""
    return run_contract("--in-process", "--seed", "7", "--no-progress", *SMALL, app_factory=broken)


@pytest.mark.parametrize(
    ("broken", "operation", "check"),
    [
        pytest.param(drops_required_field, GET, "response_schema_conformance", id="missing-field"),
        pytest.param(
            drops_required_field, CREATE, "client_model_roundtrip", id="missing-field-client"
        ),
        pytest.param(
            answers_undocumented_status, CREATE, "status_code_conformance", id="undocumented-status"
        ),
        pytest.param(fails_on_large_pages, LIST, "not_a_server_error", id="server-error"),
        pytest.param(keeps_deleted_rules, DELETE, "client_lifecycle", id="survives-delete"),
        pytest.param(ignores_auth, GET, "ignored_auth", id="auth-not-enforced"),
        pytest.param(
            shares_rules_between_keys, GET, "object_level_authorization", id="keys-share-rules"
        ),
        pytest.param(
            shares_inbound_numbers, CREATE, "client_number_conflict", id="inbound-number-shared"
        ),
    ],
)
def test_a_broken_server_fails_the_run_and_is_named(
    broken: AppFactory, operation: str, check: str
) -> None:
    run = run_against(broken)

    assert run.code == 1, run.out
    assert run.names(operation, check), "\n".join(run.failure_headers())
    assert run.result.failed


def test_rules_that_survive_their_delete_are_reported_by_id() -> None:
    run = run_against(keeps_deleted_rules)

    assert run.code == 1
    cleanup = run.result.cleanup
    assert cleanup is not None
    assert cleanup.leftovers, run.out
    assert all(rule_id.startswith("rule_") for rule_id in cleanup.leftovers)
    assert set(cleanup.leftovers) <= set(cleanup.deleted), "each was answered as deleted"


def test_a_duplicate_inbound_number_let_through_is_cleaned_up() -> None:
    run = run_against(shares_inbound_numbers)

    assert run.code == 1
    titles = [record.title for record in run.failures("client_number_conflict")]
    assert "A number already routed on an inbound gateway was accepted again" in titles
    cleanup = run.result.cleanup
    assert cleanup is not None
    assert cleanup.leftovers == ()


def test_a_seed_replays_the_same_run() -> None:
    first = run_against(fails_on_large_pages)
    again = run_contract(
        "--in-process", "--seed", "7", "--no-progress", *SMALL, app_factory=fails_on_large_pages
    )

    def tables(run: Run) -> object:
        """The counts per operation and per check, and the failures' headers."""
        results = run.result.results
        return results.by_operation(), results.by_check(), run.failure_headers()

    assert first.result.seed == again.result.seed == 7
    assert tables(again) == tables(first)


def refuses_every_token(settings: MockSettings) -> object:
    """The mock, knowing another API key: every request of the run answers 401."""
    return create_app(MockSettings(credentials={"another-key": "another-secret-0123456789-abcdef"}))


def test_a_run_that_never_gets_past_authentication_fails() -> None:
    run = run_contract(
        "--in-process", "--seed", "7", "--no-progress", *SMALL, app_factory=refuses_every_token
    )

    assert run.code == 1
    errors = run.result.results.errors
    create = [error for error in errors if error.startswith("POST /v2/sip/routing-rules: never")]
    assert create, errors
    assert "x 401" in create[0]
