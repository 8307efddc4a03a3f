"""The schemathesis part of a run: configuration, extensions, and reading the engine's events."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import requests
import schemathesis
from schemathesis.checks import CHECKS, CheckContext
from schemathesis.core.failures import Failure, Severity
from schemathesis.core.result import Ok
from schemathesis.core.transport import Response
from schemathesis.engine import events, from_schema
from schemathesis.engine.run import PhaseName
from schemathesis.generation.case import Case
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER, HookContext
from schemathesis.specs.openapi.schemas import OpenApiSchema
from schemathesis.wfc.escalation import EscalatingAuthProvider

from videosdk_sip.contract.context import RecordingTokens, RunContext
from videosdk_sip.contract.engine_config import (
    CLIENT_CHECK,
    OBJECT_CHECK,
    load_schema,
)
from videosdk_sip.contract.engine_events import consume, response_json
from videosdk_sip.contract.guard import AnswerGuard
from videosdk_sip.contract.models import ResponseModels, roundtrip_problem
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.scoping import Scope
from videosdk_sip.contract.semantics.observer import ObservedCall

__all__ = ["CLIENT_CHECK", "ClientModelFailure", "execute_engine", "load_schema"]

OWNER = "key-a"
PEER = "key-b"
NO_PEER = (
    "not applicable (needs two identities: set VIDEOSDK_PEER_API_KEY and "
    "VIDEOSDK_PEER_SECRET for a URL)"
)


class ClientModelFailure(Failure):
    """An answer that the generated client's model does not parse, or does not keep whole."""

    code = "ST999"
    kind_title = "Answer does not survive the client's model"


def execute_engine(schema: OpenApiSchema, ctx: RunContext) -> None:
    """Runs every phase, filling `ctx.results`; returns early (`results.interrupted`) on Ctrl-C.

    The run also stops early when a request got no answer within its time: a silent server
    would otherwise hold every remaining case for the whole request timeout.
    """
    _install_auth(schema, ctx.tokens, ctx.peer_tokens)
    scope = Scope(ctx)
    results = ctx.results
    operation_ids = {label: operation_id for operation_id, label in ctx.operations.labels.items()}

    def after_call(context: HookContext, case: Case[Any], response: Response) -> None:
        ctx.progress.request()
        label = case.operation.label
        results.count_status(label, response.status_code)
        if not 200 <= response.status_code < 300:
            return
        answer = response_json(response)
        # The scope learns what the run owns first: the semantic model follows only that.
        scope.learn_answer(label, case, response.status_code, answer, "schemathesis")
        ctx.semantics.observe(_observed(case, response, answer, operation_ids, ctx.redactor))

    schema.hooks.register_hook_with_name(after_call, "after_call")
    guard = ctx.guard if ctx.endpoint.app is None else None
    with ExitStack() as stack:
        stack.enter_context(_marking_and_fencing(scope, guard))
        stack.enter_context(_client_check(ctx.models))
        stream = from_schema(schema).execute()
        stopped = False
        probing = False
        probing_limit = 0.0
        ctx.alarm.set(ctx.clock.remaining())
        try:
            for event in stream:
                if isinstance(event, events.PhaseStarted) and _is_probing(event):
                    probing = True
                    probing_limit = _probing_limit(ctx, schema)
                    ctx.alarm.set(probing_limit)
                elif isinstance(event, events.PhaseFinished) and _is_probing(event):
                    probing = False
                    ctx.alarm.set(ctx.clock.remaining())
                    _note_silent_probes(event, ctx, schema)
                elif isinstance(event, events.NonFatalError):
                    ctx.guard.requests_failed(event.label, event.value)
                consume(event, results, ctx.redactor, ctx.progress)
                if not stopped and ctx.guard.silent:
                    stopped = True
                    stream.stop()
        except KeyboardInterrupt:
            stream.stop()
            results.interrupted = True
        finally:
            ctx.alarm.set(None)
    if ctx.alarm.fired:
        # The stage's end, not a person: the run goes on to cleanup and says why it stopped.
        results.interrupted = False
        if probing:
            ctx.guard.silence(
                f"{ctx.target.describe()} (schemathesis's opening probes)",
                round(max(probing_limit, 0.0), 1),
                "no complete answer",
            )
        else:
            results.stopped_early = "the time budget for schemathesis ran out"
    if ctx.peer_tokens is None:
        results.not_applicable[OBJECT_CHECK] = NO_PEER
    else:
        results.peer_probes = ctx.peer_tokens.handed_out


def _observed(
    case: Case[Any],
    response: Response,
    answer: object,
    operation_ids: dict[str, str],
    redactor: Redactor,
) -> ObservedCall:
    label = case.operation.label

    def reproduction() -> str:
        return redactor.scrub(case.as_curl_command(headers=dict(response.request.headers)))

    return ObservedCall(
        operation_id=operation_ids.get(label, ""),
        label=label,
        status=response.status_code,
        answer=answer,
        path_parameters=case.path_parameters or {},
        query=case.query or {},
        body=case.body,
        reproduction=reproduction,
        phase="schemathesis",
    )


def _is_probing(event: events.PhaseEvent) -> bool:
    return event.phase.name == PhaseName.PROBING


def _probing_limit(ctx: RunContext, schema: Any) -> float:
    """Schemathesis's two probes get their timeout each, and a second to spare."""
    limit = 2 * (schema.config.request_timeout or ctx.guard.request_timeout) + 1
    remaining = ctx.clock.remaining()
    return limit if remaining is None else min(limit, remaining)


def _note_silent_probes(event: events.PhaseFinished, ctx: RunContext, schema: Any) -> None:
    """Schemathesis opens with two probes; if neither got an answer, the server is silent."""
    if not isinstance(event.payload, Ok):
        return
    probes = event.payload.ok().probes
    if probes and all(isinstance(run.error, requests.Timeout) for run in probes):
        seconds = schema.config.request_timeout or ctx.guard.request_timeout
        ctx.guard.silence(ctx.target.describe(), seconds * len(probes))


class _SuiteTokens:
    """Puts a current token, raw, in `Authorization` (the tokens cache and refresh themselves)."""

    def __init__(self, tokens: RecordingTokens) -> None:
        self._tokens = tokens

    def get(self, case: Case[Any], context: Any) -> str:
        return self._tokens.get_token()

    def set(self, case: Case[Any], data: str, context: Any) -> None:
        case.headers["Authorization"] = data


def _install_auth(
    schema: OpenApiSchema, tokens: RecordingTokens, peer_tokens: RecordingTokens | None
) -> None:
    """Every request goes as the run's identity; a peer identity only probes its rules.

    With a peer, the provider is the one schemathesis builds for a multi-user `[auth.wfc]`
    document with `peers` (its only way to get two identities), pinned to the run's own:
    `object_level_authorization` then replays each successful read of a rule as the peer.
    """
    if peer_tokens is None:
        schema.auth.providers.append(_SuiteTokens(tokens))
        return
    schema.auth.providers.append(
        EscalatingAuthProvider(
            [_SuiteTokens(tokens), _SuiteTokens(peer_tokens)],
            [OWNER, PEER],
            peers=(OWNER, PEER),
            pinned=OWNER,
        )
    )


@contextmanager
def _marking_and_fencing(scope: Scope, guard: AnswerGuard | None) -> Iterator[None]:
    """Right before each request, in every phase, keeps it to what the run may touch (see
    `scoping`); over the network it also gets the guard's time and size limits (`guard`).

    `before_call` is a process-wide hook, so it is registered for this run only. Schemathesis
    re-validates a case that the hook changed, so its positive/negative label stays true.
    """

    def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
        label = case.operation.label
        if guard is not None:
            kwargs.update(guard.requests_arguments(label))
        scope.shape_request(label, case)

    GLOBAL_HOOK_DISPATCHER.register_hook_with_name(before_call, "before_call")
    try:
        yield
    finally:
        GLOBAL_HOOK_DISPATCHER.unregister(before_call)


@contextmanager
def _client_check(models: ResponseModels) -> Iterator[None]:
    """Registers the check that every documented answer survives the client's model."""

    def client_model_roundtrip(
        ctx: CheckContext, response: Response, case: Case[Any]
    ) -> bool | None:
        # As for the built-in checks: True means "does not apply here", None means "passed".
        model = models.model_for(case.operation.label, response.status_code)
        if model is None:
            return True  # an undocumented status: status_code_conformance reports it
        try:
            payload = response.json()
        except ValueError:
            return True  # not JSON: content_type_conformance reports it
        problem = roundtrip_problem(model, payload)
        if problem is not None:
            raise ClientModelFailure(
                operation=case.operation.label,
                title=f"Answer {response.status_code} does not survive the client's "
                f"{model.__name__} model",
                message=problem,
                severity=Severity.HIGH,
            )
        return None

    schemathesis.check(client_model_roundtrip)
    try:
        yield
    finally:
        CHECKS.unregister(CLIENT_CHECK)
