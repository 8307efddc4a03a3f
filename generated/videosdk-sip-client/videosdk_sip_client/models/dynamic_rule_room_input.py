from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.dynamic_rule_room_input_prefix import DynamicRuleRoomInputPrefix
from ..models.dynamic_rule_room_input_type import DynamicRuleRoomInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DynamicRuleRoomInput")


@_attrs_define
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

    type_: DynamicRuleRoomInputType
    prefix: DynamicRuleRoomInputPrefix | Unset = UNSET
    pin: str | Unset = UNSET

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
        type_ = DynamicRuleRoomInputType(d.pop("type"))

        _prefix = d.pop("prefix", UNSET)
        prefix: DynamicRuleRoomInputPrefix | Unset
        if isinstance(_prefix, Unset):
            prefix = UNSET
        else:
            prefix = DynamicRuleRoomInputPrefix(_prefix)

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
