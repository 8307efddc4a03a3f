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

T = TypeVar("T", bound="PhoneNumberDetached")


@_attrs_define(repr=False)
class PhoneNumberDetached:
    """What a detach answers; `inbound` and `outbound` are the ids of the gateways left (or `null`).

    Example:
        {'message': 'Detached successfully', 'inbound': 'gw_inbound_uuid', 'outbound': None}

    Attributes:
        message (str): A sentence for people. Example: Detached successfully.
        phone_number (PhoneNumberRecord | Unset): A registered number. Example: {'phoneNumberId': 'pn_abc123', 'e164':
            '+14155551234'}.
        inbound (None | str | Unset): The id of the inbound gateway the number left, or `null`. Example:
            gw_inbound_uuid.
        outbound (None | str | Unset): The id of the outbound gateway the number left, or `null`. Example:
            gw_outbound_uuid.
    """

    message: str
    phone_number: PhoneNumberRecord | Unset = UNSET
    inbound: None | str | Unset = UNSET
    outbound: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message", "message"),
                ("phoneNumber", "phone_number"),
                ("inbound", "inbound"),
                ("outbound", "outbound"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = self.phone_number.to_dict()

        inbound: None | str | Unset
        if isinstance(self.inbound, Unset):
            inbound = UNSET
        else:
            inbound = self.inbound

        outbound: None | str | Unset
        if isinstance(self.outbound, Unset):
            outbound = UNSET
        else:
            outbound = self.outbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        _phone_number = d.pop("phoneNumber", UNSET)
        phone_number: PhoneNumberRecord | Unset
        if isinstance(_phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = PhoneNumberRecord.from_dict(_phone_number)

        def _parse_inbound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        inbound = _parse_inbound(d.pop("inbound", UNSET))

        def _parse_outbound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        outbound = _parse_outbound(d.pop("outbound", UNSET))

        phone_number_detached = cls(
            message=message,
            phone_number=phone_number,
            inbound=inbound,
            outbound=outbound,
        )

        phone_number_detached.additional_properties = d
        return phone_number_detached

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


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.phone_number_record import PhoneNumberRecord  # noqa: E402
