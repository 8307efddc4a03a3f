"""Waiting for a server the benchmarks started to answer, and stopping it again."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from typing import Any

__all__ = ["stop", "wait_until_answering"]

_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def wait_until_answering(url: str, process: subprocess.Popen[Any], timeout: float) -> None:
    """Returns once `url` gives any HTTP answer (an error status counts: the server is up).

    Raises `RuntimeError` if `process` exits first or nothing answers within `timeout` s.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} while starting")
        try:
            with _DIRECT.open(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"no answer from {url} within {timeout:g} s")


def stop(process: subprocess.Popen[Any]) -> None:
    """Stops `process` and its process group (started with `start_new_session=True`)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
