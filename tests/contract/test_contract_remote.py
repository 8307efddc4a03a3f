"""The staging path, end to end, against servers in other processes treated as remote ones."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.mock.settings import MockSettings

from .helpers import (
    API_KEY,
    GATEWAY,
    SECRET,
    SMALL,
    answers_undocumented_status,
    create_rule,
    list_rules,
    mock_process,
    read,
    remote_environ,
    run_contract,
    serving,
)


@pytest.mark.slow
def test_a_remote_run_cleans_up_and_never_touches_rules_it_did_not_create(tmp_path: Path) -> None:
    junit = tmp_path / "contract.xml"
    with mock_process() as url:
        foreign = create_rule(url, name="Support line (not the suite's)")
        run = run_contract(
            "--api",
            "seed",
            "--seed",
            "3",
            "--no-progress",
            "--junit",
            str(junit),
            *SMALL,
            environ=remote_environ(url),
        )
        left = list_rules(url)

    assert run.code == 0, run.out
    assert left == [foreign], "cleanup leaves the account as it found it, and only that"
    outcome = run.result
    assert outcome.cleanup is not None
    assert outcome.cleanup.tracked > 0
    assert outcome.cleanup.leftovers == ()
    assert outcome.cleanup.spared == ()
    checks = outcome.results.by_check()
    # One identity: the check that needs a second one is left out, and says how to add one.
    reason = outcome.results.not_applicable["object_level_authorization"]
    assert reason.startswith("not applicable (needs two identities")
    assert "VIDEOSDK_PEER_API_KEY" in reason
    assert "object_level_authorization" not in checks
    assert f'<skipped message="{reason}"' in read(junit)
    # An outbound gateway lets rules share numbers: the 409 step cannot run, and says so.
    assert "client_number_conflict" in outcome.results.not_applicable
    assert "client_number_conflict" not in checks
    for text in (run.out, run.err, read(junit)):
        assert SECRET not in text
        assert "eyJ" not in text


@pytest.mark.slow
def test_a_failing_remote_run_redacts_the_token_in_reproductions_and_junit(tmp_path: Path) -> None:
    token = mint_token(API_KEY, SECRET)
    junit = tmp_path / "contract.xml"
    settings = MockSettings(credentials={API_KEY: SECRET})
    with serving(answers_undocumented_status(settings)) as url:
        environ = {"VIDEOSDK_TOKEN": token, "VIDEOSDK_GATEWAY_ID": GATEWAY}
        run = run_contract(
            "--api",
            "seed",
            "--base-url",
            url,
            "--seed",
            "5",
            "--junit",
            str(junit),
            *SMALL,
            environ=environ,
        )

    assert run.code == 1
    assert run.names("POST /v2/sip/routing-rules", "status_code_conformance")
    assert "-H 'Authorization: [REDACTED]'" in run.out
    document = read(junit)
    assert "Authorization: [REDACTED]" in document
    for text in (run.out, run.err, document):
        assert token not in text
        assert token.split(".")[2] not in text, "not even the signature"


def test_production_is_refused_before_anything_is_sent() -> None:
    environ = remote_environ("https://api.videosdk.live")
    run = run_contract("--api", "seed", environ=environ)

    assert run.code == 2
    assert "api.videosdk.live" in run.err
    assert "--allow-production" in run.err
    assert run.out == ""


def test_a_missing_gateway_stops_before_anything_is_sent() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        environ = {
            key: value for key, value in remote_environ(url).items() if key != "VIDEOSDK_GATEWAY_ID"
        }
        run = run_contract("--api", "seed", environ=environ)
        with pytest.raises(BlockingIOError):
            listener.accept()

    assert run.code == 2
    assert "VIDEOSDK_GATEWAY_ID is not set" in run.err
    assert "nothing was sent" in run.err
    assert run.out == ""
