"""A headless Chromium for the reference page's tests: found on PATH, or skipped with a reason."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

BROWSER_VARIABLE = "VIDEOSDK_SIP_BROWSER"
CANDIDATES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome")
# Every host name but the loopback address fails to resolve: the page must need no other host.
LOOPBACK_ONLY = "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"


def find_browser() -> Path:
    """`$VIDEOSDK_SIP_BROWSER`, else the first Chromium on PATH; skips the test without one."""
    chosen = os.environ.get(BROWSER_VARIABLE)
    if chosen:
        path = shutil.which(chosen)
        if path is None:
            pytest.fail(f"{BROWSER_VARIABLE}={chosen!r} is not an executable")
        return Path(path)
    for name in CANDIDATES:
        path = shutil.which(name)
        if path is not None:
            return Path(path)
    pytest.skip(
        f"no headless browser found (looked for {', '.join(CANDIDATES)} on PATH; "
        f"set {BROWSER_VARIABLE}, or apt-get install chromium-headless-shell)"
    )


def rendered_dom(browser: Path, url: str, profile: Path, timeout: float = 60.0) -> str:
    """The DOM of `url` once its scripts have run, as the browser serialises it."""
    command = [
        str(browser),
        "--headless",
        "--no-sandbox",  # tests run as root in CI, where Chromium's sandbox refuses to start
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        f"--host-resolver-rules={LOOPBACK_ONLY}",
        f"--user-data-dir={profile}",
        # Lets the page's timers and fetches finish before the DOM is taken.
        "--virtual-time-budget=20000",
        "--dump-dom",
        url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        pytest.fail(f"{browser.name} exited {result.returncode}: {result.stderr[-2000:]}")
    return result.stdout
