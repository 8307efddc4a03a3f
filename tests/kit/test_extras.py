"""The kit's extras: what each one pulls in, and a clear refusal when a command's is missing."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from videosdk_sip.cli import main

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def _project() -> dict[str, object]:
    project: dict[str, object] = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return project


def _names(requirements: object) -> set[str]:
    assert isinstance(requirements, list)
    return {
        str(item).split(";")[0].split("[")[0].split("=")[0].split(">")[0] for item in requirements
    }


def test_the_mock_extra_leaves_out_the_contract_suite() -> None:
    extras = _project()["optional-dependencies"]
    assert isinstance(extras, dict)
    assert _names(_project()["dependencies"]) == {"videosdk-sip-client"}
    assert {"schemathesis", "hypothesis"}.isdisjoint(_names(extras["mock"]))
    assert {"uvicorn", "jsonschema-rs", "pyyaml"} <= _names(extras["mock"])
    assert "videosdk-sip[mock]" in extras["contract"]
    assert {"schemathesis", "hypothesis"} <= _names(extras["contract"])
    assert "videosdk-sip[contract]" in extras["test"]


def test_the_plugin_is_registered_for_pytest() -> None:
    entry_points = _project()["entry-points"]
    assert entry_points == {"pytest11": {"videosdk_sip": "videosdk_sip.testing"}}


@pytest.mark.parametrize(
    ("command", "extra", "module"),
    [
        (["contract", "--no-progress"], "contract", "schemathesis"),
        (["mock", "--gateways", "/nonexistent.yaml"], "mock", "uvicorn"),
    ],
)
def test_a_command_without_its_extra_names_the_extra(
    command: list[str],
    extra: str,
    module: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Arguments that fail fast if the check were missing, rather than start a server.
    monkeypatch.setitem(sys.modules, module, None)
    assert main(command) == 2
    output = capsys.readouterr()
    assert output.out == ""
    assert output.err == (
        f"videosdk-sip {command[0]}: error: videosdk-sip {command[0]} needs the {extra} extra: "
        f"pip install 'videosdk-sip[{extra}]' (not installed: {module})\n"
    )


def test_token_needs_no_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for module in ("uvicorn", "yaml", "schemathesis", "hypothesis"):
        monkeypatch.setitem(sys.modules, module, None)
    monkeypatch.delenv("VIDEOSDK_API_KEY", raising=False)
    monkeypatch.delenv("VIDEOSDK_SECRET", raising=False)
    assert main(["token"]) == 0
    assert capsys.readouterr().out.count(".") == 2  # one JWT
