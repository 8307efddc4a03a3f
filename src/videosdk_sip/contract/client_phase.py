"""The client check: generated bodies sent through the generated client, every answer kept whole.

Each example is a create body and an update body drawn from the document's request schemas
(positive data, by schemathesis's own strategies). The body goes into the client's request
model and must come out unchanged (`client_request_roundtrip`); the client sends it; then the
rule is fetched, updated, found by listing, deleted and fetched again, all through the client.
Every answer must parse into the client's model for its status, and `to_dict()` of the parsed
answer must equal the JSON the server sent (`client_response_roundtrip`); the created rule
must be retrievable and listed, and the deleted one gone (`client_lifecycle`).

When a created rule answers `type: INBOUND`, a second rule reusing one of its numbers is
created on the same gateway, and must be refused with the documented 409 `Error`
(`client_number_conflict`). On an outbound gateway numbers may be shared, so the step reports
as not applicable; against the embedded mock the first lifecycles use its inbound gateway until
the step has run.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from attrs import evolve, frozen
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema
from videosdk_sip_client import AuthenticatedClient
from videosdk_sip_client.api.routing_rules import (
    create_routing_rule,
    delete_routing_rule,
    get_routing_rule,
    list_routing_rules,
    update_routing_rule,
)
from videosdk_sip_client.exceptions import ApiError, ConflictError
from videosdk_sip_client.models import Error, RoutingRuleCreate, RoutingRuleUpdate
from videosdk_sip_client.types import Response

from videosdk_sip.contract.context import OWNERSHIP_CHECK, RunContext, ownership_failure
from videosdk_sip.contract.marking import RuleMarker
from videosdk_sip.contract.models import Model, first_difference, roundtrip_problem
from videosdk_sip.contract.ownership import ROUTING_RULE
from videosdk_sip.contract.redaction import REDACTED
from videosdk_sip.contract.results import CLIENT_CHECK, FailureRecord, body_excerpt

__all__ = [
    "CLIENT_LIFECYCLE_CHECK",
    "CLIENT_NUMBER_CONFLICT_CHECK",
    "CLIENT_REQUEST_CHECK",
    "CLIENT_RESPONSE_CHECK",
    "curl_command",
    "run_client_phase",
]

CLIENT_REQUEST_CHECK = "client_request_roundtrip"
CLIENT_RESPONSE_CHECK = "client_response_roundtrip"
CLIENT_LIFECYCLE_CHECK = "client_lifecycle"
CLIENT_NUMBER_CONFLICT_CHECK = "client_number_conflict"
NUMBER_CONFLICT_NOT_APPLICABLE = (
    "not applicable (no rule was created on an inbound gateway; only there is a number "
    "routed by one rule at most)"
)
PHASE = "client"
RULES_PATH = ROUTING_RULE.collection_path


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


class _ClientRun:
    def __init__(self, client: AuthenticatedClient, ctx: RunContext) -> None:
        self.client = client
        self.ctx = ctx
        self.marker = ctx.marker
        self.ledger = ctx.ledger
        self.models = ctx.models
        self.results = ctx.results
        self.redactor = ctx.redactor
        self.pace = ctx.pacer
        self.progress = ctx.progress
        self.conflicts_checked = 0
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

    def lifecycle(
        self, create_body: object, update_body: object, gateway_id: str | None = None
    ) -> None:
        """One create-to-delete lifecycle; on `gateway_id` instead of the run's, when given."""
        marker = self.marker if gateway_id is None else evolve(self.marker, gateway_id=gateway_id)
        body = marker.mark_create(create_body)
        if not isinstance(body, dict):
            return
        create_model = self.request_model(self.create_label, RoutingRuleCreate, body, RULES_PATH)
        if create_model is None:
            return
        created = self.send(
            self.create_label,
            "POST",
            RULES_PATH,
            body,
            lambda: create_routing_rule.sync_detailed(client=self.client, body=create_model),
        )
        if created is None or created.status != 200:
            return
        rule_id = self.claim(created.payload)
        if rule_id is None:
            return
        self.number_conflict(marker, body, created.payload)
        path = f"{RULES_PATH}/{quote(rule_id, safe='')}"

        fetched = self.fetch(rule_id, path)
        self.expect(
            self.create_label,
            fetched,
            200,
            "a created rule can be fetched at once",
            curl_command("GET", self.url(path)),
        )

        update = self.marker.mark_update(update_body)
        update_model = self.request_model(self.update_label, RoutingRuleUpdate, update, path)
        if update_model is not None:
            self.send(
                self.update_label,
                "PUT",
                path,
                update,
                lambda: update_routing_rule.sync_detailed(
                    rule_id, client=self.client, body=update_model
                ),
            )

        search = f"{RULES_PATH}?{urlencode({'search': self.marker.prefix, 'id': rule_id})}"
        listed = self.send(
            self.list_label,
            "GET",
            search,
            None,
            lambda: list_routing_rules.sync_detailed(
                client=self.client, search=self.marker.prefix, id=rule_id
            ),
        )
        if listed is not None and listed.status == 200:
            data = listed.payload.get("data") if isinstance(listed.payload, dict) else None
            ids = [rule.get("id") for rule in data or [] if isinstance(rule, dict)]
            if ids != [rule_id]:
                self.lifecycle_failure(
                    self.list_label,
                    "Listing by id and name does not find the rule just created",
                    f"the listing filtered by id={rule_id} and the run's name prefix holds "
                    f"exactly that rule; it holds {ids}",
                    curl_command("GET", self.url(search)),
                )

        deleted = self.send(
            self.delete_label,
            "DELETE",
            path,
            None,
            lambda: delete_routing_rule.sync_detailed(rule_id, client=self.client),
        )
        if deleted is None or deleted.status != 200:
            return
        self.ledger.deleted(ROUTING_RULE, rule_id)
        gone = self.fetch(rule_id, path)
        self.expect(
            self.delete_label,
            gone,
            404,
            "a deleted rule is gone: fetching it answers 404",
            f"{curl_command('DELETE', self.url(path))}\n{curl_command('GET', self.url(path))}",
        )

    def fetch(self, rule_id: str, path: str) -> Answer | None:
        return self.send(
            self.get_label,
            "GET",
            path,
            None,
            lambda: get_routing_rule.sync_detailed(rule_id, client=self.client),
        )

    def number_conflict(self, marker: RuleMarker, body: dict[str, Any], rule: object) -> None:
        """On an inbound gateway, a second rule with one of `rule`'s numbers must get a 409."""
        if not isinstance(rule, dict) or rule.get("type") != "INBOUND":
            return
        numbers = rule.get("numbers")
        if not isinstance(numbers, list) or not numbers or not isinstance(numbers[0], str):
            return
        duplicate = marker.mark_create({**body, "numbers": [numbers[0]]})
        model = self.request_model(self.create_label, RoutingRuleCreate, duplicate, RULES_PATH)
        if model is None:
            return
        self.conflicts_checked += 1
        self.results.count_check(self.create_label, CLIENT_NUMBER_CONFLICT_CHECK)
        reproduction = curl_command("POST", self.url(RULES_PATH), duplicate)
        expected = (
            f"a second rule on inbound gateway {rule.get('gatewayId')} with number "
            f"{numbers[0]}, already routed by rule {rule.get('id')}, is refused with 409 "
            "(NUMBER_IN_USE) and the documented Error body"
        )
        self.pace()
        try:
            accepted = create_routing_rule.sync(client=self.client, body=model)
        except ConflictError as error:
            self.count_answer(error)
            if error.status == 409 and isinstance(error.error, Error):
                return
            self.conflict_failure(
                "The 409 answer does not parse into the client's Error model",
                f"{expected}\nAnswered 409: {body_excerpt(error.text.encode())}",
                reproduction,
                status=error.status,
            )
        except ApiError as error:
            if error.status is None:
                self.results.add_error(
                    self.redactor.scrub(f"{self.create_label} through the client: {error}")
                )
                return
            self.count_answer(error)
            self.conflict_failure(
                f"Expected 409, the server answered {error.status}",
                f"{expected}\nAnswered {error.status}: {body_excerpt(error.text.encode())}",
                reproduction,
                status=error.status,
            )
        except httpx.HTTPError as error:
            self.results.add_error(
                self.redactor.scrub(
                    f"{self.create_label} through the client: {type(error).__name__}"
                )
            )
        else:
            self.progress.request()
            self.results.count_request(self.create_label, phase=CLIENT_CHECK)
            self.results.count_status(self.create_label, 200)
            self.claim(accepted.to_dict())
            self.conflict_failure(
                "A number already routed on an inbound gateway was accepted again",
                f"{expected}\nAnswered 200: created rule {accepted.id}",
                reproduction,
                status=200,
            )

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


def run_client_phase(schema: OpenApiSchema, client: AuthenticatedClient, ctx: RunContext) -> None:
    """Runs the configured number of create-to-delete lifecycles through the client.

    It stops early when the run's clock says the stage is over, or when the server has been
    found silent. With an inbound gateway known (`target.inbound_gateway_id`), lifecycles go
    there until the number-conflict step has run once, then to the run's gateway.
    """
    run = _ClientRun(client, ctx)
    inbound_gateway_id = ctx.target.inbound_gateway_id
    creates = schema.find_operation_by_id("createRoutingRule").as_strategy(GenerationMode.POSITIVE)
    updates = schema.find_operation_by_id("updateRoutingRule").as_strategy(GenerationMode.POSITIVE)

    @settings(
        max_examples=ctx.options.client_examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis_seed(ctx.seed)
    @given(st.tuples(creates, updates))
    def exercise(pair: tuple[Any, Any]) -> None:
        if ctx.clock.expired() or ctx.guard.silent:
            return
        create_case, update_case = pair
        gateway_id = inbound_gateway_id if run.conflicts_checked == 0 else None
        run.lifecycle(create_case.body, update_case.body, gateway_id)

    ctx.progress.operation("create -> get -> update -> list -> delete -> get")
    exercise()
    if run.conflicts_checked == 0:
        ctx.results.not_applicable[CLIENT_NUMBER_CONFLICT_CHECK] = NUMBER_CONFLICT_NOT_APPLICABLE
