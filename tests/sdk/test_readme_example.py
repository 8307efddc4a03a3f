"""The README's client example runs as written, against a mock on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .helpers import API_KEY, SECRET, mock_url

README = Path(__file__).resolve().parents[2] / "README.md"


def _client_example() -> str:
    section = README.read_text().split("## The client\n", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the README's client section has no python example"
    return found.group(1)


def test_the_example_uses_the_resource_client() -> None:
    example = _client_example()
    assert "client.sip.routing_rules" in example
    assert "from videosdk_sip_client.api" not in example


def test_the_readme_client_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with mock_url() as url:
        monkeypatch.setenv("VIDEOSDK_API_KEY", API_KEY)
        monkeypatch.setenv("VIDEOSDK_SECRET", SECRET)
        monkeypatch.setenv("VIDEOSDK_BASE_URL", url)
        exec(compile(_client_example(), str(README), "exec"), {"__name__": "readme_example"})  # noqa: S102
    printed = capsys.readouterr().out.splitlines()
    assert any(line.endswith(" Front desk") for line in printed)
    assert printed[-1] == "200 Front desk"
