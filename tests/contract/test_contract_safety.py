"""The suite's safety guarantees against servers built to break them (issue 9, items 1-6)."""

from __future__ import annotations

import pytest

from videosdk_sip.contract.auth_probes import AUTH_CHECK
from videosdk_sip.contract.context import OWNERSHIP_CHECK
from videosdk_sip.contract.guard import DEFAULT_MAX_ANSWER_BYTES
from videosdk_sip.mock.settings import MockSettings

from .broken_servers import (
    HUGE,
    AnswersForeignRuleOnCreate,
    RawServer,
    any_signature,
    bearer_prefix,
    expired_tokens,
    huge,
    lenient_auth,
    silent,
    trickling,
)
from .helpers import (
    API_KEY,
    SECRET,
    SMALL,
    remote_environ,
    run_contract,
    serving,
    shares_rules_between_keys,
)

CREATE = "POST /v2/sip/routing-rules"
SLACK = 3.0
"""Seconds a run may end after its budget: writing the report, threads winding down."""

pytestmark = pytest.mark.slow


# 1. Ownership is proved, not assumed --------------------------------------------------------


def test_a_create_answering_someone_elses_rule_is_a_failure_and_that_rule_is_never_touched() -> (
    None
):
    upsert = AnswersForeignRuleOnCreate(MockSettings(credentials={API_KEY: SECRET}))
    with serving(upsert) as url:
        run = run_contract(
            "--api", "seed", "--seed", "7", "--no-progress", *SMALL, environ=remote_environ(url)
        )

    claimed = upsert.foreign[0]
    failures = run.failures(OWNERSHIP_CHECK, CREATE)
    assert failures, "the foreign create answer was taken as the run's own"
    assert claimed in failures[0].title
    assert run.code == 1
    assert upsert.touched == [], "nothing but reads may reach a rule the run did not create"
    cleanup = run.result.cleanup
    assert cleanup is not None
    assert claimed not in cleanup.deleted
    assert cleanup.tracked == 0, "no create answer proved a rule the run's own"


# 2. SIGTERM and SIGHUP get what Ctrl-C gets: see test_contract_signals.py ---------------------

# 3. The time budget is a hard deadline -------------------------------------------------------


def test_a_silent_server_ends_the_run_within_its_budget_and_is_named_silent() -> None:
    with RawServer(silent).running() as server:
        run = run_contract(
            "--api",
            "seed",
            "--no-progress",
            "--seed",
            "1",
            "--max-time",
            "10",
            *SMALL,
            environ=remote_environ(server.url),
        )

    assert run.elapsed < 10 + SLACK, f"took {run.elapsed:.1f} s"
    assert run.code == 1
    results = run.result.results
    assert any("answer within" in error for error in results.errors), results.errors
    assert not any("check the credentials" in error for error in results.errors)
    assert results.stopped_early is not None


def test_without_a_budget_a_silent_server_stops_the_run_after_one_request_timeout() -> None:
    with RawServer(silent).running() as server:
        run = run_contract(
            "--api",
            "seed",
            "--no-progress",
            "--seed",
            "1",
            "--request-timeout",
            "2",
            *SMALL,
            environ=remote_environ(server.url),
        )

    # One timeout in the engine, at most one in cleanup, and the threads winding down.
    assert run.elapsed < 2 * 2 + SLACK, f"took {run.elapsed:.1f} s"
    assert run.code == 1
    errors = run.result.results.errors
    assert any("answer within 2 s" in error for error in errors), errors


def test_an_answer_trickled_a_byte_at_a_time_is_cut_off_at_the_request_timeout() -> None:
    with RawServer(trickling).running() as server:
        run = run_contract(
            "--api",
            "seed",
            "--no-progress",
            "--seed",
            "1",
            "--request-timeout",
            "2",
            "--max-time",
            "15",
            *SMALL,
            environ=remote_environ(server.url),
        )

    assert run.elapsed < 15 + SLACK, f"took {run.elapsed:.1f} s"
    assert run.code == 1
    errors = run.result.results.errors
    assert any("not complete within 2 s" in error for error in errors), errors


# 4. Huge answers are not read whole ----------------------------------------------------------


def test_a_huge_answer_is_a_failure_and_is_not_read_whole() -> None:
    with RawServer(huge).running() as server:
        run = run_contract(
            "--api",
            "seed",
            "--no-progress",
            "--seed",
            "1",
            "--max-time",
            "15",
            *SMALL,
            environ=remote_environ(server.url),
        )

    assert run.code == 1
    errors = run.result.results.errors
    assert any(f"larger than {DEFAULT_MAX_ANSWER_BYTES:,} bytes" in error for error in errors)
    # What went out before the suite hung up: the cap plus what socket buffers hold.
    assert 0 < server.largest_sent < HUGE / 2, server.largest_sent


# 5. Bad tokens, not only missing ones --------------------------------------------------------


@pytest.mark.parametrize(
    ("accepts", "kinds"),
    [
        (
            any_signature,
            {"a signature that is not the secret's", "`alg: none` and no signature"},
        ),
        (bearer_prefix, {"a `Bearer ` prefix on a valid token"}),
        (expired_tokens, {"an expired token"}),
    ],
    ids=["any-signature", "bearer", "expired"],
)
def test_a_server_accepting_a_bad_token_fails_bad_token_refusal(
    accepts: object, kinds: set[str]
) -> None:
    run = run_contract(
        "--api",
        "seed",
        "--in-process",
        "--no-progress",
        "--seed",
        "3",
        "--max-examples",
        "2",
        "--stateful-examples",
        "1",
        "--client-examples",
        "1",
        app_factory=lenient_auth(accepts),  # type: ignore[arg-type]
    )

    failures = run.failures(AUTH_CHECK)
    named = {kind for kind in kinds for record in failures if kind in record.title}
    assert named == kinds, [record.title for record in failures]
    operations = {record.operation for record in failures}
    assert len(operations) == 5, "every operation is probed"
    assert run.code == 1


def test_a_correct_server_refuses_every_bad_token() -> None:
    run = run_contract(
        "--api",
        "seed",
        "--in-process",
        "--no-progress",
        "--seed",
        "3",
        "--max-examples",
        "2",
        "--stateful-examples",
        "1",
        "--client-examples",
        "1",
    )
    assert run.code == 0, run.out
    # Six kinds of token to each of five operations.
    assert run.result.results.by_check()[AUTH_CHECK].cases == 30


# 6. A second identity against a URL ----------------------------------------------------------

PEER_KEY = "contract-test-peer-key"
PEER_SECRET = "contract-test-peer-secret-0123456789-abcdef"


def test_a_peer_key_pair_turns_on_object_level_authorization_against_a_url() -> None:
    settings = MockSettings(credentials={API_KEY: SECRET, PEER_KEY: PEER_SECRET})
    environ = {"VIDEOSDK_PEER_API_KEY": PEER_KEY, "VIDEOSDK_PEER_SECRET": PEER_SECRET}
    with serving(shares_rules_between_keys(settings)) as url:
        run = run_contract(
            "--api",
            "seed",
            "--seed",
            "2",
            "--no-progress",
            *SMALL,
            environ=remote_environ(url, **environ),
        )

    assert run.failures("object_level_authorization"), run.out
    assert "object_level_authorization" not in run.result.results.not_applicable
    assert run.code == 1
