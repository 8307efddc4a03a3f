from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dynamic_room_input_type import DynamicRoomInputType
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="DynamicRoomInput")


def _to_type(value: DynamicRoomInputType | Literal["dynamic"]) -> DynamicRoomInputType:
    return to_enum(DynamicRoomInputType, value, "DynamicRoomInput.type")


@_attrs_define(repr=False)
class DynamicRoomInput:
    """Each call gets a room of its own, created as the call arrives and named from `prefix`.
    `id` is accepted (the vendor's own example sends it) and, when given, names the room
    to create or join.

        Example:
            {'type': 'dynamic', 'prefix': 'support'}

        Attributes:
            type_ (DynamicRoomInputType): `dynamic`: a room is created for each call.
            prefix (str | Unset): A prefix for the name of each room created. Example: support.
            id (str | Unset): A room id to create or join instead of a generated one. Example: room_123.
            pin (str | Unset): A PIN callers must enter to join the room. Example: 4321.
    """

    type_: DynamicRoomInputType = _attrs_field(default=DynamicRoomInputType.DYNAMIC, converter=_to_type)
    prefix: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("DynamicRoomInput.prefix", "a string", types=(str,), models=(), optional=True),
    )
    id: str | Unset = _attrs_field(
        default=UNSET, validator=FieldCheck("DynamicRoomInput.id", "a string", types=(str,), models=(), optional=True)
    )
    pin: str | Unset = _attrs_field(
        default=UNSET, validator=FieldCheck("DynamicRoomInput.pin", "a string", types=(str,), models=(), optional=True)
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("prefix", "prefix"),
                ("id", "id"),
                ("pin", "pin"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        prefix = self.prefix

        id = self.id

        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if id is not UNSET:
            field_dict["id"] = id
        if pin is not UNSET:
            field_dict["pin"] = pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        prefix = d.pop("prefix", UNSET)

        id = d.pop("id", UNSET)

        pin = d.pop("pin", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"DynamicRoomInput: unknown field {unknown} (additionalProperties is false; allowed: "
                "type, prefix, id, pin)"
            )

        dynamic_room_input = cls(
            type_=type_,
            prefix=prefix,
            id=id,
            pin=pin,
        )

        return dynamic_room_input
