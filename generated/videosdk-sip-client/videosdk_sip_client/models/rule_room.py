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
    Unset,
    model_repr,
)

T = TypeVar("T", bound="RuleRoom")


@_attrs_define(repr=False)
class RuleRoom:
    """The rule's room as answered; members a room type does not use are `null`.

    Example:
        {'type': 'dynamic', 'prefix': 'blank', 'id': None, 'pin': None}

    Attributes:
        type_ (str | Unset): `static` or `dynamic` (other values are passed through). Example: dynamic.
        prefix (None | str | Unset): How dynamic rooms are named, or `null`. Example: blank.
        id (None | str | Unset): The static room's id, or `null`. Example: room_123456.
        pin (None | str | Unset): The room's PIN, or `null`. Example: 4321.
    """

    type_: str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    pin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("prefix", "prefix"),
                ("id", "id"),
                ("pin", "pin"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        pin: None | str | Unset
        if isinstance(self.pin, Unset):
            pin = UNSET
        else:
            pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        type_ = d.pop("type", UNSET)

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        pin = _parse_pin(d.pop("pin", UNSET))

        rule_room = cls(
            type_=type_,
            prefix=prefix,
            id=id,
            pin=pin,
        )

        rule_room.additional_properties = d
        return rule_room

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
