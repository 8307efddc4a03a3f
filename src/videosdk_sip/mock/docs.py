"""The `/docs` page: Redoc rendering the document the mock itself serves at `/openapi.yaml`."""

from __future__ import annotations

import html

__all__ = ["REDOC_SCRIPT", "docs_page"]

REDOC_SCRIPT = "https://cdn.redoc.ly/redoc/v2.5.0/bundles/redoc.standalone.js"
"""Redoc's own CDN; the visitor's browser loads it, the mock itself never goes online."""


def docs_page(title: str, spec_url: str = "/openapi.yaml") -> bytes:
    """An HTML page that renders the document at `spec_url` with Redoc."""
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
