"""Models are pleasant to build: single-value enums default, strings are accepted for enums,
and a wrong value is refused when the model is built, naming the field and the rule."""

from __future__ import annotations

from typing import Any

import pytest
from videosdk_sip_client.models import (
    AgentDispatchInput,
    AgentInput,
    AgentInputType,
    MetadataInput,
    RoomDispatchInput,
    RoutingRule,
    RoutingRuleCreate,
    StaticRoomInput,
    StaticRoomInputType,
)
from videosdk_sip_client.types import UNSET

from .helpers import create_body, rule_body


def test_a_single_value_enum_is_defaulted() -> None:
    room = StaticRoomInput(id="room_1")
    assert room.type_ is StaticRoomInputType.STATIC
    assert room.to_dict() == {"type": "static", "id": "room_1"}


def test_an_enum_takes_its_string() -> None:
    agent = AgentInput(type_="cloud", id="agent_1")
    assert agent.type_ is AgentInputType.CLOUD
    assert StaticRoomInput(type_="static", id="r").type_ is StaticRoomInputType.STATIC


@pytest.mark.parametrize(
    "build",
    [
        lambda: StaticRoomInput(type_="statc", id="room_1"),  # type: ignore[arg-type]
        lambda: StaticRoomInput.from_dict({"type": "statc", "id": "room_1"}),
    ],
    ids=["init", "from_dict"],
)
def test_a_wrong_enum_string_is_refused_naming_the_field_and_the_values(build: Any) -> None:
    with pytest.raises(
        ValueError, match=r"StaticRoomInput\.type: must be one of 'static', got 'statc'"
    ):
        build()


def _create(**changes: Any) -> dict[str, Any]:
    return {**create_body(), **changes}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hidePhoneNumber": "false"}, r"RoutingRuleCreate\.hidePhoneNumber: must be a boolean"),
        ({"name": 5}, r"RoutingRuleCreate\.name: must be a string, got int"),
        ({"numbers": "+14150003333"}, r"RoutingRuleCreate\.numbers: must be a list of strings"),
        ({"numbers": ["+1415", 7]}, r"RoutingRuleCreate\.numbers\[1\]: must be a string"),
        ({"tags": [True]}, r"RoutingRuleCreate\.tags\[0\]: must be a string, got bool"),
    ],
)
def test_a_wrong_json_type_is_refused_by_from_dict(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        RoutingRuleCreate.from_dict(_create(**changes))


def test_a_wrong_json_type_is_refused_by_init() -> None:
    dispatch = RoomDispatchInput(room=StaticRoomInput(id="room_1"))
    with pytest.raises(TypeError, match=r"RoutingRuleCreate\.hidePhoneNumber: must be a boolean"):
        RoutingRuleCreate(
            gateway_id="g",
            name="n",
            numbers=["+14150003333"],
            dispatch=dispatch,
            hide_phone_number="false",  # type: ignore[arg-type]
        )
    message = r"\.dispatch: must be a RoomDispatchInput or an AgentDispatchInput, got dict"
    with pytest.raises(TypeError, match=message):
        RoutingRuleCreate(
            gateway_id="g",
            name="n",
            numbers=["+14150003333"],
            dispatch={"room": {"type": "static", "id": "r"}},  # type: ignore[arg-type]
        )


def test_a_refusal_never_quotes_the_wrong_value() -> None:
    with pytest.raises(TypeError) as caught:
        RoutingRuleCreate.from_dict(_create(name=["a-secret-value"]))
    assert "a-secret-value" not in str(caught.value)


def test_a_map_model_takes_keyword_arguments_and_checks_its_values() -> None:
    assert MetadataInput(department="sales").to_dict() == {"department": "sales"}
    assert MetadataInput({"env": "prod"}, team="a").to_dict() == {"env": "prod", "team": "a"}
    with pytest.raises(TypeError, match=r"MetadataInput\['count'\]: must be a string, got int"):
        MetadataInput(count=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"MetadataInput\['count'\]"):
        MetadataInput.from_dict({"count": 5})


def test_reprs_show_the_set_fields_only() -> None:
    rule = RoutingRuleCreate(
        gateway_id="g",
        name="Front desk",
        numbers=["+14150003333"],
        dispatch=AgentDispatchInput(agent=AgentInput(type_="cloud", id="agent_1")),
        metadata=MetadataInput(team="support"),
    )
    text = repr(rule)
    assert "Unset" not in text
    assert "object at 0x" not in text
    assert text == (
        "RoutingRuleCreate(gateway_id='g', name='Front desk', numbers=['+14150003333'], "
        "dispatch=AgentDispatchInput(agent=AgentInput(type_='cloud', id='agent_1')), "
        "metadata=MetadataInput(team='support'))"
    )
    assert repr(UNSET) == "UNSET"


def test_answers_stay_lenient() -> None:
    # The server's answers are not the caller's mistakes: a string where the contract says
    # boolean is kept, as it was before, and an unknown room type stays a plain string.
    rule = RoutingRule.from_dict(rule_body(hidePhoneNumber="false"))
    assert rule.to_dict()["hidePhoneNumber"] == "false"
