"""The pages beside the API: the reference (`/docs`) and the document itself."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from videosdk_sip.mock.answers import JSON, Answer, method_not_allowed
from videosdk_sip.mock.docs import docs_page

__all__ = ["PAGE_PATHS", "Pages"]

PAGE_PATHS = ("/docs", "/docs/", "/openapi.yaml", "/openapi.json", "/")
_REDIRECTED = ("/", "/docs/")


class Pages:
    """Answers for `PAGE_PATHS`, built once."""

    def __init__(self, document: Mapping[str, Any], spec_path: Path) -> None:
        title = str(document.get("info", {}).get("title", "API"))
        self._pages = {
            "/docs": (b"text/html; charset=utf-8", docs_page(title)),
            "/openapi.yaml": (b"application/yaml", spec_path.read_bytes()),
            "/openapi.json": (JSON, orjson.dumps(document)),
        }

    def answer(self, path: str, method: str) -> Answer | None:
        """The answer for a page path (GET or HEAD only), or None for any other path."""
        if path not in PAGE_PATHS:
            return None
        if method not in ("GET", "HEAD"):
            return method_not_allowed(method, "GET, HEAD", use="GET")
        if path in _REDIRECTED:
            return Answer(307, b"", b"text/plain; charset=utf-8", [(b"location", b"/docs")])
        content_type, body = self._pages[path]
        return Answer(200, body, content_type)
