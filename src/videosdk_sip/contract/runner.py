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
from videosdk_sip.contract.families import served_families
from videosdk_sip.contract.fence import Lookup, RuleFence
from videosdk_sip.contract.guard import (
    DEFAULT_MAX_ANSWER_BYTES,
    AnswerGuard,
    Clock,
    GuardedTransport,
)
from videosdk_sip.contract.marking import WEBHOOK_SINK, RuleMarker, new_run_prefix
from videosdk_sip.contract.models import ResponseModels
from videosdk_sip.contract.operations import Operations
from videosdk_sip.contract.options import CLEANUP_LIMIT, STAGE_ENDS, SuiteOptions
from videosdk_sip.contract.ownership import KINDS, ROUTING_RULE, Ledger, ResourceKind
from videosdk_sip.contract.pacing import Pacer
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.reproducible import seed_only_generation
from videosdk_sip.contract.results import Results
from videosdk_sip.contract.safety import CALL_OPERATIONS, SafetyPolicy
from videosdk_sip.contract.semantics.sweep import PHASE as SWEEP_PHASE
from videosdk_sip.contract.semantics.sweep import sweep_lists
from videosdk_sip.contract.stopping import StopSignals
from videosdk_sip.contract.target import Credentials, Target

if TYPE_CHECKING:
    from videosdk_sip_client import AuthenticatedClient
    from videosdk_sip_client.tokens import TokenProvider

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
) -> Outcome:
    """Runs every stage against `endpoint`, then always cleans up, within the time budget."""
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
    )
    marker = RuleMarker(
        prefix=new_run_prefix(),
        gateway_id=target.gateway_id,
        call_route=endpoint.call_route,
        webhook_base=None if target.embedded else WEBHOOK_SINK,
    )
    ledger = Ledger(marker)
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
            operations = _selected_operations(
                document_operations, options, target, client.get_httpx_client(), results
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
    withheld = _withheld(safety, endpoint, target)
    withheld_labels = frozenset(operations.labels[op] for op in withheld if op in operations.labels)
    operations = _withhold(operations, withheld, results)
    http = client.get_httpx_client()
    fences = {kind.name: RuleFence(ledger, _lookup(http, pacer, kind), kind) for kind in KINDS}
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
            protected=(endpoint.call_route[1],) if endpoint.call_route else (),
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
                    _counted_for(results, pacer, progress),
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
                )
            finally:
                ctx.alarm.set(None)
                client.close()
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
    )


def _selected_operations(
    document_operations: Operations,
    options: SuiteOptions,
    target: Target,
    http: httpx.Client,
    results: Results,
) -> Operations:
    """The operations this run tests: `--api`'s family, or what the target serves."""
    if options.api is not None:
        return document_operations.family(options.api)
    if target.embedded:
        return document_operations.family("all")
    families = tuple(f for f in ("seed", "current") if document_operations.family_tags(f))
    served, missing = served_families(http, document_operations, families)
    for family, reason in missing.items():
        results.not_applicable[f"--api {family}"] = reason
    if not served:
        results.add_error(
            "the server serves none of the API families: " + "; ".join(missing.values())
        )
        return document_operations.tagged([])
    tags = [tag for family in served for tag in document_operations.family_tags(family)]
    return document_operations.tagged(tags)


def _may_go_on(ctx: RunContext) -> bool:
    return not ctx.results.interrupted and not ctx.guard.silent and not ctx.clock.expired()


def _stage_ends(started: float, budget: float | None) -> dict[str, float | None]:
    if budget is None:
        return {"engine": None, "client": None, "cleanup": None}
    return {stage: started + budget * share for stage, share in STAGE_ENDS.items()}


def _withheld(safety: SafetyPolicy, endpoint: Endpoint, target: Target) -> dict[str, str]:
    withheld = safety.withheld()
    if target.embedded and endpoint.call_route is None:
        # A stand-in for the mock with no outbound rule: a call could name no rule it has.
        reason = "not exercised: the embedded server has no outbound rule to place calls through"
        withheld.update(dict.fromkeys((*CALL_OPERATIONS, "getCall"), reason))
    return withheld


def _withhold(operations: Operations, withheld: dict[str, str], results: Results) -> Operations:
    """`operations` without the withheld ones, each reported as not exercised, with why."""
    kept = [op for op in operations.labels if op not in withheld]
    for operation_id in operations.labels:
        if operation_id in withheld:
            results.not_applicable[operations.labels[operation_id]] = withheld[operation_id]
    return Operations(
        labels={op: operations.labels[op] for op in kept},
        tags={op: operations.tags[op] for op in kept},
    )


def _lookup(http: httpx.Client, pace: Pacer, kind: ResourceKind = ROUTING_RULE) -> Lookup:
    """GET of one resource for its fence; the id comes already encoded for a path."""

    def lookup(rule_id: str) -> tuple[int, Any] | None:
        pace()
        try:
            answer = http.get(f"{kind.collection_path}/{rule_id}")
        except httpx.HTTPError:
            return None
        try:
            body = answer.json()
        except ValueError:
            body = None
        return answer.status_code, body

    return lookup


def _counted(pace: Pacer, progress: Progress) -> Callable[[], None]:
    def paced_and_counted() -> None:
        pace()
        progress.request()

    return paced_and_counted


def _counted_for(results: Results, pace: Pacer, progress: Progress) -> Callable[[str], None]:
    def paced_and_counted(label: str) -> None:
        pace()
        progress.request()
        results.count_request(label)

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
