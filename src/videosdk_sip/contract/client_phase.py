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
the step has run. Each request is sent, and its answer judged, by `client_requests`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

import httpx
from attrs import evolve
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

from videosdk_sip.contract.client_requests import (
    CLIENT_NUMBER_CONFLICT_CHECK,
    Answer,
    ClientRequests,
    curl_command,
)
from videosdk_sip.contract.context import RunContext
from videosdk_sip.contract.marking import RuleMarker
from videosdk_sip.contract.ownership import ROUTING_RULE
from videosdk_sip.contract.results import CLIENT_CHECK, body_excerpt

__all__ = ["run_client_phase"]

NUMBER_CONFLICT_NOT_APPLICABLE = (
    "not applicable (no rule was created on an inbound gateway; only there is a number "
    "routed by one rule at most)"
)
RULES_PATH = ROUTING_RULE.collection_path


class _ClientRun:
    """The scenarios: create-to-delete lifecycles and the number conflict, request by request."""

    def __init__(self, client: AuthenticatedClient, ctx: RunContext) -> None:
        self.requests = ClientRequests(client, ctx)
        self.marker = ctx.marker
        self.conflicts_checked = 0

    def lifecycle(
        self, create_body: object, update_body: object, gateway_id: str | None = None
    ) -> None:
        """One create-to-delete lifecycle; on `gateway_id` instead of the run's, when given."""
        marker = self.marker if gateway_id is None else evolve(self.marker, gateway_id=gateway_id)
        body = marker.mark_create(create_body)
        if not isinstance(body, dict):
            return
        create_model = self.requests.request_model(
            self.requests.create_label, RoutingRuleCreate, body, RULES_PATH
        )
        if create_model is None:
            return
        created = self.requests.send(
            self.requests.create_label,
            "POST",
            RULES_PATH,
            body,
            lambda: create_routing_rule.sync_detailed(
                client=self.requests.client, body=create_model
            ),
        )
        if created is None or created.status != 200:
            return
        rule_id = self.requests.claim(created.payload)
        if rule_id is None:
            return
        self.number_conflict(marker, body, created.payload)
        path = f"{RULES_PATH}/{quote(rule_id, safe='')}"

        fetched = self.fetch(rule_id, path)
        self.requests.expect(
            self.requests.create_label,
            fetched,
            200,
            "a created rule can be fetched at once",
            curl_command("GET", self.requests.url(path)),
        )

        update = self.marker.mark_update(update_body)
        update_model = self.requests.request_model(
            self.requests.update_label, RoutingRuleUpdate, update, path
        )
        if update_model is not None:
            self.requests.send(
                self.requests.update_label,
                "PUT",
                path,
                update,
                lambda: update_routing_rule.sync_detailed(
                    rule_id, client=self.requests.client, body=update_model
                ),
            )

        search = f"{RULES_PATH}?{urlencode({'search': self.marker.prefix, 'id': rule_id})}"
        listed = self.requests.send(
            self.requests.list_label,
            "GET",
            search,
            None,
            lambda: list_routing_rules.sync_detailed(
                client=self.requests.client, search=self.marker.prefix, id=rule_id
            ),
        )
        if listed is not None and listed.status == 200:
            data = listed.payload.get("data") if isinstance(listed.payload, dict) else None
            ids = [rule.get("id") for rule in data or [] if isinstance(rule, dict)]
            if ids != [rule_id]:
                self.requests.lifecycle_failure(
                    self.requests.list_label,
                    "Listing by id and name does not find the rule just created",
                    f"the listing filtered by id={rule_id} and the run's name prefix holds "
                    f"exactly that rule; it holds {ids}",
                    curl_command("GET", self.requests.url(search)),
                )

        deleted = self.requests.send(
            self.requests.delete_label,
            "DELETE",
            path,
            None,
            lambda: delete_routing_rule.sync_detailed(rule_id, client=self.requests.client),
        )
        if deleted is None or deleted.status != 200:
            return
        self.requests.ledger.deleted(ROUTING_RULE, rule_id)
        gone = self.fetch(rule_id, path)
        self.requests.expect(
            self.requests.delete_label,
            gone,
            404,
            "a deleted rule is gone: fetching it answers 404",
            f"{curl_command('DELETE', self.requests.url(path))}\n"
            f"{curl_command('GET', self.requests.url(path))}",
        )

    def fetch(self, rule_id: str, path: str) -> Answer | None:
        return self.requests.send(
            self.requests.get_label,
            "GET",
            path,
            None,
            lambda: get_routing_rule.sync_detailed(rule_id, client=self.requests.client),
        )

    def number_conflict(self, marker: RuleMarker, body: dict[str, Any], rule: object) -> None:
        """On an inbound gateway, a second rule with one of `rule`'s numbers must get a 409."""
        if not isinstance(rule, dict) or rule.get("type") != "INBOUND":
            return
        numbers = rule.get("numbers")
        if not isinstance(numbers, list) or not numbers or not isinstance(numbers[0], str):
            return
        duplicate = marker.mark_create({**body, "numbers": [numbers[0]]})
        model = self.requests.request_model(
            self.requests.create_label, RoutingRuleCreate, duplicate, RULES_PATH
        )
        if model is None:
            return
        self.conflicts_checked += 1
        self.requests.results.count_check(self.requests.create_label, CLIENT_NUMBER_CONFLICT_CHECK)
        reproduction = curl_command("POST", self.requests.url(RULES_PATH), duplicate)
        expected = (
            f"a second rule on inbound gateway {rule.get('gatewayId')} with number "
            f"{numbers[0]}, already routed by rule {rule.get('id')}, is refused with 409 "
            "(NUMBER_IN_USE) and the documented Error body"
        )
        self.requests.pace()
        try:
            accepted = create_routing_rule.sync(client=self.requests.client, body=model)
        except ConflictError as error:
            self.requests.count_answer(error)
            if error.status == 409 and isinstance(error.error, Error):
                return
            self.requests.conflict_failure(
                "The 409 answer does not parse into the client's Error model",
                f"{expected}\nAnswered 409: {body_excerpt(error.text.encode())}",
                reproduction,
                status=error.status,
            )
        except ApiError as error:
            if error.status is None:
                self.requests.results.add_error(
                    self.requests.redactor.scrub(
                        f"{self.requests.create_label} through the client: {error}"
                    )
                )
                return
            self.requests.count_answer(error)
            self.requests.conflict_failure(
                f"Expected 409, the server answered {error.status}",
                f"{expected}\nAnswered {error.status}: {body_excerpt(error.text.encode())}",
                reproduction,
                status=error.status,
            )
        except httpx.HTTPError as error:
            self.requests.results.add_error(
                self.requests.redactor.scrub(
                    f"{self.requests.create_label} through the client: {type(error).__name__}"
                )
            )
        else:
            self.requests.progress.request()
            self.requests.results.count_request(self.requests.create_label, phase=CLIENT_CHECK)
            self.requests.results.count_status(self.requests.create_label, 200)
            self.requests.claim(accepted.to_dict())
            self.requests.conflict_failure(
                "A number already routed on an inbound gateway was accepted again",
                f"{expected}\nAnswered 200: created rule {accepted.id}",
                reproduction,
                status=200,
            )


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
