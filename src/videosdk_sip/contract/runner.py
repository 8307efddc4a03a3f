"""One contract run: schemathesis, the auth probes, the client check, then always cleanup.

The schemathesis part goes through its Python engine (`schemathesis.engine.from_schema`), the
same one its CLI drives, so every phase runs (examples, coverage, fuzzing, stateful) and each
event reaches the suite directly. Only the command imports this module.

Time: with a budget (`--max-time`) the run is over, cleanup included, when the budget is
spent; each stage ends at its share of it (`options.STAGE_ENDS`), and every request is cut
off at its stage's end. Without one, cleanup alone is bounded (`CLEANUP_LIMIT`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import httpx

from videosdk_sip.contract.alarm import StageAlarm, StageTimeUp
from videosdk_sip.contract.calls import ReleasableNumbers
from videosdk_sip.contract.cleanup import CleanupReport, clean_up
from videosdk_sip.contract.context import Endpoint, Outcome, Progress, RecordingTokens, RunContext
from videosdk_sip.contract.fence import RuleFence
from videosdk_sip.contract.guard import (
    DEFAULT_MAX_ANSWER_BYTES,
    AnswerGuard,
    Clock,
    GuardedTransport,
)
from videosdk_sip.contract.marking import WEBHOOK_SINK, RuleMarker, new_run_prefix
from videosdk_sip.contract.models import ResponseModels
from videosdk_sip.contract.operations import Operations
from videosdk_sip.contract.options import (
    CLEANUP_LIMIT,
    EVENTS_LIMIT,
    EVENTS_QUIET,
    STAGE_ENDS,
    SuiteOptions,
)
from videosdk_sip.contract.ownership import (
    KINDS,
    NUMBER_ROUTING_RULE,
    ROUTING_RULE,
    Ledger,
)
from videosdk_sip.contract.pacing import Pacer
from videosdk_sip.contract.preparation import (
    fence_lookup,
    narrowed,
    registered_numbers,
    selected_operations,
    withheld_operations,
    without_withheld,
)
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.reproducible import seed_only_generation
from videosdk_sip.contract.results import LIST_WALK, SETUP, Results
from videosdk_sip.contract.safety import SafetyPolicy
from videosdk_sip.contract.semantics.reread import reread_deleted
from videosdk_sip.contract.semantics.sweep import PHASE as SWEEP_PHASE
from videosdk_sip.contract.semantics.sweep import sweep_lists
from videosdk_sip.contract.stopping import StopSignals
from videosdk_sip.contract.target import Credentials, Target
from videosdk_sip.contract.webhook_check import NOT_CHECKED as WEBHOOKS_NOT_CHECKED
from videosdk_sip.contract.webhook_check import PHASE as WEBHOOK_PHASE
from videosdk_sip.contract.webhook_check import WebhookReport, check_events, event_validator

if TYPE_CHECKING:
    from videosdk_sip_client import AuthenticatedClient
    from videosdk_sip_client.tokens import TokenProvider

    from videosdk_sip.contract.receiver import WebhookReceiver

__all__ = ["run_suite"]

TOKEN_LIFETIME = timedelta(minutes=30)


def run_suite(
    endpoint: Endpoint,
    target: Target,
    options: SuiteOptions,
    *,
    redactor: Redactor,
    progress: Progress,
    signals: StopSignals | None = None,
    clock: Clock | None = None,
    receiver: WebhookReceiver | None = None,
) -> Outcome:
    """Runs every stage against `endpoint`, then always cleans up, within the time budget.

    With a `receiver` (listening where `options.webhook_receiver` forwards), the run's
    webhooks point at that URL and the events received are checked after cleanup."""
    from videosdk_sip.contract.auth_probes import run_auth_probes
    from videosdk_sip.contract.client_phase import run_client_phase
    from videosdk_sip.contract.engine import execute_engine, load_schema
    from videosdk_sip.spec import load_document

    clock = clock or Clock()
    started = clock.started
    seed = options.seed if options.seed is not None else random.SystemRandom().getrandbits(32)
    ends = _stage_ends(started, options.max_time)
    redactor.add(target.credentials.secret, target.credentials.token)
    tokens = _token_provider(target.credentials, redactor)
    peer_tokens: RecordingTokens | None = None
    if target.peer is not None:
        redactor.add(target.peer.secret, target.peer.token)
        peer_tokens = _token_provider(target.peer, redactor)
    safety = SafetyPolicy(
        embedded=target.embedded,
        allow_calls=options.allow_calls,
        call_destination=options.call_destination,
        test_numbers=options.test_numbers,
        call_rule_id=options.call_rule_id,
        call_from=options.call_from,
    )
    call_route = endpoint.call_route if target.embedded else safety.call_route
    marker = RuleMarker(
        prefix=new_run_prefix(seed if target.embedded else None),
        gateway_id=target.gateway_id,
        call_route=call_route,
        webhook_base=_webhook_base(target, options, receiver),
    )
    ledger = Ledger(marker)
    if call_route is not None:
        # The rule calls go out through is the user's: never updated or deleted by the run.
        ledger.refuse(NUMBER_ROUTING_RULE, call_route[0])
    guard = AnswerGuard(
        clock, request_timeout=options.request_timeout, max_bytes=DEFAULT_MAX_ANSWER_BYTES
    )
    pacer = Pacer(options.rate_limit)
    document = load_document()
    client = _client(endpoint, tokens, guard)
    results = Results()
    clock.set_stage_end(ends["engine"])
    alarm = StageAlarm()
    document_operations = Operations.from_document(document)
    with alarm.installed():
        asked_for = clock.remaining()
        alarm.set(asked_for)
        try:
            operations = narrowed(
                selected_operations(
                    document_operations, options, target, client.get_httpx_client(), results
                ),
                options.tags,
                results,
            )
        except StageTimeUp:
            guard.silence(
                f"{target.describe()} (asking which APIs it serves)",
                round(asked_for or 0.0, 1),
                "no complete answer",
            )
            operations = document_operations.tagged([])
        finally:
            alarm.set(None)
    withheld = withheld_operations(safety, endpoint, target)
    withheld_labels = frozenset(operations.labels[op] for op in withheld if op in operations.labels)
    operations = without_withheld(operations, withheld, results)
    http = client.get_httpx_client()
    fences = {
        kind.name: RuleFence(ledger, fence_lookup(http, pacer, results, kind), kind)
        for kind in KINDS
    }
    ctx = RunContext(
        endpoint=endpoint,
        target=target,
        options=options,
        seed=seed,
        operations=operations,
        marker=marker,
        ledger=ledger,
        fence=fences[ROUTING_RULE.name],
        fences=fences,
        safety=safety,
        numbers=ReleasableNumbers(
            None if target.embedded else options.test_numbers,
            protected=(call_route[1],) if call_route else (),
            registered=registered_numbers(
                endpoint, target, options, operations, http, _counted_for(results, pacer, SETUP)
            ),
        ),
        models=ResponseModels.from_document(document),
        results=results,
        redactor=redactor,
        progress=progress,
        pacer=pacer,
        clock=clock,
        guard=guard,
        tokens=tokens,
        alarm=alarm,
        peer_tokens=peer_tokens,
    )
    cleanup: CleanupReport | None = None
    with ctx.alarm.installed(), seed_only_generation():
        try:
            clock.set_stage_end(ends["engine"])
            schema = load_schema(
                endpoint,
                options,
                seed=seed,
                peers=peer_tokens is not None,
                operation_ids=frozenset(operations.labels),
                withheld=withheld_labels,
            )
            if operations.labels:
                execute_engine(schema, ctx)
            clock.set_stage_end(ends["client"])
            ctx.alarm.set(clock.remaining())
            if _may_go_on(ctx):
                progress.phase("auth")
                run_auth_probes(client.get_httpx_client(), ctx)
            seed_family = ROUTING_RULE.create_operation_id in operations.labels
            if _may_go_on(ctx) and options.client_examples > 0 and seed_family:
                progress.phase("client")
                run_client_phase(schema, client, ctx)
            if _may_go_on(ctx):
                progress.phase(SWEEP_PHASE)
                sweep_lists(
                    client.get_httpx_client(),
                    ctx.semantics,
                    ledger,
                    operations.labels,
                    marker.prefix,
                    _counted_for(results, pacer, LIST_WALK, progress),
                )
                reread_deleted(
                    client.get_httpx_client(),
                    ctx.semantics,
                    operations.labels,
                    _counted_for(results, pacer, LIST_WALK, progress),
                    SWEEP_PHASE,
                )
            if not results.interrupted and results.stopped_early is None and not guard.silent:
                results.require_success(sorted(ctx.operations.labels.values()))
        except StageTimeUp:
            results.stopped_early = "the time budget ran out"
        except KeyboardInterrupt:
            results.interrupted = True
        finally:
            if signals is not None:
                signals.shield()
            progress.phase("cleanup")
            cleanup_end = clock.now() + CLEANUP_LIMIT
            clock.set_stage_end(cleanup_end if ends["cleanup"] is None else ends["cleanup"])
            ctx.alarm.set(clock.remaining())
            try:
                cleanup = clean_up(
                    client.get_httpx_client(),
                    ledger,
                    clock=clock,
                    pace=_counted(pacer, progress),
                    calls=ctx.calls.placed(),
                    numbers=ctx.numbers.provisioned(),
                    released_during_run=ctx.numbers.released_during_run(),
                )
            finally:
                ctx.alarm.set(None)
                client.close()
    webhooks = _check_webhooks(ctx, receiver, document)
    for problem in guard.problems:
        results.add_error(redactor.scrub(problem.message))
    if guard.silent and results.stopped_early is None:
        results.stopped_early = (
            f"the server gave no answer within {guard.last_timeout:g} s, so the run stopped"
        )
    return Outcome(
        results=results,
        cleanup=cleanup,
        seed=seed,
        prefix=marker.prefix,
        elapsed=clock.now() - started,
        signal=signals.name if signals is not None else None,
        webhooks=webhooks,
    )


def _webhook_base(
    target: Target, options: SuiteOptions, receiver: WebhookReceiver | None
) -> str | None:
    """Where the run's webhooks point: the user's receiver when it is listening; else, on a
    server, a host that never resolves; the embedded mock keeps the generated URL."""
    if receiver is not None and options.webhook_receiver is not None:
        return options.webhook_receiver
    return None if target.embedded else WEBHOOK_SINK


def _check_webhooks(
    ctx: RunContext, receiver: WebhookReceiver | None, document: dict[str, Any]
) -> WebhookReport | None:
    """Waits for late events (within the budget), then judges what the receiver got."""
    if receiver is None or ctx.options.webhook_receiver is None:
        ctx.results.not_applicable[WEBHOOK_PHASE] = WEBHOOKS_NOT_CHECKED
        return None
    remaining = ctx.clock.remaining()
    limit = EVENTS_LIMIT if remaining is None else min(EVENTS_LIMIT, remaining)
    receiver.settle(EVENTS_QUIET, limit)
    return check_events(
        receiver.events(),
        receiver=ctx.options.webhook_receiver,
        marker=ctx.marker,
        validator=event_validator(document),
        placed_calls=ctx.calls.placed(),
        record_failure=ctx.record_failure,
        count_check=ctx.results.count_check,
        overflowed=receiver.overflowed,
    )


def _may_go_on(ctx: RunContext) -> bool:
    return not ctx.results.interrupted and not ctx.guard.silent and not ctx.clock.expired()


def _stage_ends(started: float, budget: float | None) -> dict[str, float | None]:
    if budget is None:
        return {"engine": None, "client": None, "cleanup": None}
    return {stage: started + budget * share for stage, share in STAGE_ENDS.items()}


def _counted(pace: Pacer, progress: Progress) -> Callable[[], None]:
    def paced_and_counted() -> None:
        pace()
        progress.request()

    return paced_and_counted


def _counted_for(
    results: Results, pace: Pacer, phase: str, progress: Progress | None = None
) -> Callable[[str], None]:
    """Paces a request of `phase`, and counts it under its operation's label."""

    def paced_and_counted(label: str) -> None:
        pace()
        if progress is not None:
            progress.request()
        results.count_request(label, phase=phase)

    return paced_and_counted


def _token_provider(credentials: Credentials, redactor: Redactor) -> RecordingTokens:
    from videosdk_sip_client.tokens import CachedTokenProvider, StaticTokenProvider

    provider: TokenProvider
    if credentials.token is not None:
        provider = StaticTokenProvider(credentials.token)
    else:
        assert credentials.api_key is not None
        assert credentials.secret is not None
        provider = CachedTokenProvider(
            credentials.api_key, credentials.secret, lifetime=TOKEN_LIFETIME
        )
    return RecordingTokens(provider, redactor)


def _client(endpoint: Endpoint, tokens: RecordingTokens, guard: AnswerGuard) -> AuthenticatedClient:
    """The generated client, as a user would build it, minus retries: every answer counts.

    Its transport applies the guard's limits (time, size) to every answer.
    """
    from videosdk_sip_client import AuthenticatedClient

    from videosdk_sip.contract.transport import InProcessTransport

    inner: httpx.BaseTransport = (
        InProcessTransport(endpoint.app) if endpoint.app is not None else httpx.HTTPTransport()
    )
    return AuthenticatedClient(
        endpoint.base_url,
        tokens,
        timeout=httpx.Timeout(guard.request_timeout),
        retry=None,
        raise_on_error=False,
        transport=GuardedTransport(inner, guard),
    )
