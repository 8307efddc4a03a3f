"""`scripts/test --fast`: pytest alone, without the slow and lint tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_fast_runs_only_pytest_without_slow_or_lint_tests() -> None:
    result = subprocess.run(
        [
            ROOT / "scripts" / "test",
            "--fast",
            "--collect-only",
            "-q",
            "tests/kit",
            "tests/test_openapi_lint.py",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "== ruff" not in result.stdout
    assert "== mypy" not in result.stdout
    assert "== pytest (fast" in result.stdout
    collected = result.stdout
    assert "tests/kit/test_extras.py::test_token_needs_no_extra" in collected
    assert "test_minimal_project.py" not in collected  # slow
    assert "test_a_headless_browser_renders" not in collected  # slow
    assert "test_openapi_lint.py" not in collected  # lint
