"""One request through the generated client, its answer judged and any failure recorded.

`ClientRequests.request_model` checks that a body survives the client's request model
(`client_request_roundtrip`); `ClientRequests.send` sends it and checks that the answer parses
into the client's model for its status and that `to_dict()` gives back the JSON the server
sent (`client_response_roundtrip`). The failure builders charge a failure to its check, with
a curl command that reproduces the request and the token redacted. The scenarios built on
these requests are in `client_phase`.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable
from typing import Any

import httpx
from attrs import frozen
from videosdk_sip_client import AuthenticatedClient
from videosdk_sip_client.exceptions import ApiError
from videosdk_sip_client.types import Response

from videosdk_sip.contract.context import OWNERSHIP_CHECK, RunContext, ownership_failure
from videosdk_sip.contract.models import Model, first_difference, roundtrip_problem
from videosdk_sip.contract.ownership import ROUTING_RULE
from videosdk_sip.contract.redaction import REDACTED
from videosdk_sip.contract.results import CLIENT_CHECK, FailureRecord, body_excerpt

__all__ = [
    "CLIENT_LIFECYCLE_CHECK",
    "CLIENT_NUMBER_CONFLICT_CHECK",
    "CLIENT_REQUEST_CHECK",
    "CLIENT_RESPONSE_CHECK",
    "Answer",
    "ClientRequests",
    "curl_command",
]

CLIENT_REQUEST_CHECK = "client_request_roundtrip"
CLIENT_RESPONSE_CHECK = "client_response_roundtrip"
CLIENT_LIFECYCLE_CHECK = "client_lifecycle"
CLIENT_NUMBER_CONFLICT_CHECK = "client_number_conflict"
PHASE = "client"


def curl_command(method: str, url: str, body: object | None = None) -> str:
    """A curl command for a request the client sent, with the token shown as redacted."""
    parts = ["curl", "-X", method, "-H", f"Authorization: {REDACTED}"]
    if body is not None:
        parts += ["-H", "Content-Type: application/json", "-d", json.dumps(body)]
    parts.append(url)
    return " ".join(shlex.quote(part) for part in parts)


@frozen
class Answer:
    status: int
    payload: object
    content: bytes


class ClientRequests:
    def __init__(self, client: AuthenticatedClient, ctx: RunContext) -> None:
        self.client = client
        self.ctx = ctx
        self.ledger = ctx.ledger
        self.models = ctx.models
        self.results = ctx.results
        self.redactor = ctx.redactor
        self.pace = ctx.pacer
        self.progress = ctx.progress
        labels = ctx.operations
        self.create_label = labels.label(ROUTING_RULE.create_operation_id)
        self.get_label = labels.label("getRoutingRule")
        self.update_label = labels.label("updateRoutingRule")
        self.delete_label = labels.label("deleteRoutingRule")
        self.list_label = labels.label("listRoutingRules")

    def claim(self, answer: object) -> str | None:
        """The created rule's id when the answer proves it the run's own; else a failure."""
        claim = self.ledger.claim(ROUTING_RULE, answer)
        if claim is None:
            return None
        if not claim.owned:
            self.ctx.record_failure(
                ownership_failure(claim, self.create_label, PHASE),
                identity=(self.create_label, OWNERSHIP_CHECK, claim.resource_id),
            )
            return None
        return claim.resource_id

    def count_answer(self, error: ApiError) -> None:
        """Counts an answer that the client raised as an error."""
        self.progress.request()
        self.results.count_request(self.create_label, phase=CLIENT_CHECK)
        if error.status is not None:
            self.results.count_status(self.create_label, error.status)

    def conflict_failure(
        self, title: str, expected: str, reproduction: str, status: int | None
    ) -> None:
        self.fail(
            self.create_label,
            CLIENT_NUMBER_CONFLICT_CHECK,
            title=title,
            expected=expected,
            reproduction=reproduction,
            status=status,
        )

    def expect(
        self, operation: str, answer: Answer | None, status: int, expected: str, reproduction: str
    ) -> None:
        """A lifecycle failure, charged to `operation`, when `answer` has not `status`."""
        self.results.count_check(operation, CLIENT_LIFECYCLE_CHECK)
        if answer is None or answer.status == status:
            return
        self.lifecycle_failure(
            operation,
            f"Expected {status}, the server answered {answer.status}",
            f"{expected}\nAnswered {answer.status}: {body_excerpt(answer.content)}",
            reproduction,
            status=answer.status,
        )

    def lifecycle_failure(
        self,
        operation: str,
        title: str,
        expected: str,
        reproduction: str,
        status: int | None = None,
    ) -> None:
        self.fail(
            operation,
            CLIENT_LIFECYCLE_CHECK,
            title=title,
            expected=expected,
            reproduction=reproduction,
            status=status,
        )

    def request_model(self, operation: str, model: type[Model], body: Any, path: str) -> Any:
        """The client's request model for `body`, or None (and a failure) when it changes it."""
        if not isinstance(body, dict):
            return None
        self.results.count_check(operation, CLIENT_REQUEST_CHECK)
        method = operation.split(" ", 1)[0]
        try:
            built = model.from_dict(body)
            difference = first_difference(body, built.to_dict())
        except Exception as error:  # the generated parsers raise whatever the data provokes
            difference = f"{model.__name__}.from_dict failed: {type(error).__name__}"
            built = None
        if difference is None:
            return built
        self.fail(
            operation,
            CLIENT_REQUEST_CHECK,
            title=f"The client's {model.__name__} model changes a valid body",
            expected=f"a body valid under the contract is sent as it is; {difference}",
            reproduction=curl_command(method, self.url(path), body),
        )
        return None

    def send(
        self,
        operation: str,
        method: str,
        path: str,
        body: object | None,
        call: Callable[[], Response[Any]],
    ) -> Answer | None:
        """Sends through the client and checks the answer survives its model."""
        self.pace()
        try:
            response = call()
        except (ApiError, httpx.HTTPError) as error:
            self.results.add_error(
                self.redactor.scrub(
                    f"{operation} through the client: {type(error).__name__}: {error}"
                )
            )
            return None
        self.progress.request()
        status = int(response.status_code)
        self.results.count_request(operation, phase=CLIENT_CHECK)
        self.results.count_status(operation, status)
        self.results.count_check(operation, CLIENT_RESPONSE_CHECK)
        reproduction = curl_command(method, self.url(path), body)
        payload: object
        try:
            payload = json.loads(response.content)
        except ValueError:
            payload = None
        problem = self.answer_problem(operation, status, payload, response.parsed)
        if problem is not None:
            title, expected = problem
            expected += f"\nAnswered {status}: {body_excerpt(response.content)}"
            self.fail(
                operation,
                CLIENT_RESPONSE_CHECK,
                title=title,
                expected=expected,
                reproduction=reproduction,
                status=status,
            )
        return Answer(status=status, payload=payload, content=response.content)

    def answer_problem(
        self, operation: str, status: int, payload: object, parsed: object
    ) -> tuple[str, str] | None:
        """A failure's title and explanation when the answer does not survive the client."""
        model = self.models.model_for(operation, status)
        if model is None:
            return (
                f"Status {status} is not documented, so the client has no model for it",
                f"one of the statuses the contract documents for {operation}",
            )
        expected = (
            f"the answer parses into the client's {model.__name__}, "
            "and to_dict() gives back the JSON received"
        )
        if payload is None:
            return (f"Answer {status} is not JSON", f"{expected}\nthe body is not JSON")
        to_dict = getattr(parsed, "to_dict", None)
        if parsed is None or to_dict is None:
            reason = roundtrip_problem(model, payload) or "the client returned no parsed answer"
            return (
                f"Answer {status} does not parse into the client's {model.__name__}",
                f"{expected}\n{reason}",
            )
        difference = first_difference(payload, to_dict())
        if difference is None:
            return None
        return (
            f"Answer {status} loses data in the client's {model.__name__}",
            f"{expected}\n{difference}",
        )

    def fail(
        self,
        operation: str,
        check: str,
        *,
        title: str,
        expected: str,
        reproduction: str,
        status: int | None = None,
    ) -> None:
        record = FailureRecord(
            operation=operation,
            check=check,
            title=title,
            expected=self.redactor.scrub(expected),
            reproduction=self.redactor.scrub(reproduction),
            phase=PHASE,
            status=status,
        )
        if self.results.add_failure(record, identity=(operation, check, title)):
            self.progress.failure()

    def url(self, path: str) -> str:
        return f"{self.client.base_url}{path}"
