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

T = TypeVar("T", bound="RoutingRuleUpdate")


@_attrs_define(repr=False)
class RoutingRuleUpdate:
    """The fields to change, at least one. `gatewayId` is not editable: move a rule to
    another gateway by creating a new rule.

        Example:
            {'name': 'Support Line (EU)'}

        Attributes:
            name (str | Unset): A new name. Example: Support Line (EU).
            numbers (list[str] | Unset): The phone numbers this rule routes; at least one, each once. Example:
                ['+14150001111', '+14150002222'].
            dispatch (AgentDispatchInput | RoomDispatchInput | Unset): Where calls go. Exactly one shape matches any body:
                with `room` it is a room dispatch
                (optionally with an agent in that room); with only `agent` it is an agent dispatch.
                A body with neither is refused.
            hide_phone_number (bool | Unset): Hide the caller's number from the room or agent. Example: True.
            metadata (MetadataInput | Unset): Your own key-value pairs, stored with the rule and answered back as sent.
                Example: {'env': 'production'}.
            tags (list[str] | Unset): Free-form labels for finding and grouping rules. Example: ['priority', 'support'].
    """

    name: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("RoutingRuleUpdate.name", "a string", types=(str,), models=(), optional=True),
    )
    numbers: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleUpdate.numbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("RoutingRuleUpdate.numbers[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    dispatch: AgentDispatchInput | RoomDispatchInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleUpdate.dispatch",
            "a RoomDispatchInput or an AgentDispatchInput",
            types=(),
            models=(
                "RoomDispatchInput",
                "AgentDispatchInput",
            ),
            optional=True,
        ),
    )
    hide_phone_number: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleUpdate.hidePhoneNumber", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    metadata: MetadataInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleUpdate.metadata", "a MetadataInput", types=(), models=("MetadataInput",), optional=True
        ),
    )
    tags: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoutingRuleUpdate.tags",
            "a list of strings",
            types=(list,),
            items=FieldCheck("RoutingRuleUpdate.tags[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
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
        name = self.name

        numbers: list[str] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers

        dispatch: dict[str, Any] | Unset
        if isinstance(self.dispatch, Unset):
            dispatch = UNSET
        elif isinstance(self.dispatch, RoomDispatchInput):
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

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if dispatch is not UNSET:
            field_dict["dispatch"] = dispatch
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
        name = d.pop("name", UNSET)

        numbers = cast(list[str], d.pop("numbers", UNSET))

        def _parse_dispatch(data: object) -> AgentDispatchInput | RoomDispatchInput | Unset:
            if isinstance(data, Unset):
                return data
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

        dispatch = _parse_dispatch(d.pop("dispatch", UNSET))

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
                f"RoutingRuleUpdate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, numbers, dispatch, hidePhoneNumber, metadata, tags)"
            )

        routing_rule_update = cls(
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return routing_rule_update


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.agent_dispatch_input import AgentDispatchInput  # noqa: E402
from ..models.metadata_input import MetadataInput  # noqa: E402
from ..models.room_dispatch_input import RoomDispatchInput  # noqa: E402
