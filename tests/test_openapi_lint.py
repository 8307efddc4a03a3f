"""openapi.yaml passes Redocly's recommended rules and Spectral's spectral:oas ruleset with no
errors and no warnings. Both run through npx at pinned versions."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from videosdk_sip import SPEC_PATH

ROOT = Path(__file__).resolve().parents[1]
REDOCLY = "@redocly/cli@2.77.0"
SPECTRAL = "@stoplight/spectral-cli@6.16.3"

pytestmark = [
    pytest.mark.lint,
    pytest.mark.skipif(shutil.which("npx") is None, reason="npx (Node.js) is not installed"),
]


def _npx(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    }
    return subprocess.run(
        ["npx", "--yes", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_redocly_recommended_reports_nothing() -> None:
    result = _npx(REDOCLY, "lint", "--format", "stylish", "--max-problems", "100", str(SPEC_PATH))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower().replace("deprecation warning", ""), output


def test_spectral_oas_reports_nothing(tmp_path: Path) -> None:
    ruleset = tmp_path / ".spectral.yaml"
    ruleset.write_text('extends: ["spectral:oas"]\n')
    result = _npx(
        SPECTRAL, "lint", "--ruleset", str(ruleset), "--fail-severity", "hint", str(SPEC_PATH)
    )
    assert result.returncode == 0, result.stdout + result.stderr
