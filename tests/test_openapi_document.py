"""openapi.yaml itself: valid OpenAPI 3.0, and deciding the vendor's contradictions as the
docs/contract-decisions.md says."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from videosdk_sip import SPEC_PATH
from videosdk_sip.spec import component_schema, load_document, schema_for

FIXTURES = Path(__file__).parent / "fixtures"
SEED_TAG = "routing-rules"
# (method, path) -> (tag, operationId): the names the generated modules are built from.
OPERATIONS = {
    ("post", "/v2/sip/routing-rules"): (SEED_TAG, "createRoutingRule"),
    ("get", "/v2/sip/routing-rules"): (SEED_TAG, "listRoutingRules"),
    ("get", "/v2/sip/routing-rules/{ruleId}"): (SEED_TAG, "getRoutingRule"),
    ("put", "/v2/sip/routing-rules/{ruleId}"): (SEED_TAG, "updateRoutingRule"),
    ("delete", "/v2/sip/routing-rules/{ruleId}"): (SEED_TAG, "deleteRoutingRule"),
    ("post", "/v2/sip/inbound-gateways"): ("inbound-gateways", "createInboundGateway"),
    ("get", "/v2/sip/inbound-gateways"): ("inbound-gateways", "listInboundGateways"),
    ("get", "/v2/sip/inbound-gateways/{gatewayId}"): ("inbound-gateways", "getInboundGateway"),
    ("patch", "/v2/sip/inbound-gateways/{gatewayId}"): (
        "inbound-gateways",
        "updateInboundGateway",
    ),
    ("delete", "/v2/sip/inbound-gateways/{gatewayId}"): (
        "inbound-gateways",
        "deleteInboundGateway",
    ),
    ("post", "/v2/sip/outbound-gateways"): ("outbound-gateways", "createOutboundGateway"),
    ("get", "/v2/sip/outbound-gateways"): ("outbound-gateways", "listOutboundGateways"),
    ("get", "/v2/sip/outbound-gateways/{gatewayId}"): ("outbound-gateways", "getOutboundGateway"),
    ("patch", "/v2/sip/outbound-gateways/{gatewayId}"): (
        "outbound-gateways",
        "updateOutboundGateway",
    ),
    ("delete", "/v2/sip/outbound-gateways/{gatewayId}"): (
        "outbound-gateways",
        "deleteOutboundGateway",
    ),
    ("post", "/v2/sip/phone-numbers"): ("phone-numbers", "createPhoneNumbers"),
    ("get", "/v2/sip/phone-numbers"): ("phone-numbers", "listPhoneNumbers"),
    ("get", "/v2/sip/phone-numbers/{e164}"): ("phone-numbers", "getPhoneNumber"),
    ("post", "/v2/sip/phone-numbers/detach"): ("phone-numbers", "detachPhoneNumber"),
    ("patch", "/v2/sip/phone-numbers/gateways/{gatewayId}"): (
        "phone-numbers",
        "updatePhoneNumberGateway",
    ),
    ("post", "/v2/sip/phone-numbers/{phoneNumberId}/release"): (
        "phone-numbers",
        "releasePhoneNumber",
    ),
    ("post", "/v2/sip/routing-rule"): ("number-routing-rules", "createNumberRoutingRule"),
    ("get", "/v2/sip/routing-rule"): ("number-routing-rules", "listNumberRoutingRules"),
    ("get", "/v2/sip/routing-rule/{ruleId}"): ("number-routing-rules", "getNumberRoutingRule"),
    ("patch", "/v2/sip/routing-rule/{ruleId}"): (
        "number-routing-rules",
        "updateNumberRoutingRule",
    ),
    ("delete", "/v2/sip/routing-rule/{ruleId}"): (
        "number-routing-rules",
        "deleteNumberRoutingRule",
    ),
    ("post", "/v2/sip/call"): ("calls", "createCall"),
    ("get", "/v2/sip/call"): ("calls", "listCalls"),
    ("get", "/v2/sip/call/{callId}"): ("calls", "getCall"),
    ("post", "/v2/sip/call/transfer"): ("calls", "transferCall"),
    ("post", "/v2/sip/call/end"): ("calls", "endCall"),
    ("post", "/v2/sip/call/switch-room"): ("calls", "switchCallRoom"),
    ("post", "/v2/sip/webhooks"): ("webhooks", "createWebhook"),
    ("get", "/v2/sip/webhooks"): ("webhooks", "listWebhooks"),
    ("get", "/v2/sip/webhooks/{webhookId}"): ("webhooks", "getWebhook"),
    ("patch", "/v2/sip/webhooks/{webhookId}"): ("webhooks", "updateWebhook"),
    ("delete", "/v2/sip/webhooks/{webhookId}"): ("webhooks", "deleteWebhook"),
}
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def _validator(name: str) -> jsonschema_rs.Draft4Validator:
    return jsonschema_rs.Draft4Validator(component_schema(load_document(), name))


def _errors(name: str, instance: Any) -> list[str]:
    return [error.message for error in _validator(name).iter_errors(instance)]


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    paths: dict[str, dict[str, Any]] = load_document()["paths"]
    return [
        (method, path, operation)
        for path, item in paths.items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def test_document_is_valid_openapi_3_0() -> None:
    spec_dict, _ = read_from_filename(str(SPEC_PATH))
    validate(spec_dict)
    assert load_document()["openapi"].startswith("3.0.")


def test_operation_ids_tags_and_security_are_as_agreed() -> None:
    found = {
        (method, path): (operation["tags"][0], operation["operationId"])
        for method, path, operation in _operations()
    }
    assert found == OPERATIONS
    assert len([key for key, (tag, _) in OPERATIONS.items() if tag != SEED_TAG]) == 32
    declared = {tag["name"]: tag for tag in load_document()["tags"]}
    for _, _, operation in _operations():
        assert len(operation["tags"]) == 1
        assert declared[operation["tags"][0]]["description"]
        assert operation["security"] == [{"VideoSdkToken": []}]
        assert operation["summary"]
        assert operation["description"]
    scheme = load_document()["components"]["securitySchemes"]["VideoSdkToken"]
    assert scheme == scheme | {"type": "apiKey", "in": "header", "name": "Authorization"}
    assert "no prefix" in scheme["description"]


def test_every_response_has_an_example_and_every_error_an_error_body() -> None:
    document = load_document()
    shared = document["components"]["responses"]
    for _, _, operation in _operations():
        for status, response in operation["responses"].items():
            if "$ref" in response:
                response = shared[response["$ref"].rsplit("/", 1)[1]]
            media = response["content"]["application/json"]
            assert media.get("examples"), (operation["operationId"], status)
            if status.startswith(("4", "5")):
                assert media["schema"] == {"$ref": "#/components/schemas/Error"}


def test_every_example_in_the_document_matches_its_schema() -> None:
    document = load_document()
    checked = 0

    def check(media: dict[str, Any], where: str) -> None:
        nonlocal checked
        validator = jsonschema_rs.Draft4Validator(schema_for(document, media["schema"]["$ref"]))
        for name, example in media.get("examples", {}).items():
            if "$ref" in example:
                example = document["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
            errors = [e.message for e in validator.iter_errors(example["value"])]
            assert not errors, f"{where} example {name}: {errors}"
            checked += 1

    for method, path, operation in _operations():
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body:
            check(body, f"{method} {path} request")
        for status, response in operation["responses"].items():
            if "content" in response:
                check(response["content"]["application/json"], f"{method} {path} {status}")
    for name, response in document["components"]["responses"].items():
        check(response["content"]["application/json"], f"response {name}")
    for name, schema in document["components"]["schemas"].items():
        if "example" in schema:
            errors = _errors(name, schema["example"])
            assert not errors, f"schema {name} example: {errors}"
            checked += 1
    assert checked > 30


def test_seed_response_example_validates() -> None:
    assert _errors("RoutingRule", _fixture("seed_create_response.json")) == []


def test_seed_response_with_undocumented_values_and_fields_validates() -> None:
    answer = _fixture("seed_create_response.json")
    answer["dispatch"]["room"]["type"] = "meeting"
    answer["dispatch"]["agent"]["type"] = "edge"
    answer["dispatch"]["agent"]["priority"] = 3
    answer["type"] = "BIDIRECTIONAL"
    answer["createdAt"] = "2026-11-27T10:00:00Z"
    answer["metadata"]["attempts"] = 2
    assert _errors("RoutingRule", answer) == []


def test_seed_request_example_is_valid_but_for_its_string_boolean() -> None:
    request = _fixture("seed_create_request.json")
    errors = _errors("RoutingRuleCreate", request)
    assert len(errors) == 1
    assert "boolean" in errors[0]
    request["hidePhoneNumber"] = False
    assert _errors("RoutingRuleCreate", request) == []


def _dispatch_matches(schema_names: list[str], dispatch: dict[str, Any]) -> list[str]:
    return [name for name in schema_names if not _errors(name, dispatch)]


@pytest.mark.parametrize(
    ("dispatch", "request_branch", "response_branch"),
    [
        (
            {"room": {"type": "static", "id": "r1"}, "agent": {"type": "cloud", "id": "a1"}},
            "RoomDispatchInput",
            "RoomDispatch",
        ),
        ({"room": {"type": "dynamic", "prefix": "p"}}, "RoomDispatchInput", "RoomDispatch"),
        ({"agent": {"type": "self", "id": "a1"}}, "AgentDispatchInput", "AgentDispatch"),
        ({}, None, None),
    ],
    ids=["room-and-agent", "room-only", "agent-only", "neither"],
)
def test_dispatch_bodies_match_exactly_one_branch_or_none(
    dispatch: dict[str, Any], request_branch: str | None, response_branch: str | None
) -> None:
    requests = _dispatch_matches(["RoomDispatchInput", "AgentDispatchInput"], dispatch)
    responses = _dispatch_matches(["RoomDispatch", "AgentDispatch"], dispatch)
    assert requests == ([request_branch] if request_branch else [])
    assert responses == ([response_branch] if response_branch else [])
    assert (_errors("DispatchInput", dispatch) == []) is (request_branch is not None)
    assert (_errors("Dispatch", dispatch) == []) is (response_branch is not None)


@pytest.mark.parametrize(
    ("room", "valid"),
    [
        ({"type": "static", "id": "room_1", "pin": "1234"}, True),
        ({"type": "static", "prefix": "p"}, False),
        ({"type": "dynamic", "prefix": "support"}, True),
        ({"type": "dynamic", "prefix": "prefix", "id": "room_123", "pin": "4321"}, True),
        ({"type": "meeting", "id": "room_1"}, False),
        ({"type": "static", "id": ""}, False),
    ],
)
def test_room_dispatch_is_decided_by_type(room: dict[str, Any], valid: bool) -> None:
    assert (_errors("RoomInput", room) == []) is valid


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (lambda body: body.update(numbers=[]), "less than 1 item"),
        (lambda body: body.update(numbers=["+1415", "+1415"]), "unique"),
        (lambda body: body.update(numbers=["4150001111"]), "does not match"),
        (lambda body: body.update(name=""), "shorter"),
        (lambda body: body.pop("gatewayId"), "required"),
        (lambda body: body.update(hidePhoneNumber="false"), "boolean"),
        (lambda body: body.update(gatewayID="typo"), "Additional properties"),
        (lambda body: body["dispatch"]["agent"].update(type="user"), None),
    ],
    ids=[
        "no-numbers",
        "duplicate",
        "not-e164",
        "empty-name",
        "no-gateway",
        "string-bool",
        "unknown-field",
        "agent-type-user",
    ],
)
def test_create_request_rules(change: Any, rule: str | None) -> None:
    body = copy.deepcopy(_fixture("seed_create_request.json"))
    body["hidePhoneNumber"] = False
    body["dispatch"].pop("room")
    change(body)
    errors = _errors("RoutingRuleCreate", body)
    assert errors, "the body should be refused"
    if rule:
        assert any(rule in message for message in errors), errors


def test_update_needs_one_editable_field_and_refuses_the_gateway() -> None:
    assert _errors("RoutingRuleUpdate", {}) != []
    assert _errors("RoutingRuleUpdate", {"gatewayId": "gateway_out_987654321"}) != []
    assert _errors("RoutingRuleUpdate", {"tags": []}) == []


def test_create_links_chain_to_get_update_and_delete() -> None:
    create = load_document()["paths"]["/v2/sip/routing-rules"]["post"]
    links = create["responses"]["200"]["links"]
    shared = load_document()["components"]["links"]
    targets = {shared[link["$ref"].rsplit("/", 1)[1]]["operationId"] for link in links.values()}
    assert targets == {
        "getRoutingRule",
        "updateRoutingRule",
        "deleteRoutingRule",
        "listRoutingRules",
    }


def test_rate_limited_answers_document_retry_after() -> None:
    rate_limited = load_document()["components"]["responses"]["RateLimited"]
    assert "Retry-After" in rate_limited["headers"]
