"""The mock's start-up text suggests a token command that works where the README leaves you."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import httpx
import pytest

from videosdk_sip.invocation import SCRIPT_NAME, shell_command

ROOT = Path(__file__).parents[2]


def _script(directory: Path) -> Path:
    script = directory / "bin" / SCRIPT_NAME
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    return script


def test_the_name_alone_when_path_finds_this_script(tmp_path: Path) -> None:
    script = _script(tmp_path)
    python = str(script.with_name("python"))
    assert shell_command(str(script), python, which=lambda name: str(script)) == SCRIPT_NAME


def test_the_full_path_when_path_does_not_find_it(tmp_path: Path) -> None:
    script = _script(tmp_path / "project dir")
    python = str(script.with_name("python"))
    assert shell_command(str(script), python, which=lambda name: None) == shlex.quote(str(script))
    other = _script(tmp_path / "other")
    assert shell_command(str(script), python, which=lambda name: str(other)) == shlex.quote(
        str(script)
    )


def test_the_script_beside_the_interpreter_when_started_otherwise(tmp_path: Path) -> None:
    script = _script(tmp_path)
    python = str(script.with_name("python"))
    assert shell_command("/usr/bin/pytest", python, which=lambda name: None) == str(script)


def test_python_dash_m_without_any_script(tmp_path: Path) -> None:
    python = str(tmp_path / "python")
    assert shell_command("cli.py", python, which=lambda name: None) == (
        f"{python} -m videosdk_sip.cli"
    )


@pytest.mark.slow
def test_the_printed_token_command_works_after_the_readme_steps(tmp_path: Path) -> None:
    # As after `./scripts/videosdk-sip mock`: .venv/bin is not on PATH.
    path = os.pathsep.join(
        entry for entry in os.environ["PATH"].split(os.pathsep) if ".venv" not in entry
    )
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("VIDEOSDK_")
    }
    environment["PATH"] = path
    server = subprocess.Popen(
        [ROOT / "scripts" / SCRIPT_NAME, "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environment,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(9)]
        url = re.search(r"at (http://\S+)", lines[0])
        hints = (re.search(r"get a token:\s+(.+?)\s{3}\(", line) for line in lines)
        hint = next((found for found in hints if found is not None), None)
        assert url is not None, lines
        assert hint is not None, lines
        # From another directory, in a shell with the same PATH, as a reader would paste it.
        token = subprocess.run(
            ["/bin/sh", "-c", hint.group(1)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=tmp_path,
            env=environment,
        )
        assert token.returncode == 0, f"{hint.group(1)!r}: {token.stderr}"
        answer = httpx.get(
            f"{url.group(1)}/v2/sip/routing-rules",
            headers={"Authorization": token.stdout.strip()},
        )
        assert answer.status_code == 200, answer.text
    finally:
        server.terminate()
        server.wait(timeout=10)
