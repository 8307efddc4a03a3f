from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="Room")


@_attrs_define(repr=False)
class Room:
    """The room calls go into. `type` is `static` or `dynamic` today; other values a server
    may send are kept as they are.

        Example:
            {'type': 'dynamic', 'prefix': 'prefix'}

        Attributes:
            type_ (str): The kind of room: `static` or `dynamic` (other values are passed through). Example: dynamic.
            id (str | Unset): The room's id. Example: room_123.
            prefix (str | Unset): The prefix for room names. Example: prefix.
            pin (str | Unset): The PIN callers enter to join. Example: 4321.
    """

    type_: str
    id: str | Unset = UNSET
    prefix: str | Unset = UNSET
    pin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("id", "id"),
                ("prefix", "prefix"),
                ("pin", "pin"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        prefix = self.prefix

        pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if pin is not UNSET:
            field_dict["pin"] = pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        prefix = d.pop("prefix", UNSET)

        pin = d.pop("pin", UNSET)

        room = cls(
            type_=type_,
            id=id,
            prefix=prefix,
            pin=pin,
        )

        room.additional_properties = d
        return room

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
