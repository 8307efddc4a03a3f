"""What a run prints while it goes, and how its options reach schemathesis."""

from __future__ import annotations

import io

import pytest

from videosdk_sip.contract.embedded import example_numbers
from videosdk_sip.contract.engine_config import _config
from videosdk_sip.contract.options import SuiteOptions
from videosdk_sip.contract.report import ConsoleProgress
from videosdk_sip.mock.settings import MockSettings

from .helpers import (
    API_KEY,
    SECRET,
    SMALL,
    WithForeignRules,
    contract_args,
    remote_environ,
    run_contract,
    serving,
)


def test_progress_redraws_one_line_on_a_terminal() -> None:
    stream = io.StringIO()
    progress = ConsoleProgress(stream, interactive=True)
    progress.phase("fuzzing")
    progress.operation("POST /v2/sip/routing-rules")
    progress.request()
    progress.failure()
    progress.close()
    text = stream.getvalue()
    assert "\n" not in text
    assert "fuzzing POST /v2/sip/routing-rules | 1 requests | 1 failures" in text
    assert text.endswith("\r")


def test_progress_prints_a_line_per_phase_elsewhere() -> None:
    stream = io.StringIO()
    progress = ConsoleProgress(stream, interactive=False)
    progress.phase("examples")
    progress.phase("coverage")
    progress.request()
    progress.phase("cleanup")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == ["  coverage", "  cleanup"]
    quiet = io.StringIO()
    silent = ConsoleProgress(quiet, interactive=False, quiet=True)
    silent.phase("coverage")
    silent.request()
    silent.close()
    assert quiet.getvalue() == ""


def test_size_and_pace_options_reach_schemathesis() -> None:
    options = SuiteOptions(
        max_examples=7, stateful_examples=3, rate_limit="5/s", max_time=10.0, max_response_time=2.5
    )
    config = _config(options, seed=9, peers=True)
    assert config["seed"] == 9
    assert config["generation"]["max-examples"] == 7
    assert config["generation"]["mode"] == "all"
    assert config["phases"]["stateful"]["generation"]["max-examples"] == 3
    assert config["rate-limit"] == "5/s"
    assert config["max-time"] == 7
    assert config["checks"] == {"enabled": True, "max_response_time": 2.5}
    assert config["output"]["sanitization"]["replacement"] == "[REDACTED]"
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        assert config["phases"][phase]["enabled"]
    alone = _config(options, seed=9, peers=False)
    assert alone["checks"]["object_level_authorization"] == {"enabled": False}
    assert "generation" not in config["phases"]["coverage"]  # both modes, as the run's


def test_a_quick_run_leaves_invalid_boundary_cases_to_fuzzing() -> None:
    quick = _config(SuiteOptions(negative_coverage=False), seed=9, peers=False)
    assert quick["phases"]["coverage"]["generation"] == {"mode": "positive"}
    assert quick["generation"]["mode"] == "all"


@pytest.mark.slow
def test_quick_sizes_the_run_and_keeps_every_check_passing() -> None:
    run = run_contract("--in-process", "--quick", "--seed", "5", "--no-progress")

    assert run.code == 0, run.out
    by_phase = run.result.requests_by_phase()
    assert 0 < by_phase["coverage"] < by_phase["examples"] * 4, by_phase
    assert run.result.results.by_check()["negative_data_rejection"].cases > 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--rate-limit", "fast"], "--rate-limit"),
        (["--max-time", "0"], "--max-time"),
        (["--max-examples", "-1"], "--max-examples"),
    ],
)
def test_bad_options_are_refused_naming_the_option(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        contract_args(*argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.slow
def test_rules_the_run_did_not_create_are_never_changed_or_deleted() -> None:
    # Over HTTP, fuzzing takes rule ids from list answers, which show other users' rules.
    # Many foreign rules: with every served operation's answers to draw ids from, a few
    # would seldom be aimed at in a run this small.
    shared_account = WithForeignRules(
        MockSettings(credentials={API_KEY: SECRET}, phone_numbers=example_numbers()), count=100
    )
    with serving(shared_account) as url:
        # The routing rules alone: the other families' sequences would thin out the ones
        # that reach a foreign rule.
        run = run_contract(
            "--seed",
            "2",
            "--no-progress",
            "--api",
            "seed",
            *SMALL,
            environ=remote_environ(url),
        )

    assert run.code == 0, run.out
    assert shared_account.fenced > 0, "the run never aimed at a rule it did not create"
    assert shared_account.touched == []
