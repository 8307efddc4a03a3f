"""Bodies survive the client's models unchanged: `Model.from_dict(body).to_dict() == body`.

Request bodies are generated from the request schemas, response bodies from the response
schemas (with the undocumented fields they allow), all from openapi.yaml. "Unchanged" is
checked on the JSON text with sorted keys, so `true` for `1`, or `1.0` for `1`, is a change.
A body the client would alter or silently drop a part of fails the test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Protocol

import httpx
import pytest
import videosdk_sip_client.models as client_models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation.jsonschema.builder import build
from videosdk_sip_client import RetryPolicy
from videosdk_sip_client.api.routing_rules import (
    create_routing_rule,
    get_routing_rule,
    list_routing_rules,
    update_routing_rule,
)
from videosdk_sip_client.models import (
    DynamicRoomInput,
    DynamicRuleRoomInput,
    Error,
    NumberRoutingRuleCreate,
    NumberRoutingRuleUpdate,
    RoutingRule,
    RoutingRuleCreate,
    RoutingRulePage,
    RoutingRuleUpdate,
    StaticRoomInput,
    StaticRuleRoomInput,
)
from videosdk_sip_client.types import Unset

from videosdk_sip.spec import component_schema, load_document

from .helpers import FIXTURES, Script, client_for, create_body, json_response, rule_body


class Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


SEED_REQUESTS = ["RoutingRuleCreate", "RoutingRuleUpdate"]
SEED_RESPONSES = ["RoutingRule", "RoutingRulePage", "RoutingRuleDeleted", "Error"]
# The current API's bodies: every request and every answer model of the new resources, and the
# webhook event a webhook's URL receives.
CURRENT_REQUESTS = [
    "InboundGatewayCreate",
    "InboundGatewayUpdate",
    "OutboundGatewayCreate",
    "OutboundGatewayUpdate",
    "PhoneNumbersCreate",
    "PhoneNumberDetach",
    "PhoneNumberGatewayUpdate",
    "NumberRoutingRuleCreate",
    "NumberRoutingRuleUpdate",
    "CallCreate",
    "CallTransfer",
    "CallEnd",
    "CallSwitchRoom",
    "WebhookCreate",
    "WebhookUpdate",
]
CURRENT_RESPONSES = [
    "SipGateway",
    "SipGatewayPage",
    "MessageAnswer",
    "PhoneNumberDetail",
    "PhoneNumberPage",
    "PhoneNumberDetached",
    "PhoneNumberReleased",
    "NumberRoutingRule",
    "NumberRoutingRulePage",
    "CallAnswer",
    "CallPage",
    "Webhook",
    "WebhookPage",
    "SipWebhookEvent",
]
REQUESTS = SEED_REQUESTS + CURRENT_REQUESTS
RESPONSES = SEED_RESPONSES + CURRENT_RESPONSES
MODELS: dict[str, Any] = {name: getattr(client_models, name) for name in REQUESTS + RESPONSES}

# Deterministic (a fixed seed), and sized to keep this file within a few seconds.
PROPERTY = settings(
    max_examples=120,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The current API's 29 models share one budget of about the seed's six.
CURRENT_PROPERTY = settings(PROPERTY, max_examples=40)


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=True, allow_nan=False)


def _dispatch_shapes(model: Any) -> Iterator[tuple[Any, Any]]:
    """(parsed dispatch, its body) for each dispatch in a parsed rule, page or request."""
    if isinstance(model, RoutingRulePage):
        for rule in model.data:
            yield from _dispatch_shapes(rule)
    elif isinstance(model, RoutingRule | RoutingRuleCreate | RoutingRuleUpdate) and not isinstance(
        model.dispatch, Unset
    ):
        yield model.dispatch, model.dispatch.to_dict()


def _assert_rule_room_branch(parsed: Any) -> None:
    """A current rule's `room` was parsed into the static or dynamic branch its `type` names."""
    if isinstance(parsed, NumberRoutingRuleCreate | NumberRoutingRuleUpdate) and not isinstance(
        parsed.room, Unset
    ):
        expected = {"static": StaticRuleRoomInput, "dynamic": DynamicRuleRoomInput}
        assert type(parsed.room) is expected[parsed.room.to_dict()["type"]], parsed.room


def assert_branches_match(parsed: Any) -> None:
    """Each oneOf was parsed into the branch its body belongs to, not merely one that takes it."""
    _assert_rule_room_branch(parsed)
    for dispatch, body in _dispatch_shapes(parsed):
        expected = "RoomDispatch" if "room" in body else "AgentDispatch"
        assert type(dispatch).__name__.startswith(expected), (type(dispatch).__name__, body)
        room = getattr(dispatch, "room", None)
        if isinstance(room, StaticRoomInput | DynamicRoomInput):
            assert type(room).__name__.lower().startswith(body["room"]["type"]), body


def assert_round_trip(model: Any, body: Any) -> None:
    parsed = model.from_dict(body)
    again = parsed.to_dict()
    assert canonical(again) == canonical(body), f"{model.__name__} changed the body"
    assert_branches_match(parsed)


def bodies(schema_name: str) -> st.SearchStrategy[Any]:
    return build(component_schema(load_document(), schema_name), draft=4, formats={})


@pytest.mark.parametrize("name", SEED_REQUESTS + SEED_RESPONSES)
def test_generated_bodies_survive_the_models(name: str) -> None:
    @PROPERTY
    @given(body=bodies(name))
    def check(body: Any) -> None:
        assert_round_trip(MODELS[name], body)

    check()


@pytest.mark.parametrize("name", CURRENT_REQUESTS + CURRENT_RESPONSES)
def test_generated_bodies_of_the_current_api_survive_the_models(name: str) -> None:
    @CURRENT_PROPERTY
    @given(body=bodies(name))
    def check(body: Any) -> None:
        assert_round_trip(MODELS[name], body)

    check()


@PROPERTY
@given(body=bodies("RoutingRuleCreate"))
def test_generated_create_bodies_go_on_the_wire_unchanged(body: Any) -> None:
    script = Script([json_response(200, rule_body())])
    client = client_for(script, retry=RetryPolicy.off())

    create_routing_rule.sync(client=client, body=RoutingRuleCreate.from_dict(body))

    assert canonical(json.loads(script.requests[0].content)) == canonical(body)


@PROPERTY
@given(body=bodies("RoutingRule"))
def test_generated_answers_come_back_from_the_client_unchanged(body: Any) -> None:
    script = Script([json_response(200, body)])

    rule = get_routing_rule.sync("rule_1", client=client_for(script, retry=RetryPolicy.off()))

    assert canonical(rule.to_dict()) == canonical(body)


def _with_callbacks(paths: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every path item, and after each one the path items of its operations' callbacks."""
    for path, item in paths.items():
        yield path, item
        for operation in item.values():
            if isinstance(operation, dict):
                for callback in operation.get("callbacks", {}).values():
                    yield from callback.items()


def _examples(document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, schema name, example value) for every named example on a request or answer."""
    components = document["components"]
    responses = components["responses"]
    for path, item in _with_callbacks(document["paths"]):
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            contents = []
            if "requestBody" in operation:
                contents.append(("request", operation["requestBody"]["content"]))
            for status, answer in operation["responses"].items():
                if "$ref" in answer:
                    answer = responses[answer["$ref"].rsplit("/", 1)[1]]
                contents.append((status, answer.get("content", {})))
            for where, content in contents:
                media = content.get("application/json")
                if not media:
                    continue
                schema = media["schema"]["$ref"].rsplit("/", 1)[1]
                for name, example in media.get("examples", {}).items():
                    if "$ref" in example:
                        example = components["examples"][example["$ref"].rsplit("/", 1)[1]]
                    yield f"{method.upper()} {path} {where} {name}", schema, example["value"]


EXAMPLES = list(_examples(load_document()))


def test_every_documented_example_is_covered() -> None:
    schemas = {schema for _, schema, _ in EXAMPLES}
    assert schemas == set(MODELS)
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_the_documents_examples_survive_the_models(where: str, schema: str, value: Any) -> None:
    assert_round_trip(MODELS[schema], value)


@pytest.mark.parametrize("name", list(MODELS))
def test_the_schemas_own_examples_survive_the_models(name: str) -> None:
    assert_round_trip(MODELS[name], load_document()["components"]["schemas"][name]["example"])


def test_the_seed_answer_survives_the_model() -> None:
    assert_round_trip(RoutingRule, json.loads((FIXTURES / "seed_create_response.json").read_text()))


def test_the_seed_request_is_refused_when_built_naming_the_field() -> None:
    # The seed sends "hidePhoneNumber": "false", a string the contract refuses (see
    # docs/contract-decisions.md). Request models check JSON types when built, so the mistake is
    # caught before sending, with the field and the rule in the message.
    seed = json.loads((FIXTURES / "seed_create_request.json").read_text())
    with pytest.raises(TypeError, match=r"RoutingRuleCreate\.hidePhoneNumber: must be a boolean"):
        RoutingRuleCreate.from_dict(seed)
    assert_round_trip(RoutingRuleCreate, {**seed, "hidePhoneNumber": False})


FUTURE_RULE = {
    **rule_body(),
    "type": "BIDIRECTIONAL",
    "createdAt": "2027-01-01T00:00:00Z",
    "limits": {"maxCalls": 5, "burst": [1, 2.5, None, True]},
    "dispatch": {
        "room": {"type": "meeting", "id": "room_9", "region": "eu"},
        "agent": {"type": "user", "id": "user_1", "metadata": {"n": 1}, "voice": "x"},
        "fallback": {"agent": {"type": "cloud", "id": "a"}},
    },
    "metadata": {"nested": {"deep": [1, {"x": None}]}, "flag": False},
}


def test_undocumented_fields_and_values_in_answers_are_kept() -> None:
    page = {
        "pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 1, "cursor": "c"},
        "data": [FUTURE_RULE],
        "links": {"next": None},
    }
    script = Script([json_response(200, page)])

    result = list_routing_rules.sync(client=client_for(script))

    assert canonical(result.to_dict()) == canonical(page)
    rule = result.data[0]
    assert rule.type_ == "BIDIRECTIONAL"
    assert rule["createdAt"] == "2027-01-01T00:00:00Z"
    assert rule.to_dict()["dispatch"]["room"]["region"] == "eu"


def test_an_agent_only_answer_with_extra_fields_is_kept() -> None:
    body = {**rule_body(), "dispatch": {"agent": {"type": "self", "id": "a1"}, "priority": 3}}
    assert_round_trip(RoutingRule, body)
    assert type(RoutingRule.from_dict(body).dispatch).__name__ == "AgentDispatch"


def test_an_error_with_an_unknown_code_and_extra_fields_is_kept() -> None:
    body = {"message": "m", "code": "BRAND_NEW_CODE", "traceId": "t", "errors": [{"message": "a"}]}
    assert_round_trip(Error, body)


@pytest.mark.parametrize(
    ("changes", "unknown"),
    [
        ({"hidePhonenumber": True}, "'hidePhonenumber'"),
        ({"dispatch": {"agent": {"type": "cloud", "id": "a", "voice": "x"}}}, "'voice'"),
        (
            {"dispatch": {"room": {"type": "static", "id": "r", "colour": "red"}}},
            "'colour'",
        ),
    ],
)
def test_unknown_fields_in_a_request_body_are_refused_not_dropped(
    changes: dict[str, Any], unknown: str
) -> None:
    body = {**create_body(), **changes}
    with pytest.raises(ValueError, match="unknown field") as caught:
        RoutingRuleCreate.from_dict(body)
    assert unknown in str(caught.value)


def test_an_update_that_names_the_gateway_is_refused() -> None:
    with pytest.raises(ValueError, match=r"RoutingRuleUpdate: unknown field 'gatewayId'"):
        RoutingRuleUpdate.from_dict({"name": "x", "gatewayId": "g"})


def test_the_update_body_is_sent_as_given() -> None:
    script = Script([json_response(200, rule_body())])
    body = {"dispatch": {"agent": {"type": "cloud", "id": "agent_790"}}, "hidePhoneNumber": True}

    update_routing_rule.sync(
        "rule_1", client=client_for(script), body=RoutingRuleUpdate.from_dict(body)
    )

    assert json.loads(script.requests[0].content) == body


class _Lossy:
    """A model that drops a key, as the generator does for additionalProperties: false."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = {key: value for key, value in body.items() if key != "extra"}

    @classmethod
    def from_dict(cls, body: dict[str, Any]) -> _Lossy:
        return cls(body)

    def to_dict(self) -> dict[str, Any]:
        return self.body


class _Coercing(_Lossy):
    """A model that turns a boolean into an int (equal in Python, not in JSON)."""

    def to_dict(self) -> dict[str, Any]:
        return {key: int(value) if value is True else value for key, value in self.body.items()}


@pytest.mark.parametrize(
    ("model", "body"),
    [(_Lossy, {"a": 1, "extra": 2}), (_Coercing, {"a": True})],
    ids=["dropped-key", "bool-as-int"],
)
def test_the_round_trip_check_catches_an_altered_body(model: Any, body: dict[str, Any]) -> None:
    with pytest.raises(AssertionError):
        assert_round_trip(model, body)


def test_a_body_for_the_wrong_branch_is_not_taken_silently() -> None:
    # Without the refusal of unknown fields, {"agent": ..., "room": <not a room>} could land in
    # the agent branch with "room" silently dropped. Now it fails loudly.
    body = {**create_body(), "dispatch": {"agent": {"type": "cloud", "id": "a"}, "room": 5}}
    with pytest.raises((ValueError, TypeError, KeyError)):
        RoutingRuleCreate.from_dict(body)


def test_a_transport_answer_round_trips_through_httpx_unchanged() -> None:
    request = httpx.Request("POST", "http://x", json=FUTURE_RULE)
    assert json.loads(request.read()) == FUTURE_RULE
