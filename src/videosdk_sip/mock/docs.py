"""The `/docs` page: Redoc rendering the document the mock itself serves at `/openapi.yaml`.

Redoc's standalone bundle ships inside the package (`redoc/`, pinned, MIT, with its notices)
and the mock serves it next to the page, so the reference renders without internet access.
The page's Content-Security-Policy allows only the mock's own origin, so nothing on it can
reach another host (Redoc's sidebar logo from its CDN is simply not shown).
"""

from __future__ import annotations

import html
from importlib.resources import files

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "DOCS_ASSET_PATHS",
    "REDOC_SCRIPT",
    "REDOC_VERSION",
    "StaticAnswer",
    "docs_page",
    "docs_routes",
]

REDOC_VERSION = "2.5.0"
"""The version of the bundle in `redoc/` (see `redoc/SOURCE.txt` for its hashes)."""

REDOC_SCRIPT = "/docs/redoc.standalone.js"
"""Where the mock serves the bundle; the page loads it from the mock, never from a CDN."""

_ASSET_DIRECTORY = "redoc"
_ASSETS: dict[str, tuple[str, bytes]] = {
    REDOC_SCRIPT: ("redoc.standalone.js", b"text/javascript; charset=utf-8"),
    # The bundle's first line points here for the notices of the libraries inside it.
    "/docs/redoc.standalone.js.LICENSE.txt": (
        "redoc.standalone.js.LICENSE.txt",
        b"text/plain; charset=utf-8",
    ),
    "/docs/redoc.LICENSE.txt": ("LICENSE", b"text/plain; charset=utf-8"),
}

DOCS_ASSET_PATHS: tuple[str, ...] = tuple(_ASSETS)
"""The paths of the packaged files the page needs, besides `/docs` itself."""

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
    # Redoc (styled-components) writes its styles into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

StaticAnswer = tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]
"""status, content type, body, extra headers."""


def docs_page(title: str, spec_url: str = "/openapi.yaml") -> bytes:
    """An HTML page that renders the document at `spec_url` with the packaged Redoc."""
    safe_title = html.escape(title)
    safe_url = html.escape(spec_url, quote=True)
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{safe_title} (mock)</title>
    <style>
      body {{ margin: 0; padding: 0; }}
      .offline {{ font-family: sans-serif; margin: 1em; }}
    </style>
  </head>
  <body>
    <noscript><p class="offline">The API reference needs JavaScript. The document itself
      is at <a href="{safe_url}">{safe_url}</a>
      (also <a href="/openapi.json">/openapi.json</a>).</p></noscript>
    <redoc spec-url="{safe_url}"></redoc>
    <script src="{REDOC_SCRIPT}"></script>
  </body>
</html>
""".encode()


def _asset(name: str) -> bytes:
    return files("videosdk_sip.mock").joinpath(_ASSET_DIRECTORY, name).read_bytes()


def docs_routes(title: str) -> dict[str, StaticAnswer]:
    """Every path the reference needs: the page and the packaged Redoc files.

    Raises OSError when an asset is missing from the installation.
    """
    policy = [(b"content-security-policy", CONTENT_SECURITY_POLICY.encode())]
    routes: dict[str, StaticAnswer] = {
        "/docs": (200, b"text/html; charset=utf-8", docs_page(title), policy),
    }
    for path, (name, content_type) in _ASSETS.items():
        routes[path] = (200, content_type, _asset(name), [])
    return routes
