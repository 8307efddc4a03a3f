from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.static_rule_room_input_type import StaticRuleRoomInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaticRuleRoomInput")


@_attrs_define
class StaticRuleRoomInput:
    """Every call joins the one room `id`.

    Example:
        {'type': 'static', 'id': 'room_123456'}

    Attributes:
        type_ (StaticRuleRoomInputType): `static`: calls join the room `id`.
        id (str): The id of the room calls join. Example: room_123456.
        pin (str | Unset): A PIN callers must enter to join the room. Example: 4321.
    """

    type_: StaticRuleRoomInputType
    id: str
    pin: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if pin is not UNSET:
            field_dict["pin"] = pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = StaticRuleRoomInputType(d.pop("type"))

        id = d.pop("id")

        pin = d.pop("pin", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"StaticRuleRoomInput: unknown field {unknown} (additionalProperties is false; allowed: type, id, pin)"
            )

        static_rule_room_input = cls(
            type_=type_,
            id=id,
            pin=pin,
        )

        return static_rule_room_input
