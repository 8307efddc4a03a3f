"""The semantic checks' parts on their own: the comparisons, the relation between rules, the
list walk, and the kinds table against the document."""

from __future__ import annotations

import json
from collections.abc import Hashable
from typing import Any

import httpx
import pytest
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.contract.marking import RuleMarker
from videosdk_sip.contract.operations import Operations
from videosdk_sip.contract.ownership import ROUTING_RULE, Ledger
from videosdk_sip.contract.results import FailureRecord
from videosdk_sip.contract.semantics.checks import (
    filter_mismatches,
    get_mismatches,
    page_info_problems,
    update_mismatches,
)
from videosdk_sip.contract.semantics.documented import answer_fields
from videosdk_sip.contract.semantics.kinds import SEED_ROUTING_RULE, SEMANTIC_KINDS
from videosdk_sip.contract.semantics.observer import (
    DELETED_GONE,
    LIST_FILTER,
    PAGE_INFO,
    RELATION,
    UPDATE_PARTIAL,
    ObservedCall,
    SemanticObserver,
)
from videosdk_sip.contract.semantics.sweep import sweep_lists
from videosdk_sip.contract.transport import InProcessTransport
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.spec import load_document

from .helpers import (
    API_KEY,
    GATEWAY,
    RULES,
    SECRET,
    ASGIApp,
    Scope,
    keeps_deleted_rules,
    rewriting,
)

LABELS = Operations.from_document(load_document()).family("seed").labels
PREFIX = "videosdk-sip-contract-0a1b2c3d-"


def test_a_get_may_add_fields_and_server_owned_ones_may_change() -> None:
    expected = {"id": "r1", "name": "a", "updatedAt": "1"}
    answer = {"id": "r1", "name": "a", "updatedAt": "2", "extra": True}

    assert get_mismatches(expected, answer, {"updatedAt"}) == []
    assert get_mismatches(expected, {**answer, "id": "r2"}, {"updatedAt"}) == [
        '`id` is "r2", expected "r1"'
    ]
    assert get_mismatches(expected, {"id": "r1"}, set()) != []


def test_an_update_keeps_what_it_did_not_send_and_may_fill_in_sent_objects() -> None:
    before = {"id": "r1", "name": "a", "tags": ["t"], "dispatch": {"agent": {"id": "x"}}}
    sent = {"dispatch": {"agent": {"id": "y"}}}
    filled = {**before, "dispatch": {"agent": {"id": "y", "type": "cloud"}}}

    assert update_mismatches(before, sent, filled, ()) == []
    replaced = {"id": "r1", "name": "a", "dispatch": {"agent": {"id": "y"}}}
    assert update_mismatches(before, sent, replaced, ()) == [
        '`tags` was not sent but is gone (it was ["t"])'
    ]
    ignored = {**filled, "dispatch": {"agent": {"id": "x"}}}
    assert update_mismatches(before, sent, ignored, ()) != []


@pytest.mark.parametrize(
    ("query", "matches"),
    [
        ({"search": "SUPPORT"}, True),
        ({"search": "billing"}, False),
        ({"id": "r1"}, True),
        ({"id": "r2"}, False),
        ({"gatewayId": "g1", "search": "line"}, True),
        ({"gatewayId": "g2"}, False),
        ({"roomType": "static"}, True),  # a parameter the kind does not know: not compared
    ],
)
def test_a_listed_item_must_match_each_filter(query: dict[str, str], matches: bool) -> None:
    item = {"id": "r1", "name": "Support Line", "gatewayId": "g1"}

    assert (filter_mismatches(SEED_ROUTING_RULE, query, item) == []) is matches


@pytest.mark.parametrize(
    ("page_info", "count", "ok"),
    [
        ({"currentPage": 1, "perPage": 2, "lastPage": 2, "total": 3}, 2, True),
        ({"currentPage": 2, "perPage": 2, "lastPage": 2, "total": 3}, 1, True),
        ({"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 0}, 0, True),
        ({"currentPage": 3, "perPage": 2, "lastPage": 2, "total": 3}, 0, True),
        ({"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 2}, 1, False),
        ({"currentPage": 1, "perPage": 2, "lastPage": 1, "total": 3}, 2, False),
        ({"currentPage": 1, "perPage": 2, "lastPage": 2, "total": 3}, 1, False),
        ({"currentPage": 0, "perPage": 2, "lastPage": 2, "total": 3}, 1, True),  # schema's job
    ],
)
def test_page_info_agrees_with_the_items_on_the_page(
    page_info: dict[str, int], count: int, ok: bool
) -> None:
    assert (page_info_problems(page_info, count) == []) is ok


class Recorded:
    def __init__(self) -> None:
        self.records: list[FailureRecord] = []

    def __call__(self, record: FailureRecord, identity: Hashable) -> None:
        self.records.append(record)

    def checks(self) -> list[str]:
        return [record.check for record in self.records]


def _call(operation_id: str, answer: Any, **parts: Any) -> ObservedCall:
    return ObservedCall(
        operation_id=operation_id,
        label=LABELS[operation_id],
        status=parts.pop("status", 200),
        answer=answer,
        path_parameters=parts.pop("path", {}),
        query=parts.pop("query", {}),
        body=parts.pop("body", None),
        reproduction=lambda: "curl",
        phase="test",
    )


def _rule(rule_id: str, rule_type: str, numbers: list[str]) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": PREFIX + rule_id,
        "type": rule_type,
        "numbers": numbers,
        "gatewayId": GATEWAY,
        "dispatch": {},
        "tags": ["videosdk-sip-contract"],
    }


def _observer() -> tuple[SemanticObserver, Ledger, Recorded]:
    ledger = Ledger(RuleMarker(prefix=PREFIX, gateway_id=GATEWAY))
    recorded = Recorded()
    return SemanticObserver(LABELS, ledger, recorded), ledger, recorded


def _created(observer: SemanticObserver, ledger: Ledger, rule: dict[str, Any]) -> None:
    ledger.claim(ROUTING_RULE, rule)
    observer.observe(_call("createRoutingRule", rule))


def test_an_inbound_number_taken_by_a_second_rule_is_a_broken_relation() -> None:
    observer, ledger, recorded = _observer()
    _created(observer, ledger, _rule("r1", "INBOUND", ["+14150001111"]))
    _created(observer, ledger, _rule("r2", "OUTBOUND", ["+14150001111"]))
    assert recorded.checks() == []

    _created(observer, ledger, _rule("r3", "INBOUND", ["+14150002222", "+14150001111"]))

    assert recorded.checks() == [RELATION]
    assert "+14150001111" in recorded.records[0].expected
    assert "r1" in recorded.records[0].expected


def test_an_update_that_takes_an_inbound_number_is_a_broken_relation() -> None:
    observer, ledger, recorded = _observer()
    _created(observer, ledger, _rule("r1", "INBOUND", ["+14150001111"]))
    _created(observer, ledger, _rule("r2", "INBOUND", ["+14150002222"]))

    taken = _rule("r2", "INBOUND", ["+14150001111"])
    observer.observe(
        _call(
            "updateRoutingRule",
            taken,
            path={"ruleId": "r2"},
            body={"numbers": ["+14150001111"]},
        )
    )

    assert recorded.checks() == [RELATION]


def test_rules_the_run_does_not_own_and_failed_answers_change_nothing() -> None:
    observer, ledger, recorded = _observer()
    foreign = {**_rule("r9", "INBOUND", ["+14150001111"]), "name": "someone else's"}
    observer.observe(_call("createRoutingRule", foreign))
    observer.observe(_call("getRoutingRule", {**foreign, "name": "x"}, path={"ruleId": "r9"}))
    _created(observer, ledger, _rule("r1", "INBOUND", ["+14150002222"]))
    observer.observe(_call("deleteRoutingRule", {}, path={"ruleId": "r1"}, status=404))
    observer.observe(_call("getRoutingRule", _rule("r1", "INBOUND", []), status=400))

    assert recorded.checks() == []
    assert observer.state.expected(SEED_ROUTING_RULE, "r9") is None
    assert observer.state.expected(SEED_ROUTING_RULE, "r1") is not None


# The list walk after the phases ---------------------------------------------------------


def _client(app: ASGIApp) -> httpx.Client:
    return httpx.Client(
        transport=InProcessTransport(app),
        base_url="http://testserver",
        headers={"Authorization": mint_token(API_KEY, SECRET)},
    )


def _walk(app: ASGIApp, rules: int = 5) -> Recorded:
    observer, ledger, recorded = _observer()
    with _client(app) as http:
        for index in range(rules):
            answer = http.post(
                RULES,
                json={
                    "gatewayId": GATEWAY,
                    "name": f"{PREFIX}{index}",
                    "numbers": [f"+1415000{index:04d}"],
                    "dispatch": {"agent": {"type": "cloud", "id": "agent_1"}},
                    "tags": ["videosdk-sip-contract"],
                },
            )
            assert answer.status_code == 200, answer.text
            _created(observer, ledger, answer.json())
        gone = ledger.pending(ROUTING_RULE)[-1]
        assert http.delete(f"{RULES}/{gone}").status_code == 200
        observer.observe(_call("deleteRoutingRule", {}, path={"ruleId": gone}))
        recorded.records.clear()
        sweep_lists(http, observer, ledger, LABELS, PREFIX, lambda label: None)
    return recorded


def _settings() -> MockSettings:
    return MockSettings(credentials={API_KEY: SECRET})


def test_the_walk_finds_nothing_wrong_with_the_mock() -> None:
    assert _walk(create_app(_settings())).records == []


def _query(scope: Scope) -> dict[str, str]:
    pairs = scope.get("query_string", b"").decode().split("&")
    return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def test_the_walk_finds_a_page_that_repeats_the_one_before() -> None:
    """Each page's own pageInfo is consistent; only reading them all shows a rule missing."""
    app = create_app(_settings())
    first: dict[str, Any] = {}

    def repeat(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        if scope["method"] != "GET" or scope["path"] != RULES or status != 200:
            return status, body
        page = json.loads(body)
        if _query(scope).get("page") == "1":
            first["data"] = page["data"]
        elif first and len(page["data"]) == len(first["data"]):
            page["data"] = first["data"]
        return status, json.dumps(page).encode()

    recorded = _walk(rewriting(app, repeat), rules=9)

    assert LIST_FILTER in recorded.checks(), recorded.records
    assert any("missing" in record.title for record in recorded.records)


def test_the_walk_finds_a_deleted_rule_still_listed() -> None:
    recorded = _walk(keeps_deleted_rules(_settings()))

    assert recorded.checks() == [DELETED_GONE], recorded.records
    assert "deleted" in recorded.records[0].title


# The kinds table against the document ---------------------------------------------------


@pytest.mark.parametrize("kind", SEMANTIC_KINDS, ids=lambda kind: kind.name)
def test_each_kind_names_operations_and_filters_the_document_has(kind: Any) -> None:
    document = load_document()
    operations = Operations.from_document(document)
    for operation_id in (kind.create, kind.get, kind.update, kind.delete, kind.listing):
        assert operation_id in operations.labels, operation_id
    method, path = operations.label(kind.listing).split(" ", 1)
    operation = document["paths"][path][method.lower()]
    names = set()
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].split("/")[-1]]
        names.add(parameter["name"])
    documented = answer_fields(document, kind.get)
    assert documented is not None
    for rule in kind.filters:
        assert rule.parameter in names, (kind.name, rule.parameter)
        assert set(rule.fields) & documented, (kind.name, rule.fields)
    assert kind.id_field in documented


def test_a_gateway_update_may_reset_what_decision_c1_allows_and_nothing_else() -> None:
    labels = Operations.from_document(load_document()).family("current").labels
    recorded = Recorded()
    observer = SemanticObserver(labels, Ledger(RuleMarker(PREFIX, GATEWAY)), recorded)
    gateway = {"id": "gw1", "name": "trunk", "record": True, "address": "sip.example.com"}
    observer.observe(
        ObservedCall(
            operation_id="createOutboundGateway",
            label=labels["createOutboundGateway"],
            status=200,
            answer=gateway,
            path_parameters={},
            query={},
            body=None,
            reproduction=lambda: "curl",
            phase="test",
        )
    )

    def update(answer: dict[str, Any]) -> None:
        observer.observe(
            ObservedCall(
                operation_id="updateOutboundGateway",
                label=labels["updateOutboundGateway"],
                status=200,
                answer=answer,
                path_parameters={"gatewayId": "gw1"},
                query={},
                body={"address": "sip2.example.com"},
                reproduction=lambda: "curl",
                phase="test",
            )
        )

    update({**gateway, "record": False, "address": "sip2.example.com"})
    assert recorded.checks() == []

    update({**gateway, "name": "renamed", "address": "sip2.example.com"})
    assert recorded.checks() == [UPDATE_PARTIAL]


def _current() -> tuple[SemanticObserver, Recorded, Any]:
    labels = Operations.from_document(load_document()).family("current").labels
    recorded = Recorded()
    observer = SemanticObserver(labels, Ledger(RuleMarker(PREFIX, GATEWAY)), recorded)

    def send(operation_id: str, answer: Any, **parts: Any) -> None:
        observer.observe(
            ObservedCall(
                operation_id=operation_id,
                label=labels[operation_id],
                status=parts.get("status", 200),
                answer=answer,
                path_parameters=parts.get("path", {}),
                query={},
                body=parts.get("body"),
                reproduction=lambda: "curl",
                phase="test",
            )
        )

    return observer, recorded, send


A, B, C = "+14150001111", "+14150002222", "+14150003333"


def test_a_released_number_must_leave_every_rule() -> None:
    _observer_unused, recorded, send = _current()
    send("createNumberRoutingRule", {"id": "r1", "name": "n", "numbers": [A, B]}, status=201)
    send("createOutboundGateway", {"id": "g1", "name": "g", "numbers": [A]})
    send("releasePhoneNumber", {"phoneNumberId": "pn_1", "e164": A}, path={"phoneNumberId": "pn_1"})

    # A gateway may hold a number that is not registered: release says nothing about it.
    send("getOutboundGateway", {"id": "g1", "name": "g", "numbers": [A]}, path={"gatewayId": "g1"})
    send("getNumberRoutingRule", {"id": "r1", "name": "n", "numbers": [B]}, path={"ruleId": "r1"})
    assert recorded.records == []

    send(
        "getNumberRoutingRule", {"id": "r1", "name": "n", "numbers": [A, B]}, path={"ruleId": "r1"}
    )
    assert RELATION in recorded.checks()
    assert A in recorded.records[-1].title


def test_an_update_renaming_a_field_is_compared_under_the_answers_name() -> None:
    _observer_unused, recorded, send = _current()
    send("createNumberRoutingRule", {"id": "r3", "name": "n", "numbers": [B]}, status=201)
    changed = {"id": "r3", "name": "n", "numbers": [A, B]}
    send("updateNumberRoutingRule", changed, path={"ruleId": "r3"}, body={"phoneNumbers": [A, B]})
    assert recorded.records == []
    send("updateNumberRoutingRule", changed, path={"ruleId": "r3"}, body={"phoneNumbers": [B]})
    assert recorded.checks() == ["semantic_update_partial"]


def test_a_detached_number_leaves_gateways_only_and_may_be_attached_again() -> None:
    _observer_unused, recorded, send = _current()
    send("createInboundGateway", {"id": "g2", "name": "g", "numbers": [C]})
    send("createNumberRoutingRule", {"id": "r2", "name": "n", "numbers": [C]}, status=201)
    send("detachPhoneNumber", {"message": "Detached"}, body={"phoneNumber": C})

    send("getNumberRoutingRule", {"id": "r2", "name": "n", "numbers": [C]}, path={"ruleId": "r2"})
    assert recorded.records == []
    send("getInboundGateway", {"id": "g2", "name": "g", "numbers": [C]}, path={"gatewayId": "g2"})
    assert recorded.checks() == [RELATION]

    recorded.records.clear()
    attached = {"id": "g2", "name": "g", "numbers": [C]}
    send("updateInboundGateway", attached, path={"gatewayId": "g2"}, body={"numbers": [C]})
    send("getInboundGateway", attached, path={"gatewayId": "g2"})
    assert recorded.records == []


def test_an_update_still_holding_a_released_number_is_one_broken_relation() -> None:
    _observer_unused, recorded, send = _current()
    send("createNumberRoutingRule", {"id": "r4", "name": "n", "numbers": [A, B]}, status=201)
    send("releasePhoneNumber", {"phoneNumberId": "pn_1", "e164": A}, path={"phoneNumberId": "pn_1"})

    held = {"id": "r4", "name": "renamed", "numbers": [A, B]}
    send("updateNumberRoutingRule", held, path={"ruleId": "r4"}, body={"name": "renamed"})

    # The number the rule kept is the relation broken, not a field the update changed.
    assert recorded.checks() == [RELATION]


def test_a_gateway_changed_through_its_phone_numbers_is_not_held_to_its_old_values() -> None:
    _observer_unused, recorded, send = _current()
    gateway = {"id": "g3", "name": "old", "numbers": [C], "geoRegion": "us002", "tags": ["t"]}
    send("createInboundGateway", gateway)
    send(
        "updatePhoneNumberGateway",
        {"message": "Gateway updated successfully"},
        path={"gatewayId": "g3"},
        body={"name": "new", "sipRegion": "in002"},
    )

    changed = {**gateway, "name": "new", "geoRegion": "in002"}
    send("getInboundGateway", changed, path={"gatewayId": "g3"})
    assert recorded.records == []
    send("getInboundGateway", {**changed, "tags": []}, path={"gatewayId": "g3"})
    assert recorded.checks() == ["semantic_get_matches"], "what it did not send is still held"


@pytest.mark.parametrize("operation_id", ["listCalls", "listPhoneNumbers"])
def test_a_page_of_a_resource_without_a_kind_is_held_to_its_page_info(operation_id: str) -> None:
    _observer_unused, recorded, send = _current()
    right = {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 1}
    send(operation_id, {"pageInfo": right, "data": [{}]})
    assert recorded.records == []

    send(operation_id, {"pageInfo": {**right, "total": 2}, "data": [{}]})
    assert recorded.checks() == [PAGE_INFO]
