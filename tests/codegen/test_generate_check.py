"""scripts/generate: --check names every stale file and changes nothing; a run repairs them.

Each test works on a copy of the committed client in a temporary folder, never on
generated/ itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "scripts" / "codegen" / "generate.py"
COMMITTED = ROOT / "generated" / "videosdk-sip-client"
PACKAGE = "videosdk_sip_client"


def _generate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _digest(tree: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(tree.rglob("*")):
        relative = path.relative_to(tree)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts[:-1]):
            if "__pycache__" in relative.parts or ".egg-info" in str(relative):
                continue
            digest.update(str(relative).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "videosdk-sip-client"
    shutil.copytree(
        COMMITTED,
        target,
        ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", ".pdm-build", "*.egg-info"),
    )
    return target


def test_check_passes_on_a_current_copy(copy: Path) -> None:
    result = _generate("--check", "--target", copy)
    assert result.returncode == 0, result.stderr
    assert "is current" in result.stdout


def test_check_names_changed_missing_and_extra_files_and_changes_nothing(copy: Path) -> None:
    changed = copy / PACKAGE / "models" / "routing_rule.py"
    changed.write_text(changed.read_text() + "\n# edited by hand\n")
    missing = copy / PACKAGE / "retries.py"
    missing.unlink()
    extra = copy / PACKAGE / "api" / "routing_rules" / "stray.py"
    extra.write_text("x = 1\n")
    committed_before = _digest(COMMITTED)
    copy_before = _digest(copy)

    result = _generate("--check", "--target", copy)

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "is stale; run scripts/generate" in lines[0]
    assert f"  changed  {PACKAGE}/models/routing_rule.py" in lines
    assert f"  missing  {PACKAGE}/retries.py" in lines
    assert f"  extra    {PACKAGE}/api/routing_rules/stray.py" in lines
    assert len(lines) == 4
    assert _digest(copy) == copy_before
    assert _digest(COMMITTED) == committed_before


def test_a_run_repairs_a_stale_copy(copy: Path) -> None:
    template_output = copy / PACKAGE / "client.py"
    template_output.write_text("broken = True\n")
    (copy / PACKAGE / "tokens.py").unlink()
    (copy / "notes.txt").write_text("stray")

    written = _generate("--target", copy)
    checked = _generate("--check", "--target", copy)

    assert written.returncode == 0, written.stderr
    assert "3 file(s) written or removed" in written.stdout
    assert checked.returncode == 0, checked.stderr
    assert _digest(copy) == _digest(COMMITTED)


def _generate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("codegen_generate", GENERATE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_overlay_module_may_not_replace_a_generated_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate = _generate_module()
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "client.py").write_text("x = 1\n")
    package = tmp_path / "out" / PACKAGE
    package.mkdir(parents=True)
    (package / "client.py").write_text("generated = True\n")
    monkeypatch.setattr(generate, "OVERLAY", overlay)

    with pytest.raises(SystemExit, match=r"overlay module client\.py would replace"):
        generate._add_overlay(tmp_path / "out")

    assert (package / "client.py").read_text() == "generated = True\n"


def test_the_overlay_is_in_the_package_byte_for_byte() -> None:
    overlay = sorted((ROOT / "src" / "client_overlay").glob("*.py"))
    assert {path.name for path in overlay} >= {
        "exceptions.py",
        "factory.py",
        "paging.py",
        "responses.py",
        "retries.py",
        "tokens.py",
    }
    for source in overlay:
        assert (COMMITTED / PACKAGE / source.name).read_bytes() == source.read_bytes()


def test_the_generator_and_its_formatter_are_pinned() -> None:
    pins = (ROOT / "scripts" / "constraints.txt").read_text().splitlines()
    assert "openapi-python-client==0.29.1" in pins
    assert any(line.startswith("ruff==") for line in pins)
    assert any(line.startswith("httpx-retries==") for line in pins)
