"""The shared types of a run, and the one context every stage of it receives.

Stages (the schemathesis engine, the auth probes, the client check, cleanup) import this
module and the leaf modules beside it, never each other or the runner: see
`docs/architecture/contract-suite.md`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from attrs import Factory, field, frozen

from videosdk_sip.contract.alarm import StageAlarm
from videosdk_sip.contract.calls import PlacedCalls, ReleasableNumbers
from videosdk_sip.contract.cleanup import CleanupReport
from videosdk_sip.contract.fence import RuleFence
from videosdk_sip.contract.guard import AnswerGuard, Clock
from videosdk_sip.contract.marking import RuleMarker
from videosdk_sip.contract.models import ResponseModels
from videosdk_sip.contract.operations import Operations
from videosdk_sip.contract.options import SuiteOptions
from videosdk_sip.contract.ownership import Claim, Ledger
from videosdk_sip.contract.pacing import Pacer
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.results import (
    CLEANUP,
    PHASES,
    SECOND_IDENTITY,
    FailureRecord,
    Results,
)
from videosdk_sip.contract.safety import SafetyPolicy
from videosdk_sip.contract.semantics.observer import SemanticObserver
from videosdk_sip.contract.target import Target
from videosdk_sip.contract.webhook_check import WebhookReport

if TYPE_CHECKING:
    from videosdk_sip_client.tokens import TokenProvider

__all__ = [
    "OWNERSHIP_CHECK",
    "Endpoint",
    "Outcome",
    "Progress",
    "RecordingTokens",
    "RunContext",
    "ownership_failure",
]

OWNERSHIP_CHECK = "created_resource_ownership"


@frozen
class Endpoint:
    """Where requests go: a base URL, and the ASGI app when it runs in this process."""

    base_url: str
    app: Any = None
    call_route: tuple[str, str] | None = None
    """An outbound rule's id and one of its numbers that calls may be placed through (the
    embedded mock has one); without it a call's create names a rule the server lacks."""
    registered_numbers: frozenset[str] = frozenset()
    """The numbers the embedded mock starts with: not the run's to release."""


@frozen
class Outcome:
    """Everything a run produced. `signal` names the signal that stopped it, if one did."""

    results: Results
    cleanup: CleanupReport | None
    seed: int
    prefix: str
    elapsed: float
    signal: str | None = None
    silent_after: float | None = None
    webhooks: WebhookReport | None = None
    """What the run's webhook receiver got; None when no receiver was given."""

    @property
    def failed(self) -> bool:
        return self.results.failed or self.cleanup is None or not self.cleanup.ok

    def requests_by_phase(self) -> dict[str, int]:
        """Every request the run counted, by the phase that sent it, in the order they run:
        `PHASES` (together the operations table's total), then the second identity's reads
        and cleanup's requests."""
        counted = self.results.phase_requests
        phases = {phase: counted[phase] for phase in PHASES}
        phases.update({phase: n for phase, n in counted.items() if phase not in phases})
        phases[SECOND_IDENTITY] = self.results.peer_probes or 0
        phases[CLEANUP] = self.cleanup.requests if self.cleanup is not None else 0
        return phases


class Progress(Protocol):
    """What the run reports while it goes."""

    def phase(self, name: str) -> None: ...

    def operation(self, label: str | None) -> None: ...

    def request(self) -> None: ...

    def failure(self) -> None: ...


class RecordingTokens:
    """Hands out the provider's tokens, telling the redactor about each one first.

    `handed_out` counts the tokens asked for: one per request sent with them.
    """

    def __init__(self, provider: TokenProvider, redactor: Redactor) -> None:
        self._provider = provider
        self._redactor = redactor
        self._lock = threading.Lock()
        self.handed_out = 0

    def get_token(self) -> str:
        token = self._provider.get_token()
        self._redactor.add(token)
        with self._lock:
            self.handed_out += 1
        return token

    def __repr__(self) -> str:
        return "RecordingTokens(<hidden>)"


@frozen
class RunContext:
    """Everything one run shares between its stages."""

    endpoint: Endpoint
    target: Target
    options: SuiteOptions
    seed: int
    operations: Operations
    marker: RuleMarker
    ledger: Ledger
    fence: RuleFence
    models: ResponseModels
    results: Results
    redactor: Redactor
    progress: Progress
    pacer: Pacer
    clock: Clock
    guard: AnswerGuard
    tokens: RecordingTokens
    alarm: StageAlarm
    peer_tokens: RecordingTokens | None = None
    semantics: SemanticObserver = Factory(
        lambda ctx: SemanticObserver(
            ctx.operations.labels, ctx.ledger, ctx.record_failure, count=ctx.results.count_check
        ),
        takes_self=True,
    )
    safety: SafetyPolicy = field(factory=lambda: SafetyPolicy(embedded=True))
    fences: Mapping[str, RuleFence] = field(factory=dict)
    """A fence per resource kind by its name (`fence` is the routing rules')."""
    calls: PlacedCalls = field(factory=PlacedCalls)
    numbers: ReleasableNumbers = field(factory=lambda: ReleasableNumbers(None))

    def record_failure(self, record: FailureRecord, identity: object) -> None:
        if self.results.add_failure(record, identity=identity):
            self.progress.failure()


def ownership_failure(claim: Claim, operation: str, phase: str) -> FailureRecord:
    """The failure for a create answer naming a resource that is not the run's own."""
    return FailureRecord(
        operation=operation,
        check=OWNERSHIP_CHECK,
        title=f"The create answered {claim.kind.name} {claim.resource_id}, which is not this "
        f"run's: nothing else is sent to it",
        expected=(
            "a successful create answers a new resource carrying what the run sent (its name "
            f"prefix and tag); {claim.reason}"
        ),
        reproduction="",
        phase=phase,
        status=200,
    )
