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

T = TypeVar("T", bound="PhoneNumberReleased")


@_attrs_define(repr=False)
class PhoneNumberReleased:
    """What a release answers.

    Example:
        {'message': 'Phone number released successfully', 'phoneNumberId': 'pn_abc123', 'e164': '+14155551234'}

    Attributes:
        message (str): A sentence for people. Example: Phone number released successfully.
        phone_number_id (str): The id of the released number. Example: pn_abc123.
        e164 (str | Unset): The released number in E.164 form. Example: +14155551234.
    """

    message: str
    phone_number_id: str
    e164: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message", "message"),
                ("phoneNumberId", "phone_number_id"),
                ("e164", "e164"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        phone_number_id = self.phone_number_id

        e164 = self.e164

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "phoneNumberId": phone_number_id,
            }
        )
        if e164 is not UNSET:
            field_dict["e164"] = e164

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        phone_number_id = d.pop("phoneNumberId")

        e164 = d.pop("e164", UNSET)

        phone_number_released = cls(
            message=message,
            phone_number_id=phone_number_id,
            e164=e164,
        )

        phone_number_released.additional_properties = d
        return phone_number_released

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
