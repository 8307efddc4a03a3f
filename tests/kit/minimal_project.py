"""A separate, minimal environment holding only the client and `videosdk-sip[mock]` (and
pytest), built from wheels of this repository, for testing the plugin as an app would use it.

The virtual environments are cached (pytest's cache directory) and made again only when the
dependency inputs change; the two wheels are rebuilt and reinstalled on every run, without
build isolation or the package index, so a warm run needs no network.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
CLIENT = ROOT / "generated" / "videosdk-sip-client"
CONSTRAINTS = ROOT / "scripts" / "constraints.txt"
_INPUTS = (ROOT / "pyproject.toml", CLIENT / "pyproject.toml", CONSTRAINTS)
_PIP = ("-m", "pip", "--disable-pip-version-check", "--no-input", "-q")
_TIMEOUT = 300.0


def _run(*command: str | Path, cwd: Path | None = None) -> None:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=_TIMEOUT,
        check=False,
        cwd=cwd,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, command))} exited {result.returncode}:\n{result.stderr[-3000:]}"
        )


def _stamp() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for path in _INPUTS:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _venv(directory: Path, *requirements: str | Path) -> Path:
    """A virtual environment at `directory` holding `requirements`; its python."""
    shutil.rmtree(directory, ignore_errors=True)
    _run(sys.executable, "-m", "venv", directory)
    python = directory / "bin" / "python"
    if requirements:
        _run(python, *_PIP, "install", "-c", CONSTRAINTS, *requirements)
    return python


def _wheels(build_python: Path, directory: Path) -> tuple[Path, Path]:
    """Fresh wheels of the client and the kit: `(client, kit)`."""
    shutil.rmtree(directory, ignore_errors=True)
    _run(
        build_python, *_PIP, "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "-w", directory, CLIENT, ROOT,
    )  # fmt: skip
    return (
        next(directory.glob("videosdk_sip_client-*.whl")),
        next(directory.glob("videosdk_sip-*.whl")),
    )


def minimal_environment(cache: Path) -> Path:
    """The python of an environment with only the client, `videosdk-sip[mock]` and pytest,
    installed from wheels of the current sources."""
    stamp_file = cache / "stamp"
    build = cache / "build" / "bin" / "python"
    app = cache / "app" / "bin" / "python"
    fresh = (
        not (stamp_file.is_file() and stamp_file.read_text() == _stamp() and build.exists())
        or not app.exists()
    )
    if fresh:
        stamp_file.unlink(missing_ok=True)
        build = _venv(cache / "build", "setuptools", "pdm-backend")
    client, kit = _wheels(build, cache / "wheels")
    if fresh:
        app = _venv(cache / "app", client, f"videosdk-sip[mock] @ {kit.as_uri()}", "pytest")
        stamp_file.write_text(_stamp())
    else:
        _run(app, *_PIP, "install", "--no-deps", "--no-index", "--force-reinstall", client, kit)
    return app
