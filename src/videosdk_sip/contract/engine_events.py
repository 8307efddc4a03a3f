"""Reading schemathesis's engine events into the run's results, apart from the run that
produces them (as schemathesis keeps its events apart from their consumers)."""

from __future__ import annotations

import json

from schemathesis.core.failures import Failure
from schemathesis.core.transport import Response
from schemathesis.engine import Status, StopReason, events
from schemathesis.engine.recorder import ScenarioRecorder

from videosdk_sip.contract.context import Progress
from videosdk_sip.contract.engine_config import EXPECTATIONS
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.results import FailureRecord, Results, body_excerpt

__all__ = ["consume", "response_json"]

RUN_CHECKS = "(whole run)"


def response_json(response: Response) -> object:
    """The answer's JSON body, or None when it is not JSON."""
    try:
        answer: object = json.loads(response.content)
    except ValueError:
        return None
    return answer


def consume(
    event: events.EngineEvent, results: Results, redactor: Redactor, progress: Progress
) -> None:
    """One event into the results (requests, checks, failures, errors) and the progress line."""
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
