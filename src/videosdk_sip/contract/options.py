"""How much a run does and how fast: the options shared by the command and the suite."""

from __future__ import annotations

from attrs import frozen

__all__ = [
    "CLEANUP_LIMIT",
    "DEFAULT_CLIENT_EXAMPLES",
    "DEFAULT_MAX_EXAMPLES",
    "DEFAULT_STATEFUL_EXAMPLES",
    "ENGINE_SHARE",
    "EVENTS_LIMIT",
    "EVENTS_QUIET",
    "QUICK",
    "STAGE_ENDS",
    "SuiteOptions",
]

DEFAULT_MAX_EXAMPLES = 100
"""Examples per operation in the fuzzing phase (examples and coverage add their own cases)."""

DEFAULT_STATEFUL_EXAMPLES = 30
"""Stateful sequences: each a chain of create, get, update, list, delete and get again."""

DEFAULT_CLIENT_EXAMPLES = 20
"""Create-to-delete lifecycles sent through the generated client."""

QUICK = {"max_examples": 5, "stateful_examples": 3, "client_examples": 1}
"""`--quick`: the sizes a smoke run over the whole API uses (each still reaches every
operation and check); a size given on the command line wins. A quick run's coverage phase
sends valid boundary cases only (`SuiteOptions.negative_coverage`)."""

ENGINE_SHARE = 0.7
"""With a time budget, the share schemathesis gets; the probes, client check and cleanup get
the rest."""

STAGE_ENDS = {"engine": ENGINE_SHARE, "client": 0.8, "cleanup": 1.0}
"""With a time budget, when each stage must be over, as a share of the budget."""

CLEANUP_LIMIT = 60.0
"""Without a time budget, the longest cleanup may take, in seconds."""

EVENTS_QUIET = 0.5
EVENTS_LIMIT = 5.0
"""After cleanup, the receiver waits for late webhook events until none came for
`EVENTS_QUIET` seconds, `EVENTS_LIMIT` seconds at most (and never past a time budget)."""


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
    api: str | None = None
    """`seed`, `current` or `all`; None: the seed family against the embedded mock, and
    against a URL every family the server serves."""
    negative_coverage: bool = True
    """Whether the coverage phase also sends its invalid boundary cases; `--quick` leaves
    them to fuzzing, which draws invalid data too: they are most of a quick run's requests."""
    tags: tuple[str, ...] = ()
    """Only the operations carrying one of these tags (within `api`'s family); () for all."""
    allow_calls: bool = False
    """Against a server, place calls (to `call_destination` only); see `safety`."""
    call_destination: str | None = None
    call_rule_id: str | None = None
    """Against a server, the user's outbound rule the run's calls go through."""
    call_from: str | None = None
    """Against a server, the caller number of the run's calls (one of that rule's)."""
    test_numbers: tuple[str, ...] = ()
    """Against a server, the only numbers provisioned, detached or released; see `safety`."""
    webhook_receiver: str | None = None
    """The public URL the run's webhooks point at; it reaches the run's own receiver
    (`receiver`), whose events are checked at the end (`webhook_check`)."""
