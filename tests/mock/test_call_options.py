"""`videosdk-sip mock` options for calls and deliveries: read into the settings, shown in the
banner, and refused with a message naming the option and the rule."""

from __future__ import annotations

import argparse

import pytest

from videosdk_sip.cli import build_parser
from videosdk_sip.mock.command import _settings, banner


def parse(*arguments: str) -> argparse.Namespace:
    return build_parser().parse_args(["mock", *arguments])


def test_call_and_delivery_options_reach_the_settings_and_the_banner() -> None:
    args = parse(
        "--call-schedule",
        "seeded:42",
        "--call-outcome",
        "+14155550001=not-answered",
        "--call-outcome",
        "sip:desk@pbx.test=rejected",
        "--delivery-timeout",
        "0.5",
        "--delivery-attempts",
        "5",
        "--delivery-hosts",
        "hooks.test,127.0.0.1",
    )
    settings = _settings(args)
    assert settings.calls.seed == 42
    assert dict(settings.calls.outcomes) == {
        "+14155550001": "not-answered",
        "sip:desk@pbx.test": "rejected",
    }
    assert settings.delivery.timeout == 0.5
    assert settings.delivery.attempts == 5
    assert settings.delivery.hosts == frozenset({"hooks.test", "127.0.0.1"})
    shown = banner("http://127.0.0.1:8000", settings, from_arguments=False)
    assert "seeded:42; outcomes +14155550001=not-answered" in shown
    assert "to 127.0.0.1, hooks.test (5 attempts, 0.5 s each)" in shown
    assert "/_mock/deliveries" in shown


def test_the_defaults_are_instant_calls_and_three_attempts() -> None:
    settings = _settings(parse())
    assert settings.calls.instant
    assert dict(settings.calls.outcomes) == {}
    assert settings.delivery.attempts == 3
    assert settings.delivery.hosts == frozenset({"127.0.0.1", "::1", "localhost"})
    assert _settings(parse("--delivery-hosts", "any")).delivery.hosts is None


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--call-schedule", "slow"], "argument --call-schedule: 'slow': must be 'instant'"),
        (["--call-schedule", "seeded:-1"], "argument --call-schedule: 'seeded:-1'"),
        (["--call-outcome", "+1415=busy"], "argument --call-outcome: '+1415=busy': the outcome"),
        (["--call-outcome", "4155=answered"], "'4155': must be an E.164 number"),
        (["--call-outcome", "+14155550001"], "expected DESTINATION=OUTCOME"),
        (["--delivery-timeout", "0"], "argument --delivery-timeout: must be a number of seconds"),
        (["--delivery-attempts", "11"], "argument --delivery-attempts: must be a whole number"),
        (["--delivery-hosts", "a b"], "argument --delivery-hosts: must be host names"),
    ],
)
def test_bad_values_exit_2_naming_the_option(
    arguments: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse(*arguments)
    assert exit_.value.code == 2
    assert words in capsys.readouterr().err


def test_a_destination_given_twice_is_refused() -> None:
    args = parse("--call-outcome", "+14155550001=failed", "--call-outcome", "+14155550001=hangup")
    with pytest.raises(ValueError, match="'\\+14155550001' is given more than once"):
        _settings(args)
