from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.static_room_input_type import StaticRoomInputType
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="StaticRoomInput")


def _to_type(value: StaticRoomInputType | Literal["static"]) -> StaticRoomInputType:
    return to_enum(StaticRoomInputType, value, "StaticRoomInput.type")


@_attrs_define(repr=False)
class StaticRoomInput:
    """Every call joins the one room named by `id`.

    Example:
        {'type': 'static', 'id': 'room_123'}

    Attributes:
        type_ (StaticRoomInputType): `static`: calls join the room `id`.
        id (str): The id of the room calls join. Example: room_123.
        prefix (str | Unset): A prefix for the room's name. Example: support.
        pin (str | Unset): A PIN callers must enter to join the room. Example: 4321.
    """

    id: str = _attrs_field(validator=FieldCheck("StaticRoomInput.id", "a string", types=(str,), models=()))
    type_: StaticRoomInputType = _attrs_field(default=StaticRoomInputType.STATIC, converter=_to_type)
    prefix: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("StaticRoomInput.prefix", "a string", types=(str,), models=(), optional=True),
    )
    pin: str | Unset = _attrs_field(
        default=UNSET, validator=FieldCheck("StaticRoomInput.pin", "a string", types=(str,), models=(), optional=True)
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("id", "id"),
                ("prefix", "prefix"),
                ("pin", "pin"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        prefix = self.prefix

        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
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

        id = d.pop("id")

        prefix = d.pop("prefix", UNSET)

        pin = d.pop("pin", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"StaticRoomInput: unknown field {unknown} (additionalProperties is false; allowed: "
                "type, id, prefix, pin)"
            )

        static_room_input = cls(
            type_=type_,
            id=id,
            prefix=prefix,
            pin=pin,
        )

        return static_room_input
