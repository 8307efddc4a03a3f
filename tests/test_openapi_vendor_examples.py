"""Every example the vendor publishes either validates against its schema in openapi.yaml, or
is refused for the reason a named contract decision gives."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml

from videosdk_sip.spec import component_schema, load_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "vendor_examples.yaml").read_text()
)
DECISIONS = (ROOT / "docs" / "contract-decisions.md").read_text()
# What each decision that refuses a vendor example refuses it for, in the validator's words.
REFUSED_FOR = {
    "hidePhoneNumber": ['"false" is not of type "boolean"'],
    "C4": ['"call-ended" is not one of'],
    "C5": ['"us001" is not one of', '"sdes" is not one of'],
    "C6": ['"true" is not of type "boolean"'],
    "C8": [
        '"sipCallFrom" is a required property',
        '"routingRuleId" is a required property',
        "'gatewayId' was unexpected",
    ],
    "C9": ['"SRTP" is not one of', '"1234" is not of type "boolean"'],
}


def _errors(schema: str, value: Any) -> list[str]:
    validator = jsonschema_rs.Draft4Validator(component_schema(load_document(), schema))
    return [error.message for error in validator.iter_errors(value)]


def _decision_row(decision: str) -> bool:
    if re.fullmatch(r"C\d+", decision):
        return f"\n| {decision} |" in DECISIONS
    return f"\n| `{decision}` |" in DECISIONS


@pytest.mark.parametrize("example", EXAMPLES, ids=[example["name"] for example in EXAMPLES])
def test_a_vendor_example_validates_or_names_its_decision(example: dict[str, Any]) -> None:
    errors = _errors(example["schema"], example["value"])
    decision = example["decision"]
    if decision is None:
        assert errors == [], errors
        return
    assert _decision_row(decision), f"no decision {decision} in docs/contract-decisions.md"
    expected = REFUSED_FOR[decision]
    assert len(errors) == len(expected), errors
    for words in expected:
        assert any(words in error for error in errors), (words, errors)


def test_every_refusing_decision_is_used() -> None:
    used = {example["decision"] for example in EXAMPLES if example["decision"]}
    assert used == set(REFUSED_FOR)


def test_every_current_resource_has_vendor_examples() -> None:
    schemas = {example["schema"] for example in EXAMPLES}
    for expected in [
        "SipGateway",
        "OutboundGatewayCreate",
        "PhoneNumbersCreate",
        "PhoneNumberDetached",
        "NumberRoutingRule",
        "NumberRoutingRuleUpdate",
        "CallAnswer",
        "CallCreate",
        "WebhookCreate",
        "Webhook",
    ]:
        assert expected in schemas
