"""Every relative link in the README, ARCHITECTURE.md and docs/ names a file that exists, and
every page under docs/ is reachable from the README or another page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([ROOT / "README.md", ROOT / "ARCHITECTURE.md", *(ROOT / "docs").rglob("*.md")])
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _relative_links(page: Path) -> list[str]:
    links = [target for target in LINK.findall(page.read_text()) if "://" not in target]
    return [target.split("#", 1)[0] for target in links if not target.startswith("#")]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_relative_links_name_existing_files(page: Path) -> None:
    broken = [t for t in _relative_links(page) if not (page.parent / t).resolve().exists()]
    assert broken == []


def test_every_docs_page_is_linked_from_somewhere() -> None:
    linked = {
        (page.parent / target).resolve() for page in PAGES for target in _relative_links(page)
    }
    orphans = [p.relative_to(ROOT) for p in (ROOT / "docs").rglob("*.md") if p not in linked]
    assert orphans == []
