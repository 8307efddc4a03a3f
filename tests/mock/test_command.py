"""`videosdk-sip mock`: argument errors, what it prints (never a secret), and a real run."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from videosdk_sip.cli import build_parser
from videosdk_sip.credentials import DEV_API_KEY
from videosdk_sip.mock.command import banner
from videosdk_sip.mock.server import bind
from videosdk_sip.mock.settings import MockSettings, parse_faults

from .helpers import KEY_A, KEY_B, RULES, SECRET_A, SECRET_B, mint


def parse(*arguments: str) -> argparse.Namespace:
    return build_parser().parse_args(["mock", *arguments])


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--port", "http"], "argument --port: must be a port number"),
        (["--port", "70000"], "argument --port: must be a port number"),
        (["--faults", "429=2"], "argument --faults: '429=2': must be a share from 0 to 1"),
        (["--faults", "boom=1"], "argument --faults: 'boom=1': unknown key 'boom'"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--limits", "max-rules=1"], "argument --limits: 'max-rules=1': unknown key"),
        (["--limits", "idle-timeout=0"], "argument --limits: 'idle-timeout=0': must be more"),
    ],
)
def test_argument_errors_exit_2_naming_the_argument(
    arguments: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse(*arguments)
    assert exit_.value.code == 2
    assert words in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--api-key", "k"], "--api-key and --secret come in pairs"),
        (["--secret", SECRET_A], "--api-key and --secret come in pairs"),
        (["--api-key", "k", "--secret", ""], "--secret for API key 'k' is empty"),
        (["--api-key", "", "--secret", SECRET_A], "--api-key #1 is empty"),
        (
            ["--api-key", "k", "--secret", SECRET_A, "--api-key", "k", "--secret", SECRET_B],
            "each key may be given once",
        ),
        (["--gateways", "/nonexistent/gateways.yaml"], "cannot read the gateways file"),
        (
            ["--numbers", "+14155551234,4155550000"],
            "--numbers: phone_numbers[1]: '4155550000' is not an E.164 number",
        ),
    ],
)
def test_setting_errors_exit_2_and_never_show_a_secret(
    arguments: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = parse(*arguments)
    assert args.run(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("videosdk-sip mock: error: ")
    assert words in err
    assert SECRET_A not in err
    assert SECRET_B not in err


def test_half_an_environment_pair_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VIDEOSDK_API_KEY", "key-only")
    monkeypatch.delenv("VIDEOSDK_SECRET", raising=False)
    args = parse()
    assert args.run(args) == 2
    assert "VIDEOSDK_SECRET is not" in capsys.readouterr().err


def test_a_busy_port_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    with bind("127.0.0.1", 0) as taken:
        taken.listen()
        port = taken.getsockname()[1]
        args = parse("--port", str(port), "--api-key", KEY_A, "--secret", SECRET_A)
        assert args.run(args) == 1
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_the_banner_names_keys_and_never_secrets() -> None:
    settings = MockSettings(
        credentials={KEY_A: SECRET_A, KEY_B: SECRET_B},
        faults=parse_faults("seed=7,429=0.1"),
    )
    text = banner("http://127.0.0.1:8000", settings, from_arguments=True)
    assert "http://127.0.0.1:8000/docs" in text
    assert f"{KEY_A}, {KEY_B}" in text
    assert "gateway_in_123456789 (INBOUND)" in text
    assert "seed=7,429=0.1" in text
    assert "max-rules-per-key=10000" in text
    assert "max-connections=256" in text
    assert f"videosdk-sip token --api-key {KEY_A}" in text
    assert SECRET_A not in text
    assert SECRET_B not in text


def test_limits_reach_the_settings() -> None:
    from videosdk_sip.mock.command import _settings

    settings = _settings(parse("--limits", "max-rules-per-key=5,max-connections=9"))
    assert settings.max_rules_per_key == 5
    assert settings.connections.max_connections == 9


def test_the_banner_for_the_development_key() -> None:
    settings = MockSettings(credentials={DEV_API_KEY: "x" * 40})
    text = banner("http://127.0.0.1:8000", settings, from_arguments=False)
    assert "(the development key)" in text
    assert "videosdk-sip token" in text
    assert "faults:         off" in text


def test_the_command_serves_until_interrupted(tmp_path: Path) -> None:
    gateways = tmp_path / "gateways.json"
    gateways.write_text('[{"id": "gw_x", "direction": "OUTBOUND"}]')
    env = {key: value for key, value in os.environ.items() if not key.startswith("VIDEOSDK_")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "videosdk_sip.cli",
            "mock",
            "--port",
            "0",
            "--api-key",
            KEY_A,
            "--secret",
            SECRET_A,
            "--gateways",
            str(gateways),
            "--faults",
            "seed=1,latency=1ms",
            "--numbers",
            "+14155551234, +14155555678",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = ""
        for line in process.stdout:
            first += line
            if "Ctrl+C" in line:
                break
        match = re.search(r"at (http://127\.0\.0\.1:\d+)", first)
        assert match, first
        url = match.group(1)
        deadline = time.monotonic() + 10
        while True:
            try:
                answer = httpx.get(url + RULES, headers={"Authorization": mint()}, timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert answer.status_code == 200
        body = {
            "gatewayId": "gw_x",
            "name": "n",
            "numbers": ["+14150001111"],
            "dispatch": {"agent": {"type": "cloud", "id": "a"}},
        }
        created = httpx.post(url + RULES, json=body, headers={"Authorization": mint()})
        assert created.json()["type"] == "OUTBOUND"
        registered = httpx.get(
            url + "/v2/sip/phone-numbers", headers={"Authorization": mint()}
        ).json()
        numbers = [item["phoneNumber"]["e164"] for item in registered["data"]]
        assert numbers == ["+14155551234", "+14155555678"]
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
        assert process.returncode == 0
        printed = first + out + err
        assert SECRET_A not in printed
        assert "gw_x (OUTBOUND)" in printed
        assert "latency=1ms" in printed
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
