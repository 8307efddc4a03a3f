"""The plugin's failures: a clear message for a missing extra or a bad marker, and a pytest
that still starts when the mock's dependencies are not installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from videosdk_sip.extras import EXTRA_MODULES

_USES_THE_FIXTURE = """
def test_uses_the_mock(videosdk_mock):
    assert videosdk_mock.url
"""


def _pytest(directory: Path, *arguments: str, prelude: str = "", autoload: bool = True) -> str:
    """Runs pytest on `directory` in a new interpreter; returns its output."""
    environment = dict(os.environ, COLUMNS="1000")  # summary lines in full
    if not autoload:
        environment["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    script = f"{prelude}\nimport pytest, sys\nsys.exit(pytest.main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", script, str(directory), "-q", "-p", "no:cacheprovider", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=directory,
        env=environment,
    )
    return result.stdout + result.stderr


@pytest.mark.slow
def test_without_the_mock_extra_pytest_starts_and_the_fixture_names_it(tmp_path: Path) -> None:
    (tmp_path / "test_app.py").write_text(_USES_THE_FIXTURE)
    absent = ("uvicorn", "yaml", "jsonschema_rs", "orjson", "httptools")
    block = "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in absent)
    # Only this plugin, as if the environment held nothing else that needs those modules.
    output = _pytest(tmp_path, "-rE", "-p", "videosdk_sip.testing", prelude=block, autoload=False)
    assert "1 error" in output, output
    assert "the videosdk_mock fixture needs the mock extra" in output
    assert "pip install 'videosdk-sip[mock]'" in output
    assert "not installed: yaml, jsonschema_rs, orjson, uvicorn, httptools" in output


@pytest.mark.slow
def test_a_bad_marker_names_the_argument_and_the_rule(tmp_path: Path) -> None:
    (tmp_path / "test_app.py").write_text(
        """
import pytest

@pytest.mark.videosdk_mock(fault="503=1")
def test_misspelt(videosdk_mock):
    pass

@pytest.mark.videosdk_mock(faults="503=2")
def test_bad_share(videosdk_mock):
    pass

@pytest.mark.videosdk_mock(gateways=[{"id": "gw", "direction": "SIDEWAYS"}])
def test_bad_direction(videosdk_mock):
    pass

@pytest.mark.videosdk_mock("503=1")
def test_positional(videosdk_mock):
    pass
"""
    )
    output = _pytest(tmp_path, "-rE")
    assert "4 errors" in output, output
    assert "unknown argument fault; known: credentials, gateways, faults" in output
    assert "@pytest.mark.videosdk_mock: --faults: '503=2'" in output
    assert "gateway direction must be 'INBOUND' or 'OUTBOUND'" in output
    assert "takes keyword arguments only" in output


def test_every_extra_names_modules_that_exist_in_the_full_install() -> None:
    import importlib.util

    for extra, modules in EXTRA_MODULES.items():
        for name in modules:
            assert importlib.util.find_spec(name) is not None, f"[{extra}] lists {name}"
