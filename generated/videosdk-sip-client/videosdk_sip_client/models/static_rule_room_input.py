from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.static_rule_room_input_type import StaticRuleRoomInputType
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="StaticRuleRoomInput")


def _to_type(value: StaticRuleRoomInputType | Literal["static"]) -> StaticRuleRoomInputType:
    return to_enum(StaticRuleRoomInputType, value, "StaticRuleRoomInput.type")


@_attrs_define(repr=False)
class StaticRuleRoomInput:
    """Every call joins the one room `id`.

    Example:
        {'type': 'static', 'id': 'room_123456'}

    Attributes:
        type_ (StaticRuleRoomInputType): `static`: calls join the room `id`.
        id (str): The id of the room calls join. Example: room_123456.
        pin (str | Unset): A PIN callers must enter to join the room. Example: 4321.
    """

    id: str = _attrs_field(validator=FieldCheck("StaticRuleRoomInput.id", "a string", types=(str,), models=()))
    type_: StaticRuleRoomInputType = _attrs_field(default=StaticRuleRoomInputType.STATIC, converter=_to_type)
    pin: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("StaticRuleRoomInput.pin", "a string", types=(str,), models=(), optional=True),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("id", "id"),
                ("pin", "pin"),
            ),
            None,
        )

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
        type_ = d.pop("type")

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
