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

T = TypeVar("T", bound="PhoneNumberRecord")


@_attrs_define(repr=False)
class PhoneNumberRecord:
    """A registered number.

    Example:
        {'phoneNumberId': 'pn_abc123', 'e164': '+14155551234'}

    Attributes:
        phone_number_id (str): The number's id, used to release it. Example: pn_abc123.
        e164 (str): The number in E.164 form. Example: +14155551234.
        country_code (str | Unset): The ISO country code. Example: US.
        provider (str | Unset): Where the number comes from, such as `other`, `twilio`, `plivo`. Example: other.
        origin (str | Unset): `SIP Configured` (brought by you) or `PURCHASED` (bought through VideoSDK); other values
            are passed through. Example: SIP Configured.
        status (str | Unset): The number's state, such as `ACTIVE`. Example: ACTIVE.
        name (str | Unset): The number's label. Example: My SIP Setup.
        created_at (str | Unset): When the number was registered (ISO 8601). Example: 2026-05-11T10:00:00.000Z.
        updated_at (str | Unset): When the number last changed (ISO 8601). Example: 2026-05-11T10:00:00.000Z.
    """

    phone_number_id: str
    e164: str
    country_code: str | Unset = UNSET
    provider: str | Unset = UNSET
    origin: str | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("phoneNumberId", "phone_number_id"),
                ("e164", "e164"),
                ("countryCode", "country_code"),
                ("provider", "provider"),
                ("origin", "origin"),
                ("status", "status"),
                ("name", "name"),
                ("createdAt", "created_at"),
                ("updatedAt", "updated_at"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number_id = self.phone_number_id

        e164 = self.e164

        country_code = self.country_code

        provider = self.provider

        origin = self.origin

        status = self.status

        name = self.name

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumberId": phone_number_id,
                "e164": e164,
            }
        )
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if provider is not UNSET:
            field_dict["provider"] = provider
        if origin is not UNSET:
            field_dict["origin"] = origin
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number_id = d.pop("phoneNumberId")

        e164 = d.pop("e164")

        country_code = d.pop("countryCode", UNSET)

        provider = d.pop("provider", UNSET)

        origin = d.pop("origin", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        phone_number_record = cls(
            phone_number_id=phone_number_id,
            e164=e164,
            country_code=country_code,
            provider=provider,
            origin=origin,
            status=status,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
        )

        phone_number_record.additional_properties = d
        return phone_number_record

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
