"""Which optional part of the kit needs which installed modules, and how to say what is missing.

The base install is the command line and `videosdk-sip token`; `videosdk-sip[mock]` adds the
mock server (and the pytest plugin's fixtures), `videosdk-sip[contract]` the contract suite.
Standard library only, so it can be asked before anything optional is imported.
"""

from __future__ import annotations

import importlib.util

__all__ = ["EXTRA_MODULES", "missing_message", "missing_modules"]

_MOCK = ("attrs", "jwt", "yaml", "jsonschema_rs", "orjson", "uvicorn", "httptools")

EXTRA_MODULES: dict[str, tuple[str, ...]] = {
    "mock": _MOCK,
    "contract": (*_MOCK, "httpx", "schemathesis", "hypothesis"),
}
"""Each extra's top-level modules (import names, not package names)."""


def missing_modules(extra: str) -> list[str]:
    """The modules of `extra` that cannot be imported here (none when it is installed)."""
    return [name for name in EXTRA_MODULES[extra] if importlib.util.find_spec(name) is None]


def missing_message(what: str, extra: str) -> str | None:
    """A sentence naming the extra to install when `extra` is incomplete, else None."""
    missing = missing_modules(extra)
    if not missing:
        return None
    return (
        f"{what} needs the {extra} extra: pip install 'videosdk-sip[{extra}]' "
        f"(not installed: {', '.join(missing)})"
    )
