"""Reading `--limits`: the mock's safety limits as comma-separated `key=value` items."""

from __future__ import annotations

import math
from typing import Any

import attrs

from videosdk_sip.mock.settings import ConnectionLimits, MockSettings

__all__ = ["LIMIT_KEYS", "LimitsSpecError", "describe_limits", "with_limits"]

_SETTINGS = {
    "max-rules-per-key": "max_rules_per_key",
    "max-rule-bytes": "max_rule_bytes",
    "max-body-bytes": "max_body_bytes",
    "max-token-lifetime": "max_token_lifetime",
    "token-cache-bytes": "token_cache_bytes",
}
_CONNECTIONS = {
    "max-head-bytes": "max_head_bytes",
    "idle-timeout": "idle_timeout",
    "head-timeout": "head_timeout",
    "max-connections": "max_connections",
}
_SECONDS = {"idle-timeout", "head-timeout"}
LIMIT_KEYS = (*_SETTINGS, *_CONNECTIONS)


class LimitsSpecError(ValueError):
    """A `--limits` string that cannot be used; the message names the item and the rule."""


def _value(key: str, text: str) -> int | float:
    try:
        number = float(text) if key in _SECONDS else int(text)
    except ValueError:
        kind = "a number of seconds" if key in _SECONDS else "a whole number"
        raise LimitsSpecError(f"--limits: '{key}={text}': must be {kind}") from None
    if not math.isfinite(number) or number <= 0:
        raise LimitsSpecError(f"--limits: '{key}={text}': must be more than 0")
    return number


def with_limits(settings: MockSettings, spec: str) -> MockSettings:
    """`settings` with the limits `spec` names changed, e.g. `max-rules-per-key=500,
    idle-timeout=2`; each key at most once (`LIMIT_KEYS`)."""
    changes: dict[str, Any] = {}
    connection_changes: dict[str, Any] = {}
    for raw in spec.split(","):
        item = raw.strip()
        if not item:
            continue
        key, sep, text = (part.strip() for part in item.partition("="))
        key = key.lower()
        if not sep or not text:
            raise LimitsSpecError(f"--limits: {item!r}: expected key=value")
        if key not in LIMIT_KEYS:
            raise LimitsSpecError(
                f"--limits: {item!r}: unknown key {key!r}; known keys: {', '.join(LIMIT_KEYS)}"
            )
        target = changes if key in _SETTINGS else connection_changes
        name = _SETTINGS.get(key) or _CONNECTIONS[key]
        if name in target:
            raise LimitsSpecError(f"--limits: {key!r} is given more than once")
        target[name] = _value(key, text)
    if not changes and not connection_changes:
        raise LimitsSpecError("--limits: empty; expected items like 'max-rules-per-key=500'")
    try:
        connections = attrs.evolve(settings.connections, **connection_changes)
        return attrs.evolve(settings, connections=connections, **changes)
    except ValueError as error:
        raise LimitsSpecError(f"--limits: {error}") from None


def describe_limits(settings: MockSettings) -> str:
    """Every limit in `--limits` syntax."""
    connections: ConnectionLimits = settings.connections
    values = {
        **{key: getattr(settings, name) for key, name in _SETTINGS.items()},
        **{key: getattr(connections, name) for key, name in _CONNECTIONS.items()},
    }
    return ",".join(
        f"{key}={value:g}" if isinstance(value, float) else f"{key}={value}"
        for key, value in values.items()
    )
