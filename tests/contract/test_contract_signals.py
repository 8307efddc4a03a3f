"""Real signals sent to a real `videosdk-sip contract` process: each stops, cleans up, reports."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

from videosdk_sip.contract.marking import NAME_PREFIX

from .helpers import list_rules, mock_process, remote_environ

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("stop", "status"),
    [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)],
    ids=["SIGTERM", "SIGHUP", "SIGINT"],
)
def test_a_stop_signal_cleans_up_reports_and_writes_junit(
    stop: signal.Signals, status: int, tmp_path: Path
) -> None:
    junit = tmp_path / "contract.xml"
    with mock_process() as url:
        environ = {**os.environ, **remote_environ(url)}
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "videosdk_sip.cli",
                "contract",
                "--no-progress",
                "--seed",
                "4",
                "--junit",
                str(junit),
            ],
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while not any(rule["name"].startswith(NAME_PREFIX) for rule in list_rules(url)):
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the run created no rule"
                time.sleep(0.05)
            process.send_signal(stop)
            out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        left = list_rules(url)

    assert process.returncode == status, err
    assert left == [], "cleanup ran"
    assert "Interrupted" in out, "the report was printed"
    suites = ElementTree.fromstring(junit.read_text(encoding="utf-8"))  # noqa: S314 (our own file)
    run = next(suite for suite in suites if suite.get("name") == "run")
    cases = {case.get("name"): case for case in run}
    assert cases["interrupted"].find("error") is not None
    assert cases["cleanup"].find("failure") is None, "nothing left over"
