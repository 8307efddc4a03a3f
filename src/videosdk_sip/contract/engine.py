"""The schemathesis part of a run: configuration, extensions, and reading the engine's events."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import requests
import schemathesis
from schemathesis.checks import CHECKS, CheckContext
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import Failure, Severity
from schemathesis.core.result import Ok
from schemathesis.core.transport import Response
from schemathesis.engine import Status, StopReason, events, from_schema
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.engine.run import PhaseName
from schemathesis.generation.case import Case
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER, HookContext
from schemathesis.specs.openapi.schemas import OpenApiSchema
from schemathesis.wfc.escalation import EscalatingAuthProvider

from videosdk_sip.contract.context import (
    OWNERSHIP_CHECK,
    Endpoint,
    Progress,
    RecordingTokens,
    RunContext,
)
from videosdk_sip.contract.guard import AnswerGuard
from videosdk_sip.contract.models import ResponseModels, roundtrip_problem
from videosdk_sip.contract.options import ENGINE_SHARE, SuiteOptions
from videosdk_sip.contract.redaction import REDACTED, Redactor
from videosdk_sip.contract.results import FailureRecord, Results, body_excerpt
from videosdk_sip.contract.scoping import Scope
from videosdk_sip.contract.semantics.observer import ObservedCall
from videosdk_sip.spec import load_document, only_operations

__all__ = ["CLIENT_CHECK", "ClientModelFailure", "execute_engine", "load_schema"]

CLIENT_CHECK = "client_model_roundtrip"
UNEXPECTED_METHODS = frozenset({"get", "put", "post", "delete", "options", "patch", "trace"})
OBJECT_CHECK = "object_level_authorization"
OWNER = "key-a"
PEER = "key-b"
RUN_CHECKS = "(whole run)"
NO_PEER = (
    "not applicable (needs two identities: set VIDEOSDK_PEER_API_KEY and "
    "VIDEOSDK_PEER_SECRET for a URL)"
)

EXPECTATIONS = {
    "not_a_server_error": "no request, valid or not, gets a 5xx answer",
    "status_code_conformance": "only the statuses the contract documents for this operation",
    "content_type_conformance": "the documented media type (application/json) on every answer",
    "response_schema_conformance": "a body that matches the documented schema for its status",
    "response_headers_conformance": "the documented headers (X-Request-Id; Retry-After on 429)",
    "positive_data_acceptance": "a request valid under the contract is accepted",
    "negative_data_rejection": "a request that breaks the contract is refused with a 4xx",
    "use_after_free": "a deleted rule is gone: fetching it answers 404",
    "ensure_resource_availability": "a created rule can be fetched, changed and deleted at once",
    "ignored_auth": "a request without a valid token is refused with 401",
    "missing_required_header": "a request missing a required header is refused with a 4xx",
    "unsupported_method": "a method the contract does not list answers 405",
    "allow_header_conformance": "a 405 answer lists the allowed methods in Allow",
    "object_level_authorization": "one API key never reaches another key's rules",
    "max_response_time": "every answer within the response-time limit",
    CLIENT_CHECK: "every documented answer parses into the generated client's model, unchanged",
    OWNERSHIP_CHECK: "a create answers a new resource that carries the run's marks",
}


STATE_DECIDES_400 = (
    "createInboundGateway",
    "updateInboundGateway",
    "createOutboundGateway",
    "updateOutboundGateway",
    "createPhoneNumbers",
    "updatePhoneNumberGateway",
    "createNumberRoutingRule",
    "updateNumberRoutingRule",
)
"""Operations where a body valid under the schema is still refused with the documented 400
when the stored state says no: a number already on a gateway of that direction, a number not
registered on the account, a header map of the wrong kind for the stored rule's type. For them
`positive_data_acceptance` accepts a 400 too."""

_ACCEPTED_FROM_VALID_DATA = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]


class ClientModelFailure(Failure):
    """An answer that the generated client's model does not parse, or does not keep whole."""

    code = "ST999"
    kind_title = "Answer does not survive the client's model"


def load_schema(
    endpoint: Endpoint,
    options: SuiteOptions,
    *,
    seed: int,
    peers: bool,
    operation_ids: frozenset[str] | None = None,
    withheld: frozenset[str] = frozenset(),
) -> OpenApiSchema:
    """The document, loaded with this run's configuration and pointed at `endpoint`.

    Without `peers` (a second identity) `object_level_authorization` is left out: it would
    run and pass without ever sending a request.
    """
    config = SchemathesisConfig.from_dict(
        _config(options, seed=seed, peers=peers, withheld=withheld)
    )
    # Cut down before loading: schemathesis's engine runs every operation of the document it
    # loaded, whatever `include` says. A copy, because schemathesis may change what it is given.
    document = load_document()
    if operation_ids is not None:
        document = only_operations(document, operation_ids)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(document), config=config)
    # Set after loading: a base URL set on the configuration beforehand is not used.
    schema.config.update(base_url=endpoint.base_url)
    if endpoint.app is not None:
        schema.app = endpoint.app
    actual = schema.get_base_url()
    if actual.rstrip("/") != endpoint.base_url.rstrip("/"):
        # Never fall back to the document's `servers` entry: that is the vendor's production.
        raise RuntimeError(f"schemathesis would send to {actual}, not to {endpoint.base_url}")
    return schema


def _unexpected_methods(withheld: frozenset[str]) -> dict[str, Any]:
    """The undocumented methods the coverage phase may try: never the method of an operation
    the run withholds (see `safety`), or a POST meant to test for a 405 would place a call."""
    if not withheld:
        return {}
    methods = {label.split(" ", 1)[0].lower() for label in withheld}
    return {"unexpected-methods": sorted(UNEXPECTED_METHODS - methods)}


def _allow_unchecked(withheld: frozenset[str]) -> list[dict[str, Any]]:
    """On a path with a withheld operation the server rightly allows a method the loaded
    document lacks, so `Allow` is not compared there."""
    paths = sorted({label.split(" ", 1)[1] for label in withheld})
    return [
        {"include-path": path, "checks": {"allow_header_conformance": {"enabled": False}}}
        for path in paths
    ]


def probe_timeout(options: SuiteOptions) -> float:
    """Seconds for each of schemathesis's two opening probes (its own requests, which the
    suite's hooks do not reach): together at most one request timeout, and a quarter of
    schemathesis's share of a time budget."""
    limit = options.request_timeout / 2
    if options.max_time is not None:
        limit = min(limit, options.max_time * ENGINE_SHARE / 4)
    return max(limit, 0.1)


def _config(
    options: SuiteOptions, *, seed: int, peers: bool, withheld: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """`withheld`: labels of the operations the run must not send (see `safety`)."""
    checks: dict[str, Any] = {"enabled": True}
    if not peers:
        checks[OBJECT_CHECK] = {"enabled": False}
    if options.max_response_time is not None:
        checks["max_response_time"] = options.max_response_time
    config: dict[str, Any] = {
        "seed": seed,
        "continue-on-failure": True,
        "workers": 1,
        # Generation speed depends on the machine; it must not turn into a failed run.
        "suppress-health-check": ["all"],
        # The suite sets each request's own timeout (see `guard`); this one reaches only the
        # probes schemathesis sends before the first phase.
        "request-timeout": probe_timeout(options),
        "checks": checks,
        # Schemathesis reuses literals from the source of an in-process app and of the
        # modules it imports; the app is the mock (or a test's wrapper of it), so those are
        # the test's constants, and which modules they reach depends on what is loaded: the
        # same seed then sent different requests.
        "analysis": {"constants": {"enabled": False}},
        "generation": {
            "mode": "all",
            "max-examples": options.max_examples,
            "database": "none",
        },
        "phases": {
            "examples": {"enabled": True},
            "coverage": {
                "enabled": True,
                **_unexpected_methods(withheld),
                **({} if options.negative_coverage else {"generation": {"mode": "positive"}}),
            },
            "fuzzing": {"enabled": True},
            "stateful": {
                "enabled": True,
                "generation": {"max-examples": options.stateful_examples},
            },
        },
        # Drawing the id of the seed family's DELETE (or of a release, a bodiless POST) from
        # ids seen in answers makes its examples run out after a few dozen; stateful
        # sequences delete real objects, fuzzing gets its full count. The current API's
        # deletes keep drawing from answers: with few stateful sequences over 37 operations,
        # that is what reaches the run's own gateways, webhooks and rules.
        "operations": [
            {
                "include-operation-id": "deleteRoutingRule",
                "phases": {"fuzzing": {"extra-data-sources": {"responses": False}}},
            },
            {
                "include-operation-id": "releasePhoneNumber",
                "phases": {"fuzzing": {"extra-data-sources": {"responses": False}}},
            },
            *(
                {
                    "include-operation-id": operation_id,
                    "checks": {
                        "positive_data_acceptance": {"expected-statuses": _ACCEPTED_FROM_VALID_DATA}
                    },
                }
                for operation_id in STATE_DECIDES_400
            ),
            *_allow_unchecked(withheld),
        ],
        # Runs must not depend on what an earlier run left on disk.
        "cache": {"enabled": False},
        "output": {"sanitization": {"enabled": True, "replacement": REDACTED}},
    }
    if options.rate_limit is not None:
        config["rate-limit"] = options.rate_limit
    if options.max_time is not None:
        config["max-time"] = max(1, int(options.max_time * ENGINE_SHARE))
    return config


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
        answer = _json(response)
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
                _consume(event, results, ctx.redactor, ctx.progress)
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


def _json(response: Response) -> object:
    try:
        answer: object = json.loads(response.content)
    except ValueError:
        return None
    return answer


def _consume(
    event: events.EngineEvent, results: Results, redactor: Redactor, progress: Progress
) -> None:
    if isinstance(event, events.PhaseStarted):
        progress.phase(event.phase.name.value)
    elif isinstance(event, events.ScenarioStarted):
        progress.operation(event.label)
    elif isinstance(event, events.ScenarioFinished):
        if event.status == Status.INTERRUPTED:
            results.interrupted = True
        _record_scenario(event.recorder, event.phase.value, results, redactor, progress)
    elif isinstance(event, events.NonFatalError):
        results.add_error(
            redactor.scrub(f"{event.label}: {event.info.title}: {event.info.message}")
        )
    elif isinstance(event, events.FatalError):
        results.add_error(
            redactor.scrub(f"fatal: {type(event.exception).__name__}: {event.exception}")
        )
    elif isinstance(event, events.Interrupted):
        results.interrupted = True
    elif isinstance(event, events.EngineFinished):
        if event.stop_reason not in (StopReason.COMPLETED, StopReason.MAX_TIME):
            results.stopped_early = event.stop_reason.skip_explanation
        for failure in event.failures:
            record = FailureRecord(
                operation=failure.operation or RUN_CHECKS,
                check=RUN_CHECKS,
                title=failure.title,
                expected=redactor.scrub(failure.message),
                reproduction="",
                phase="after run",
            )
            if results.add_failure(record, identity=(RUN_CHECKS, failure)):
                progress.failure()


def _record_scenario(
    recorder: ScenarioRecorder,
    phase: str,
    results: Results,
    redactor: Redactor,
    progress: Progress,
) -> None:
    for case_id, node in recorder.cases.items():
        if recorder.find_response(case_id=case_id) is not None:
            results.count_request(node.value.operation.label, phase=phase)
    for case_id, checks in recorder.checks.items():
        case_node = recorder.cases.get(case_id)
        if case_node is None:
            continue
        operation = case_node.value.operation.label
        for check in checks:
            results.count_check(operation, check.name)
            info = check.failure_info
            if check.status != Status.FAILURE or info is None:
                continue
            failure = info.failure
            where = failure.operation or operation
            response = recorder.find_response(case_id=case_id)
            record = FailureRecord(
                operation=where,
                check=check.name,
                title=failure.title,
                expected=redactor.scrub(_expected(check.name, failure, response)),
                reproduction=redactor.scrub(
                    _reproduction(recorder, case_id, failure, info.code_sample)
                ),
                phase=phase,
                status=response.status_code if response is not None else None,
            )
            if results.add_failure(record, identity=(where, check.name, failure)):
                progress.failure()


def _expected(check: str, failure: Failure, response: Response | None) -> str:
    """What the contract expected, what the failure says, and what the server answered."""
    parts = [EXPECTATIONS.get(check, failure.title)]
    if failure.message.strip():
        parts.append(failure.message.strip())
    if response is not None:
        body = body_excerpt(response.content)
        parts.append(
            f"Answered {response.status_code}: {body}"
            if body
            else f"Answered {response.status_code}"
        )
    return "\n".join(parts)


def _reproduction(recorder: ScenarioRecorder, case_id: str, failure: Failure, last: str) -> str:
    """The curl commands that reproduce a failure: the steps before it (stateful), then it."""
    steps: list[str] = []
    for case in recorder.iter_chain_cases(
        case_id=case_id, related_case_ids=failure.related_case_ids()
    ):
        if case.id == case_id:
            continue
        try:
            headers = recorder.find_request_headers(case_id=case.id)
        except KeyError:
            continue
        steps.append(case.as_curl_command(headers=headers))
    steps.append(last)
    return "\n".join(steps)
