"""The `/docs` reference works offline: the page and Redoc's bundle come from the mock itself."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from videosdk_sip.mock import docs
from videosdk_sip.mock.server import running_mock
from videosdk_sip.spec import load_document

from .browser import find_browser, rendered_dom

ASSETS = Path(docs.__file__).with_name("redoc")
_EXTERNAL = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock() as url:
        yield url


class _References(HTMLParser):
    """Every URL an element of the page loads or links to."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "spec-url", "action", "data") and value is not None:
                self.urls.append(value)


def test_the_page_names_no_other_host(mock_url: str) -> None:
    page = httpx.get(f"{mock_url}/docs")
    assert page.status_code == 200
    parser = _References()
    parser.feed(page.text)
    assert docs.REDOC_SCRIPT in parser.urls
    assert parser.urls, "the page loads nothing"
    for url in parser.urls:
        assert url.startswith("/"), f"{url!r} is not a path on the mock"
        assert not _EXTERNAL.match(url), f"{url!r} names another host"
    assert not _EXTERNAL.search(page.text.replace(f"{mock_url}", "")), page.text


def test_the_page_forbids_every_other_origin(mock_url: str) -> None:
    policy = httpx.get(f"{mock_url}/docs").headers["content-security-policy"]
    directives = dict(item.strip().split(" ", 1) for item in policy.split(";"))
    assert directives["default-src"] == "'none'"
    for name, sources in directives.items():
        for source in sources.split():
            assert source in ("'self'", "'none'", "'unsafe-inline'", "data:", "blob:"), (
                f"{name} allows {source}"
            )


def _recorded_sha256(name: str) -> str:
    record = (ASSETS / "SOURCE.txt").read_text(encoding="utf-8")
    match = re.search(rf"([0-9a-f]{{64}})  {re.escape(name)}\n", record)
    assert match is not None, f"SOURCE.txt records no hash for {name}"
    return match.group(1)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        (docs.REDOC_SCRIPT, "redoc.standalone.js"),
        ("/docs/redoc.standalone.js.LICENSE.txt", "redoc.standalone.js.LICENSE.txt"),
        ("/docs/redoc.LICENSE.txt", "LICENSE"),
    ],
)
def test_the_packaged_redoc_files_are_served_unchanged(mock_url: str, path: str, name: str) -> None:
    answer = httpx.get(f"{mock_url}{path}")
    assert answer.status_code == 200
    assert hashlib.sha256(answer.content).hexdigest() == _recorded_sha256(name)
    assert answer.content == (ASSETS / name).read_bytes()


def test_the_bundle_is_the_recorded_version_under_mit() -> None:
    header = (ASSETS / "redoc.standalone.js.LICENSE.txt").read_text(encoding="utf-8")
    assert f'Version: "{docs.REDOC_VERSION}"' in header
    assert (ASSETS / "LICENSE").read_text(encoding="utf-8").startswith("The MIT License")
    assert f"redoc {docs.REDOC_VERSION} " in (ASSETS / "SOURCE.txt").read_text(encoding="utf-8")


def test_the_assets_answer_get_only(mock_url: str) -> None:
    answer = httpx.post(f"{mock_url}{docs.REDOC_SCRIPT}", content=b"{}")
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET, HEAD"


@pytest.mark.slow
def test_a_headless_browser_renders_every_operation_offline(mock_url: str, tmp_path: Path) -> None:
    browser = find_browser()
    dom = rendered_dom(browser, f"{mock_url}/docs", tmp_path / "profile")
    summaries = [
        operation["summary"]
        for path_item in load_document()["paths"].values()
        for method, operation in path_item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]
    assert len(summaries) >= 37
    missing = [summary for summary in summaries if summary not in dom]
    assert not missing, f"not rendered: {missing}; DOM starts {dom[:500]!r}"
    assert load_document()["info"]["title"] in dom
