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

T = TypeVar("T", bound="CallTimelogEntry")


@_attrs_define(repr=False)
class CallTimelogEntry:
    """One step of the call's history.

    Example:
        {'status': 'INITIATED', 'timestamp': '2025-08-21T11:45:00.000Z'}

    Attributes:
        status (str | Unset): The state entered, such as `INITIATED` (other values are passed through). Example:
            INITIATED.
        timestamp (str | Unset): When (ISO 8601). Example: 2025-08-21T11:45:00.000Z.
    """

    status: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("status", "status"),
                ("timestamp", "timestamp"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        call_timelog_entry = cls(
            status=status,
            timestamp=timestamp,
        )

        call_timelog_entry.additional_properties = d
        return call_timelog_entry

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
