"""Each contract decision on the current API (docs/contract-decisions.md, ids C1 to C29) holds in
openapi.yaml, and the generator's pitfalls stay avoided in every schema of it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml

from videosdk_sip.spec import component_schema, load_document

ROOT = Path(__file__).resolve().parents[1]
SEED_TAG = "routing-rules"
METHODS = ("get", "put", "post", "delete", "patch")


def _errors(name: str, instance: Any) -> list[str]:
    validator = jsonschema_rs.Draft4Validator(component_schema(load_document(), name))
    return [error.message for error in validator.iter_errors(instance)]


def _schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = load_document()["components"]["schemas"][name]
    return schema


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in load_document()["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def _operation(operation_id: str) -> dict[str, Any]:
    for _, _, operation in _operations():
        if operation["operationId"] == operation_id:
            return operation
    raise KeyError(operation_id)


def _current() -> Iterator[tuple[str, str, dict[str, Any]]]:
    return ((m, p, o) for m, p, o in _operations() if o["tags"] != [SEED_TAG])


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    components = load_document()["components"]
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = components[kind][name]
    return node


def _reachable(node: Any, seen: set[str]) -> Iterator[dict[str, Any]]:
    """Every schema node reachable from `node`, following `$ref`s once each."""
    if isinstance(node, list):
        for item in node:
            yield from _reachable(item, seen)
        return
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        if node["$ref"] in seen:
            return
        seen.add(node["$ref"])
        yield from _reachable(_resolve(node), seen)
        return
    yield node
    for key in ("properties",):
        for child in node.get(key, {}).values():
            yield from _reachable(child, seen)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            yield from _reachable(node[key], seen)
    for key in ("oneOf", "anyOf", "allOf"):
        yield from _reachable(node.get(key, []), seen)


def _request_schemas() -> list[dict[str, Any]]:
    return [
        operation["requestBody"]["content"]["application/json"]["schema"]
        for _, _, operation in _current()
        if "requestBody" in operation
    ]


def _answer_schemas() -> list[dict[str, Any]]:
    found = []
    for _, _, operation in _current():
        for status, answer in operation["responses"].items():
            answer = _resolve(answer)
            if status.startswith("2") and "content" in answer:
                found.append(answer["content"]["application/json"]["schema"])
    found.append({"$ref": "#/components/schemas/SipWebhookEvent"})
    return found


# --- the generator's pitfalls, for every schema of the current API ---------------------------


def test_answers_hold_no_enum_and_never_refuse_unknown_fields() -> None:
    seen: set[str] = set()
    for schema in _answer_schemas():
        for node in _reachable(schema, seen):
            if node.get("nullable") and node.get("enum") == [None]:
                continue  # the null branch of a nullable object (C28)
            assert "enum" not in node, node
            assert node.get("additionalProperties", True) is not False, node
    assert "#/components/schemas/Call" in seen


def test_request_objects_refuse_unknown_fields() -> None:
    seen: set[str] = set()
    objects = 0
    for schema in _request_schemas():
        for node in _reachable(schema, seen):
            if node.get("type") == "object" and "properties" in node:
                assert node.get("additionalProperties") is False, node
                objects += 1
    assert objects >= 20


def test_request_unions_tell_their_branches_apart_by_a_required_single_value() -> None:
    seen: set[str] = set()
    unions = 0
    for schema in _request_schemas():
        for node in _reachable(schema, seen):
            if "oneOf" not in node:
                continue
            unions += 1
            values = []
            for branch in map(_resolve, node["oneOf"]):
                key = node["discriminator"]["propertyName"]
                assert key in branch["required"]
                (value,) = branch["properties"][key]["enum"]
                values.append(value)
            assert len(set(values)) == len(values)
    assert unions >= 1


def test_no_query_parameter_has_a_default() -> None:
    parameters = load_document()["components"]["parameters"]
    for name, parameter in parameters.items():
        assert "default" not in _resolve(parameter.get("schema", {})), name


# --- the decisions -----------------------------------------------------------------------------


def test_c1_gateway_updates_are_partial_and_warn_about_the_reset_flags() -> None:
    for name, operation_id in [
        ("InboundGatewayUpdate", "updateInboundGateway"),
        ("OutboundGatewayUpdate", "updateOutboundGateway"),
    ]:
        assert _schema(name)["minProperties"] == 1
        assert "required" not in _schema(name)
        assert _errors(name, {}) != []
        assert _errors(name, {"name": "x"}) == []
        description = _operation(operation_id)["description"]
        for flag in ("record", "noiseCancellation", "enableDtmf", "geoRegion"):
            assert flag in description
        (example,) = _operation(operation_id)["requestBody"]["content"]["application/json"][
            "examples"
        ].values()
        assert {"record", "noiseCancellation", "enableDtmf", "geoRegion"} <= set(example["value"])


def test_c2_c3_updates_of_gateways_and_webhooks_use_patch() -> None:
    paths = load_document()["paths"]
    for path in (
        "/v2/sip/inbound-gateways/{gatewayId}",
        "/v2/sip/outbound-gateways/{gatewayId}",
        "/v2/sip/webhooks/{webhookId}",
        "/v2/sip/routing-rule/{ruleId}",
    ):
        assert "patch" in paths[path]
        assert "put" not in paths[path]


def test_c3_a_webhook_update_replaces_url_and_events_together() -> None:
    assert set(_schema("WebhookUpdate")["required"]) == {"url", "events"}
    assert _errors("WebhookUpdate", {"url": "https://example.com/hook"}) != []


def test_c4_webhook_event_names() -> None:
    names = _schema("WebhookEventName")["enum"]
    assert len(names) == len(set(names)) == 15
    assert {"call-started", "call-hangup", "call-transfer-failed", "switch-room-failed"} <= set(
        names
    )
    body = {"url": "https://example.com/hook", "events": ["call-ended"]}
    assert _errors("WebhookCreate", body) != []
    assert _errors("WebhookCreate", {**body, "events": []}) != []
    answer = {"id": "wh_1", "url": "https://example.com/hook", "events": ["call-ended", "x"]}
    assert _errors("Webhook", answer) == []


def test_c5_outbound_gateway_create_takes_the_strictest_requiredness() -> None:
    schema = _schema("OutboundGatewayCreate")
    assert set(schema["required"]) == {"name", "numbers", "address", "transport", "auth"}
    assert _schema("SipRegion")["enum"] == ["auto", "us002", "in002"]
    assert _schema("MediaEncryption")["enum"] == ["enable", "disable"]
    assert _schema("SipTransport")["enum"] == ["udp", "tcp", "tls"]


def test_c6_phone_number_create_needs_transport_and_a_boolean_is_shared() -> None:
    assert "transport" in _schema("OutboundProvisioning")["required"]
    body = {
        "name": "n",
        "phoneNumbers": ["+14155551234"],
        "inbound": {"sipRegion": "auto"},
        "outbound": {"address": "sip.example.com", "transport": "tls"},
    }
    assert _errors("PhoneNumbersCreate", body) == []
    assert _errors("PhoneNumbersCreate", {**body, "isShared": True}) == []
    assert _errors("PhoneNumbersCreate", {**body, "isShared": "true"}) != []
    without_transport = {**body, "outbound": {"address": "sip.example.com"}}
    assert _errors("PhoneNumbersCreate", without_transport) != []


def test_c7_a_rule_needs_its_phone_numbers() -> None:
    body = {"name": "n", "type": "inbound", "phoneNumbers": ["+14155551234"]}
    assert _errors("NumberRoutingRuleCreate", body) == []
    assert _errors("NumberRoutingRuleCreate", {"name": "n", "type": "inbound"}) != []
    assert _errors("NumberRoutingRuleCreate", {**body, "phoneNumbers": []}) != []
    assert _errors("NumberRoutingRuleUpdate", {"type": "outbound"}) != []


def test_c8_a_call_goes_through_a_rule_not_a_gateway() -> None:
    assert set(_schema("CallCreate")["required"]) == {"sipCallTo", "sipCallFrom", "routingRuleId"}
    body = {"sipCallTo": "+14155550123", "sipCallFrom": "+14155559876", "routingRuleId": "rr_1"}
    assert _errors("CallCreate", body) == []
    assert _errors("CallCreate", {**body, "gatewayId": "gw_1"}) != []


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("dtmf", True, "1234"),
        ("mediaEncryption", "enable", "SRTP"),
        ("includeHeaders", "ALL", ["X-A"]),
    ],
)
def test_c9_call_fields_take_the_sdks_types(field: str, good: Any, bad: Any) -> None:
    body = {"sipCallTo": "+14155550123", "sipCallFrom": "+14155559876", "routingRuleId": "rr_1"}
    assert _errors("CallCreate", {**body, field: good}) == []
    assert _errors("CallCreate", {**body, field: bad}) != []


def test_c10_calls_answer_call_id_and_keep_the_sdks_names() -> None:
    assert _schema("Call")["required"] == ["callId"]
    assert _errors("Call", {"id": "c", "to": "+1", "from": "+2"}) != []
    assert _errors("Call", {"callId": "c", "id": "c", "to": "+1", "from": "+2"}) == []
    link = load_document()["components"]["links"]["GetCallById"]
    assert link["parameters"] == {"callId": "$response.body#/data/callId"}


def test_c11_one_envelope_takes_both_documented_call_answers() -> None:
    call = {"callId": "c", "status": "answered"}
    assert _errors("CallAnswer", {"message": "m", "data": call}) == []
    assert _errors("CallAnswer", {"statusCode": 200, "data": call}) == []
    assert _errors("CallAnswer", {"message": "m"}) != []
    for operation_id in ("createCall", "getCall", "transferCall", "endCall", "switchCallRoom"):
        schema = _operation(operation_id)["responses"]["200"]["content"]["application/json"]
        assert schema["schema"] == {"$ref": "#/components/schemas/CallAnswer"}


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        ({}, True),
        ({"transferTo": "sip:desk@pbx.example.com"}, True),
        ({"transferTo": "desk"}, False),
        ({"to": "+14155550199"}, False),
        ({"playDialtone": True}, False),
    ],
)
def test_c12_the_transfer_body_is_the_documented_one(change: dict[str, Any], valid: bool) -> None:
    body = {"callId": "c", "transferTo": "+14155550199", **change}
    assert (_errors("CallTransfer", body) == []) is valid


def test_c13_a_webhook_answer_may_carry_either_id() -> None:
    body = {"url": "https://example.com/hook", "events": ["call-hangup"]}
    assert _errors("Webhook", {**body, "id": "wh_1"}) == []
    assert _errors("Webhook", {**body, "webhookId": "wh_1"}) == []
    assert "id" not in _schema("Webhook")["required"]


def test_c14_an_inbound_gateway_answers_address_as_text_or_null() -> None:
    gateway = {"id": "g", "name": "n"}
    assert _errors("SipGateway", {**gateway, "address": None}) == []
    assert _errors("SipGateway", {**gateway, "address": "sip:twilio.sipdomain.com"}) == []
    assert "address" not in _schema("InboundGatewayCreate")["properties"]


def test_c15_gateways_take_the_sdks_fields_not_header_settings() -> None:
    for name in ("InboundGatewayCreate", "OutboundGatewayCreate"):
        properties = _schema(name)["properties"]
        assert {"geoRegion", "enableDtmf"} <= set(properties)
        assert not {"headers", "includeHeaders", "headersToAttributes"} & set(properties)


def test_c16_calls_search_names_both_readings() -> None:
    description = load_document()["components"]["parameters"]["CallSearch"]["description"]
    assert "sipCallTo" in description
    assert "room id" in description


def test_c17_every_list_pages_up_to_100_and_answers_page_info() -> None:
    lists = 0
    for method, path, operation in _current():
        if method != "get" or path.endswith("}"):
            continue
        lists += 1
        names = {p["$ref"].rsplit("/", 1)[1] for p in operation["parameters"]}
        assert {"Page", "PerPage"} <= names, path
        page = _resolve(operation["responses"]["200"]["content"]["application/json"]["schema"])
        assert page["required"] == ["pageInfo", "data"]
        assert page["properties"]["pageInfo"] == {"$ref": "#/components/schemas/PageInfo"}
    assert lists == 6
    per_page = load_document()["components"]["parameters"]["PerPage"]
    assert per_page["schema"]["maximum"] == 100
    assert "10" in per_page["description"]


def test_c18_every_operation_sends_the_raw_jwt() -> None:
    for _, _, operation in _operations():
        assert operation["security"] == [{"VideoSdkToken": []}]


def test_c19_the_rule_update_may_send_both_header_maps() -> None:
    body = {"headers": {"X-A": "1"}, "headersToAttributes": {}}
    assert _errors("NumberRoutingRuleUpdate", body) == []
    description = _operation("updateNumberRoutingRule")["description"]
    assert "empty map" in description
    assert "400" in description


def test_c20_a_release_id_is_any_non_empty_string() -> None:
    parameter = load_document()["components"]["parameters"]["PhoneNumberId"]
    assert parameter["schema"] == {"type": "string", "minLength": 1}
    assert parameter["example"] == "pn_abc123"


def test_c21_an_agent_type_outside_cloud_and_self_is_answered_not_sent() -> None:
    assert _schema("AgentInput")["properties"]["type"]["enum"] == ["cloud", "self"]
    assert "enum" not in _schema("Agent")["properties"]["type"]
    assert _errors("Agent", {"type": "user", "id": "user_789"}) == []
    assert _errors("AgentInput", {"type": "user", "id": "user_789"}) != []


def test_c22_the_seed_family_is_deprecated_and_nothing_else_is() -> None:
    for _, _, operation in _operations():
        assert operation.get("deprecated", False) is (operation["tags"] == [SEED_TAG])


def test_c23_only_the_rule_create_answers_201() -> None:
    for method, path, operation in _current():
        successes = [status for status in operation["responses"] if status.startswith("2")]
        expected = ["201"] if operation["operationId"] == "createNumberRoutingRule" else ["200"]
        assert successes == expected, (method, path)


def test_c24_every_list_answers_the_same_envelope() -> None:
    pages = {
        name
        for name, schema in load_document()["components"]["schemas"].items()
        if name.endswith("Page")
    }
    assert pages == {
        "RoutingRulePage",
        "SipGatewayPage",
        "PhoneNumberPage",
        "NumberRoutingRulePage",
        "CallPage",
        "WebhookPage",
    }
    for name in pages:
        assert _errors(name, {"data": []}) != []
        assert _errors(name, []) != []


def test_c25_phone_number_answers_take_nulls_where_the_vendor_sends_them() -> None:
    record = {"phoneNumberId": "pn_1", "e164": "+14155551234"}
    assert _errors("PhoneNumberDetail", {"phoneNumber": record, "inbound": None}) == []
    assert _errors("PhoneNumberDetail", {"phoneNumber": record, "inbound": "gw_1"}) != []
    detached = {"message": "m", "phoneNumber": record, "inbound": "gw_1", "outbound": None}
    assert _errors("PhoneNumberDetached", detached) == []


def test_c26_only_the_vendors_ambiguous_pair_is_ignored_by_the_linter() -> None:
    ignored = yaml.safe_load((ROOT / ".redocly.lint-ignore.yaml").read_text())
    pointer = "#/paths/~1v2~1sip~1phone-numbers~1{phoneNumberId}~1release"
    assert ignored == {
        "openapi.yaml": {"no-ambiguous-paths": [pointer]},
        "src/videosdk_sip/openapi.yaml": {"no-ambiguous-paths": [pointer]},
    }


def test_c27_the_webhook_event_is_a_callback_marked_as_inferred() -> None:
    callback = _operation("createWebhook")["callbacks"]["callEvent"]["{$request.body#/url}"]
    body = callback["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/SipWebhookEvent"}
    schema = _schema("SipWebhookEvent")
    assert "Documented" in schema["description"]
    assert "Inferred" in schema["description"]
    assert schema["properties"]["data"] == {"$ref": "#/components/schemas/Call"}


def test_c28_nullable_objects_take_null_and_the_object_only() -> None:
    rule = {"id": "r", "name": "n", "type": "inbound", "numbers": []}
    assert _errors("NumberRoutingRule", {**rule, "room": None}) == []
    assert _errors("NumberRoutingRule", {**rule, "room": {"type": "dynamic"}}) == []
    assert _errors("NumberRoutingRule", {**rule, "room": "dynamic"}) != []


# --- what the issue asks of every new operation ------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "body"),
    [
        ("CallCreate", {"metadata": {"attempt": "2"}}),
        ("CallCreate", {"participant": {"id": "p", "name": "n", "metadata": {"k": "v"}}}),
        ("NumberRoutingRuleCreate", {"agentMetadata": {"priority": "1"}}),
    ],
)
def test_c29_request_maps_take_text_values_answers_any(schema: str, body: dict[str, Any]) -> None:
    bases: dict[str, dict[str, Any]] = {
        "CallCreate": {
            "sipCallTo": "+14155550123",
            "sipCallFrom": "+14155559876",
            "routingRuleId": "r",
        },
        "NumberRoutingRuleCreate": {
            "name": "n",
            "type": "inbound",
            "phoneNumbers": ["+14155551234"],
        },
    }
    base = bases[schema]
    assert _errors(schema, {**base, **body}) == []
    ((name, value),) = body.items()
    if name == "participant":
        assert _errors(schema, {**base, name: {**value, "role": "agent"}}) != []
        value = {**value, "metadata": {"k": 1}}
    else:
        value = {key: 1 for key in value}
    assert _errors(schema, {**base, name: value}) != []
    assert _errors("Metadata", {"attempt": 2, "nested": {"a": [1]}}) == []


def test_every_operation_documents_the_errors_a_client_must_handle() -> None:
    for _, path, operation in _current():
        statuses = set(operation["responses"])
        assert {"401", "403", "429", "500", "503"} <= statuses, path
        if "requestBody" in operation:
            assert {"400", "413", "415"} <= statuses, path
        if "{" in path:
            assert "404" in statuses, path


def test_every_link_names_a_real_operation_and_its_parameters() -> None:
    document = load_document()
    shared = document["components"]["links"]
    checked = 0
    for _, _, operation in _operations():
        for answer in operation["responses"].values():
            for link in _resolve(answer).get("links", {}).values():
                link = shared[link["$ref"].rsplit("/", 1)[1]] if "$ref" in link else link
                target = _operation(link["operationId"])
                path_item = next(
                    item
                    for item in document["paths"].values()
                    if any(item.get(m) is target for m in METHODS)
                )
                names = {
                    _resolve(parameter)["name"]
                    for parameter in [
                        *path_item.get("parameters", []),
                        *target.get("parameters", []),
                    ]
                }
                assert set(link.get("parameters", {})) <= names, link
                assert link.get("parameters") or link.get("requestBody"), link
                checked += 1
    assert checked >= 30


@pytest.mark.parametrize(
    ("source", "targets"),
    [
        (
            "createInboundGateway",
            {"getInboundGateway", "updateInboundGateway", "deleteInboundGateway"},
        ),
        (
            "createOutboundGateway",
            {"getOutboundGateway", "updateOutboundGateway", "deleteOutboundGateway"},
        ),
        ("createPhoneNumbers", {"getPhoneNumber", "detachPhoneNumber", "createNumberRoutingRule"}),
        (
            "createNumberRoutingRule",
            {
                "getNumberRoutingRule",
                "updateNumberRoutingRule",
                "deleteNumberRoutingRule",
                "createCall",
            },
        ),
        ("createCall", {"getCall", "listCalls", "transferCall", "endCall", "switchCallRoom"}),
        ("createWebhook", {"getWebhook", "updateWebhook", "deleteWebhook"}),
    ],
)
def test_each_create_links_to_what_follows_it(source: str, targets: set[str]) -> None:
    shared = load_document()["components"]["links"]
    operation = _operation(source)
    (success,) = [
        answer for status, answer in operation["responses"].items() if status.startswith("2")
    ]
    found = {
        (shared[link["$ref"].rsplit("/", 1)[1]] if "$ref" in link else link)["operationId"]
        for link in success["links"].values()
    }
    assert found == targets


def test_every_decision_has_its_test_here() -> None:
    text = (ROOT / "docs" / "contract-decisions.md").read_text()
    ids = set(re.findall(r"^\| C(\d+) \|", text, flags=re.MULTILINE))
    # A test named test_c2_c3_... holds decisions C2 and C3.
    names = re.findall(r"^def test_((?:c\d+_)+)", Path(__file__).read_text(), flags=re.MULTILINE)
    tested = {number for name in names for number in re.findall(r"c(\d+)_", name)}
    assert ids == tested
