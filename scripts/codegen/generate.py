"""Regenerate generated/videosdk-sip-client from openapi.yaml, or check that it is current.

The generator (run in this process by sdk_project.py, with the resource layer) writes into a
scratch folder; the hand-written overlay modules and scripts/codegen/runtime are copied in
beside the generated ones; then the scratch tree is compared with, or written over, the
committed one. Files are replaced one at a time with os.replace, so an interrupted run never
leaves a half-written file.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

# The sibling modules are plain files beside this script, which runs without a package.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sdk_project import build_project
from sdk_resources import ResourceNameError

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
CODEGEN = ROOT / "scripts" / "codegen"
OVERLAY = ROOT / "src" / "client_overlay"
RUNTIME = CODEGEN / "runtime"
PROJECT_NAME = "videosdk-sip-client"
PACKAGE_NAME = "videosdk_sip_client"
TARGET = ROOT / "generated" / PROJECT_NAME

# Left in the target by installs and tools; never part of the generated output.
IGNORED_NAMES = frozenset(
    {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", "build", "dist", ".pdm-build"}
)


def _ignored(relative: Path) -> bool:
    return any(part in IGNORED_NAMES or part.endswith(".egg-info") for part in relative.parts)


def _files(tree: Path) -> set[Path]:
    found: set[Path] = set()
    for path in tree.rglob("*"):
        relative = path.relative_to(tree)
        if path.is_file() and not _ignored(relative):
            found.add(relative)
    return found


def _run_generator(output: Path, spec: Path = SPEC) -> None:
    # The post-hooks call ruff by name: make it the pinned one installed beside this Python.
    tools = str(Path(sys.executable).parent)
    path = os.environ.get("PATH", "")
    if not path.startswith(f"{tools}{os.pathsep}"):
        os.environ["PATH"] = f"{tools}{os.pathsep}{path}"
    stray_output = io.StringIO()
    try:
        with contextlib.redirect_stdout(stray_output):
            errors = build_project(spec, output, CODEGEN / "config.yaml", CODEGEN / "templates")
    except ResourceNameError as clash:
        raise SystemExit(f"generate: {clash}") from None
    if errors or not output.is_dir():
        # Warnings fail the run too: a skipped operation would silently vanish from the client.
        for error in errors:
            sys.stderr.write(f"{error.level.value}: {error.header or ''} {error.detail or ''}\n")
        raise SystemExit(f"generate: openapi-python-client failed ({len(errors)} problem(s))")


def _add_overlay(output: Path) -> None:
    package = output / PACKAGE_NAME
    for source in sorted(OVERLAY.glob("*.py")):
        destination = package / source.name
        if destination.exists():
            raise SystemExit(
                f"generate: overlay module {source.name} would replace a generated module; "
                "rename it in src/client_overlay"
            )
        shutil.copyfile(source, destination)


def _add_runtime(output: Path) -> None:
    package = output / PACKAGE_NAME
    for source in sorted(RUNTIME.glob("*.py")):
        destination = package / source.name
        if destination.exists():
            raise SystemExit(
                f"generate: runtime module {source.name} would replace another module; "
                "rename it in scripts/codegen/runtime"
            )
        shutil.copyfile(source, destination)


def build(scratch: Path, spec: Path = SPEC) -> Path:
    output = scratch / PROJECT_NAME
    _run_generator(output, spec)
    _add_overlay(output)
    _add_runtime(output)
    return output


def differences(fresh: Path, committed: Path) -> list[str]:
    fresh_files = _files(fresh)
    committed_files = _files(committed) if committed.is_dir() else set()
    report = [f"missing  {p}" for p in sorted(fresh_files - committed_files)]
    report += [f"extra    {p}" for p in sorted(committed_files - fresh_files)]
    report += [
        f"changed  {p}"
        for p in sorted(fresh_files & committed_files)
        if not filecmp.cmp(fresh / p, committed / p, shallow=False)
    ]
    return report


def write_over(fresh: Path, committed: Path) -> int:
    changed = 0
    fresh_files = _files(fresh)
    for relative in sorted(fresh_files):
        target = committed / relative
        if target.is_file() and filecmp.cmp(fresh / relative, target, shallow=False):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(f".{target.name}.new")
        shutil.copyfile(fresh / relative, staging)
        os.replace(staging, target)
        changed += 1
    for relative in sorted(_files(committed) - fresh_files):
        (committed / relative).unlink()
        changed += 1
    for directory in sorted(committed.rglob("*"), reverse=True):
        relative = directory.relative_to(committed)
        if directory.is_dir() and not _ignored(relative) and not any(directory.iterdir()):
            directory.rmdir()
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/generate",
        description=f"Regenerate generated/{PROJECT_NAME} from openapi.yaml.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 and name the files when generated/ is not what the spec gives",
    )
    parser.add_argument(
        "--target",
        type=Path,
        default=TARGET,
        help=f"the client folder to check or write (default: generated/{PROJECT_NAME})",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=SPEC,
        help="the OpenAPI document to generate from (default: openapi.yaml)",
    )
    args = parser.parse_args(argv)
    target: Path = args.target.resolve()
    shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
    with tempfile.TemporaryDirectory(prefix="videosdk-sip-generate-") as scratch:
        fresh = build(Path(scratch), args.spec.resolve())
        if args.check:
            report = differences(fresh, target)
            if report:
                print(f"{shown} is stale; run scripts/generate:", file=sys.stderr)
                for line in report:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print(f"{shown} is current")
            return 0
        target.mkdir(parents=True, exist_ok=True)
        changed = write_over(fresh, target)
        print(f"{shown}: {changed} file(s) written or removed")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
