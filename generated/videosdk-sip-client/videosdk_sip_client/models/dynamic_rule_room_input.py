from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dynamic_rule_room_input_prefix import DynamicRuleRoomInputPrefix
from ..models.dynamic_rule_room_input_type import DynamicRuleRoomInputType
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_enum,
    to_optional_enum,
)

T = TypeVar("T", bound="DynamicRuleRoomInput")


def _to_type(value: DynamicRuleRoomInputType | Literal["dynamic"]) -> DynamicRuleRoomInputType:
    return to_enum(DynamicRuleRoomInputType, value, "DynamicRuleRoomInput.type")


def _to_prefix(
    value: DynamicRuleRoomInputPrefix | Literal["blank", "participantNumber", "sipNumber", "random"] | Unset,
) -> DynamicRuleRoomInputPrefix | Unset:
    return to_optional_enum(DynamicRuleRoomInputPrefix, value, "DynamicRuleRoomInput.prefix")


@_attrs_define(repr=False)
class DynamicRuleRoomInput:
    """Each call gets a room of its own, named from `prefix`.

    Example:
        {'type': 'dynamic', 'prefix': 'blank'}

    Attributes:
        type_ (DynamicRuleRoomInputType): `dynamic`: a room is created for each call.
        prefix (DynamicRuleRoomInputPrefix | Unset): How each room is named: `blank` (no prefix, the vendor's server
            SDK's choice when
            none is given), `participantNumber`, `sipNumber` or `random`.
             Example: blank.
        pin (str | Unset): A PIN callers must enter to join the room. Example: 4321.
    """

    type_: DynamicRuleRoomInputType = _attrs_field(default=DynamicRuleRoomInputType.DYNAMIC, converter=_to_type)
    prefix: DynamicRuleRoomInputPrefix | Unset = _attrs_field(default=UNSET, converter=_to_prefix)
    pin: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("DynamicRuleRoomInput.pin", "a string", types=(str,), models=(), optional=True),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("prefix", "prefix"),
                ("pin", "pin"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        prefix: str | Unset = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix.value

        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if pin is not UNSET:
            field_dict["pin"] = pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        prefix = d.pop("prefix", UNSET)

        pin = d.pop("pin", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"DynamicRuleRoomInput: unknown field {unknown} (additionalProperties is false; allowed: "
                "type, prefix, pin)"
            )

        dynamic_rule_room_input = cls(
            type_=type_,
            prefix=prefix,
            pin=pin,
        )

        return dynamic_rule_room_input
