"""Keeping the secret and every token out of what the suite prints and writes.

Schemathesis already replaces the `Authorization` header in its reproductions; this is the
second line: every text leaving the suite goes through `Redactor.scrub`, which removes the
known secret and tokens, anything shaped like a JWT, and the value of any `Authorization`
header in a curl command or a header dump.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

__all__ = ["REDACTED", "Redactor"]

REDACTED = "[REDACTED]"

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
# `-H 'Authorization: ...'` in a curl command, `"Authorization": "..."` in a header dump.
_AUTHORIZATION = re.compile(
    r"""(?i)(-H\s+['"]authorization:|['"]authorization['"]\s*:\s*['"])(\s*)"""
    r"""(?!\[REDACTED\])[^'"\s][^'"]*"""
)
MIN_SECRET_LENGTH = 4


class Redactor:
    """Scrubs known sensitive strings, and anything that looks like a token, out of text."""

    def __init__(self, sensitive: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._sensitive: set[str] = set()
        self.add(*sensitive)

    def add(self, *values: str | None) -> None:
        """Remember more sensitive strings (a newly minted token, say)."""
        with self._lock:
            self._sensitive.update(
                value for value in values if value and len(value) >= MIN_SECRET_LENGTH
            )

    def scrub(self, text: str) -> str:
        with self._lock:
            sensitive = sorted(self._sensitive, key=len, reverse=True)
        for value in sensitive:
            text = text.replace(value, REDACTED)
        text = _JWT.sub(REDACTED, text)
        return _AUTHORIZATION.sub(lambda match: match.group(1) + match.group(2) + REDACTED, text)

    def __repr__(self) -> str:
        return f"Redactor({len(self._sensitive)} values)"
