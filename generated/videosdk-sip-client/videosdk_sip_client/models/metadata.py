from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="Metadata")


@_attrs_define(repr=False, init=False)
class Metadata:
    """Key-value pairs, such as a rule's or a call's metadata. Values are kept as the server sends them.

    Example:
        {'env': 'production'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, values: Mapping[str, Any] | None = None, /, **named: Any) -> None:
        """The entries, from a mapping, as keyword arguments, or both."""
        entries = {**(values or {}), **named}
        self.additional_properties = entries

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = cls()

        metadata = cls(d)
        return metadata

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
