"""The schemathesis stage of a run: its phases run under the run's hooks, its events read into
the results, and the run's time watched (a silent server or a spent budget ends it early).

The configuration is `engine_config`, the hooks `engine_hooks`, the reading of events
`engine_events`."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

import requests
from schemathesis.core.result import Ok
from schemathesis.core.transport import Response
from schemathesis.engine import events, from_schema
from schemathesis.engine.run import PhaseName
from schemathesis.generation.case import Case
from schemathesis.hooks import HookContext
from schemathesis.specs.openapi.schemas import OpenApiSchema

from videosdk_sip.contract.context import RunContext
from videosdk_sip.contract.engine_config import OBJECT_CHECK, load_schema
from videosdk_sip.contract.engine_events import consume, response_json
from videosdk_sip.contract.engine_hooks import client_check, install_auth, marking_and_fencing
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.scoping import Scope
from videosdk_sip.contract.semantics.observer import ObservedCall

__all__ = ["execute_engine", "load_schema"]

NO_PEER = (
    "not applicable (needs two identities: set VIDEOSDK_PEER_API_KEY and "
    "VIDEOSDK_PEER_SECRET for a URL)"
)


def execute_engine(schema: OpenApiSchema, ctx: RunContext) -> None:
    """Runs every phase, filling `ctx.results`; returns early (`results.interrupted`) on Ctrl-C.

    The run also stops early when a request got no answer within its time: a silent server
    would otherwise hold every remaining case for the whole request timeout.
    """
    install_auth(schema, ctx.tokens, ctx.peer_tokens)
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
        stack.enter_context(marking_and_fencing(scope, guard))
        stack.enter_context(client_check(ctx.models))
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
