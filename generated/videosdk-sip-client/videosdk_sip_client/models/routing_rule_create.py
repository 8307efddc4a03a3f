from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    describe_failures,
    model_repr,
)

T = TypeVar("T", bound="RoutingRuleCreate")


@_attrs_define(repr=False)
class RoutingRuleCreate:
    """A new routing rule.

    Example:
        {'gatewayId': 'gateway_in_123456789', 'name': 'Support Line Rule', 'numbers': ['+14150001111'], 'dispatch':
            {'agent': {'type': 'cloud', 'id': 'agent_789'}}}

    Attributes:
        gateway_id (str): The id of the SIP gateway whose calls this rule routes. Example: gateway_in_123456789.
        name (str): A name for people to recognise the rule by. Example: Support Line Rule.
        numbers (list[str]): The phone numbers this rule routes; at least one, each once. Example: ['+14150001111',
            '+14150002222'].
        dispatch (AgentDispatchInput | RoomDispatchInput): Where calls go. Exactly one shape matches any body: with
            `room` it is a room dispatch
            (optionally with an agent in that room); with only `agent` it is an agent dispatch.
            A body with neither is refused.
        hide_phone_number (bool | Unset): Hide the caller's number from the room or agent. Defaults to `false`. Example:
            False.
        metadata (MetadataInput | Unset): Your own key-value pairs, stored with the rule and answered back as sent.
            Example: {'env': 'production'}.
        tags (list[str] | Unset): Free-form labels for finding and grouping rules. Example: ['priority', 'support'].
    """

    gateway_id: str = _attrs_field(
        validator=FieldCheck("RoutingRuleCreate.gatewayId", "a string", types=(str,), models=())
    )
    name: str = _attrs_field(validator=FieldCheck("RoutingRuleCreate.name", "a string", types=(str,), models=()))
    numbers: list[str] = _attrs_field(
        validator=FieldCheck(
            "RoutingRuleCreate.numbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("RoutingRuleCreate.numbers[]", "a string", types=(str,), models=()),
        )
    )
    dispatch: AgentDispatchInput | RoomDispatchInput = _attrs_field(
        validator=FieldCheck(
            "RoutingRuleCreate.dispatch",
            "a RoomDispatchInput or an AgentDispatchInput",
            types=(),
            models=(
                "RoomDispatchInput",
                "AgentDispatchInput",
            ),
        )
    )
    hide_phone_number: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleCreate.hidePhoneNumber", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    metadata: MetadataInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleCreate.metadata", "a MetadataInput", types=(), models=("MetadataInput",), optional=True
        ),
    )
    tags: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleCreate.tags",
            "a list of strings",
            types=(list,),
            items=FieldCheck("RoutingRuleCreate.tags[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("gatewayId", "gateway_id"),
                ("name", "name"),
                ("numbers", "numbers"),
                ("dispatch", "dispatch"),
                ("hidePhoneNumber", "hide_phone_number"),
                ("metadata", "metadata"),
                ("tags", "tags"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        gateway_id = self.gateway_id

        name = self.name

        numbers = self.numbers

        dispatch: dict[str, Any]
        if isinstance(self.dispatch, RoomDispatchInput):
            dispatch = self.dispatch.to_dict()
        else:
            dispatch = self.dispatch.to_dict()

        hide_phone_number = self.hide_phone_number

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "gatewayId": gateway_id,
                "name": name,
                "numbers": numbers,
                "dispatch": dispatch,
            }
        )
        if hide_phone_number is not UNSET:
            field_dict["hidePhoneNumber"] = hide_phone_number
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gateway_id = d.pop("gatewayId")

        name = d.pop("name")

        numbers = cast(list[str], d.pop("numbers"))

        def _parse_dispatch(data: object) -> AgentDispatchInput | RoomDispatchInput:
            failures: list[tuple[str, Exception]] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_dispatch_input_type_0 = RoomDispatchInput.from_dict(data)

                return componentsschemas_dispatch_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("RoomDispatchInput", exc))
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_dispatch_input_type_1 = AgentDispatchInput.from_dict(data)

                return componentsschemas_dispatch_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("AgentDispatchInput", exc))
            raise ValueError("dispatch: fits none of its shapes (" + describe_failures(failures) + ")")

        dispatch = _parse_dispatch(d.pop("dispatch"))

        hide_phone_number = d.pop("hidePhoneNumber", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataInput | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataInput.from_dict(_metadata)

        tags = cast(list[str], d.pop("tags", UNSET))

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"RoutingRuleCreate: unknown field {unknown} (additionalProperties is false; allowed: "
                "gatewayId, name, numbers, dispatch, hidePhoneNumber, metadata, tags)"
            )

        routing_rule_create = cls(
            gateway_id=gateway_id,
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return routing_rule_create


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.agent_dispatch_input import AgentDispatchInput  # noqa: E402
from ..models.metadata_input import MetadataInput  # noqa: E402
from ..models.room_dispatch_input import RoomDispatchInput  # noqa: E402
