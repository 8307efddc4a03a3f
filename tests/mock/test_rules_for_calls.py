"""What the calls resource reads from the current routing rules: an outbound rule's answer
for a call, and a problem naming `routingRuleId` for anything else."""

from __future__ import annotations

from typing import Any

import pytest

from videosdk_sip.mock.problems import Problem
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores import create_stores
from videosdk_sip.mock.stores.number_rules import StoredRule

from .helpers import KEY_A, KEY_B, SECRET_A, SECRET_B


def rule_request(kind: str, numbers: list[str], **extra: Any) -> dict[str, Any]:
    return {"name": f"{kind} rule", "type": kind, "phoneNumbers": numbers, **extra}


@pytest.fixture
def relations_and_rules() -> tuple[Relations, dict[str, StoredRule]]:
    stores = create_stores(MockSettings(credentials={KEY_A: SECRET_A, KEY_B: SECRET_B}))
    created: dict[str, StoredRule] = {}
    for kind, number in (("outbound", "+14155550001"), ("inbound", "+14155550002")):
        rule = stores.number_rules.create(
            KEY_A, rule_request(kind, [number], room={"type": "static", "id": "room_1"})
        )
        assert isinstance(rule, StoredRule)
        created[kind] = rule
    return Relations(stores), created


def test_an_outbound_rule_answers_its_stored_fields(
    relations_and_rules: tuple[Relations, dict[str, StoredRule]],
) -> None:
    relations, created = relations_and_rules
    rule_id = created["outbound"].fields["id"]
    found = relations.outbound_rule_for_call(KEY_A, rule_id)
    assert not isinstance(found, Problem)
    assert found["id"] == rule_id
    assert found["type"] == "outbound"
    assert found["numbers"] == ["+14155550001"]
    assert found["room"] == {"type": "static", "prefix": None, "id": "room_1", "pin": None}
    assert relations.number_rule_exists(KEY_A, rule_id)


def test_an_inbound_rule_is_refused_naming_routing_rule_id(
    relations_and_rules: tuple[Relations, dict[str, StoredRule]],
) -> None:
    relations, created = relations_and_rules
    rule_id = created["inbound"].fields["id"]
    problem = relations.outbound_rule_for_call(KEY_A, rule_id)
    assert isinstance(problem, Problem)
    assert (problem.field, problem.rule) == ("routingRuleId", "outbound")
    assert relations.number_rule_exists(KEY_A, rule_id)


def test_an_unknown_or_other_keys_rule_is_refused_naming_routing_rule_id(
    relations_and_rules: tuple[Relations, dict[str, StoredRule]],
) -> None:
    relations, created = relations_and_rules
    rule_id = created["outbound"].fields["id"]
    for api_key, wanted in ((KEY_B, rule_id), (KEY_A, "rr_unknown")):
        problem = relations.outbound_rule_for_call(api_key, wanted)
        assert isinstance(problem, Problem)
        assert (problem.field, problem.rule) == ("routingRuleId", "exists")
        assert not relations.number_rule_exists(api_key, wanted)
