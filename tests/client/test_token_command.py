"""`videosdk-sip token`: prints only a token, from arguments, the environment or the dev pair."""

from __future__ import annotations

import argparse
from typing import Any

import jwt
import pytest

from videosdk_sip import token_command
from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET

from .helpers import API_KEY, SECRET


def _run(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, **env: str
) -> tuple[int, str, str]:
    for name in ("VIDEOSDK_API_KEY", "VIDEOSDK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    parser = argparse.ArgumentParser(prog="videosdk-sip token")
    token_command.add_arguments(parser)
    code = token_command.run(parser.parse_args(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _claims(token: str, secret: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(token, secret, algorithms=["HS256"])
    return claims


def test_prints_only_a_token_for_the_given_key_and_secret(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = _run(["--api-key", API_KEY, "--secret", SECRET], capsys, monkeypatch)

    assert code == 0
    assert err == ""
    assert out.endswith("\n")
    assert out.count("\n") == 1
    claims = _claims(out.strip(), SECRET)
    assert claims["apikey"] == API_KEY
    assert claims["roles"] == ["crawler"]
    assert claims["permissions"] == ["allow_join"]
    assert claims["version"] == 2
    assert claims["exp"] - claims["iat"] == 2 * 3600


def test_reads_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run([], capsys, monkeypatch, VIDEOSDK_API_KEY="env-key", VIDEOSDK_SECRET=SECRET)

    assert code == 0
    assert _claims(out.strip(), SECRET)["apikey"] == "env-key"


def test_falls_back_to_the_development_pair(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run([], capsys, monkeypatch)

    assert code == 0
    assert _claims(out.strip(), DEV_SECRET)["apikey"] == DEV_API_KEY


@pytest.mark.parametrize(
    ("lifetime", "seconds"), [("90", 90), ("90s", 90), ("15m", 900), ("3h", 10800), ("1d", 86400)]
)
def test_lifetime_is_configurable(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lifetime: str,
    seconds: int,
) -> None:
    code, out, _ = _run(["--lifetime", lifetime], capsys, monkeypatch)

    claims = _claims(out.strip(), DEV_SECRET)
    assert code == 0
    assert claims["exp"] - claims["iat"] == seconds


def test_claims_can_be_chosen(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["--permission", "allow_join", "--permission", "allow_mod", "--role", "rtc"]
    code, out, _ = _run(argv, capsys, monkeypatch)

    claims = _claims(out.strip(), DEV_SECRET)
    assert code == 0
    assert claims["permissions"] == ["allow_join", "allow_mod"]
    assert claims["roles"] == ["rtc"]


@pytest.mark.parametrize("lifetime", ["0", "5y", "-1h", "31d", "soon"])
def test_a_bad_lifetime_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lifetime: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        _run(["--lifetime", lifetime], capsys, monkeypatch)

    assert caught.value.code == 2
    assert "--lifetime" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        (["--api-key", API_KEY], {}, "--secret is missing"),
        (["--secret", SECRET], {}, "--api-key is missing"),
        ([], {"VIDEOSDK_SECRET": SECRET}, "VIDEOSDK_SECRET is set but VIDEOSDK_API_KEY is not"),
        (["--api-key", "", "--secret", SECRET], {}, "api_key: must not be empty"),
    ],
)
def test_half_a_credential_pair_is_refused_without_showing_the_secret(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    env: dict[str, str],
    message: str,
) -> None:
    code, out, err = _run(argv, capsys, monkeypatch, **env)

    assert code == 2
    assert out == ""
    assert message in err
    assert SECRET not in err
