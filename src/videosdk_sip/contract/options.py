"""How much a run does and how fast: the options shared by the command and the suite."""

from __future__ import annotations

from attrs import frozen

__all__ = [
    "DEFAULT_CLIENT_EXAMPLES",
    "DEFAULT_MAX_EXAMPLES",
    "DEFAULT_STATEFUL_EXAMPLES",
    "ENGINE_SHARE",
    "SuiteOptions",
]

DEFAULT_MAX_EXAMPLES = 100
"""Examples per operation in the fuzzing phase (examples and coverage add their own cases)."""

DEFAULT_STATEFUL_EXAMPLES = 30
"""Stateful sequences: each a chain of create, get, update, list, delete and get again."""

DEFAULT_CLIENT_EXAMPLES = 20
"""Create-to-delete lifecycles sent through the generated client."""

ENGINE_SHARE = 0.8
"""With a time budget, the share schemathesis gets; the client check and cleanup get the rest."""


@frozen
class SuiteOptions:
    """How much to run, and how fast."""

    max_examples: int = DEFAULT_MAX_EXAMPLES
    stateful_examples: int = DEFAULT_STATEFUL_EXAMPLES
    client_examples: int = DEFAULT_CLIENT_EXAMPLES
    seed: int | None = None
    rate_limit: str | None = None
    max_time: float | None = None
    max_response_time: float | None = None
    request_timeout: float = 30.0
    tags: frozenset[str] | None = None
    """The served tags to test (default: every one of `spec.SERVED_TAGS`)."""
