"""Reading an answer's body as JSON, where the suite sends its own requests with httpx."""

from __future__ import annotations

import httpx

__all__ = ["json_or_none"]


def json_or_none(response: httpx.Response) -> object:
    """The answer's JSON body, or None when it is not JSON."""
    try:
        body: object = response.json()
    except ValueError:
        return None
    return body
