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

T = TypeVar("T", bound="PhoneNumberDetail")


@_attrs_define(repr=False)
class PhoneNumberDetail:
    """A number with its inbound and outbound gateway.

    Example:
        {'phoneNumber': {'phoneNumberId': 'pn_abc123', 'e164': '+14155551234'}, 'inbound': None, 'outbound': None}

    Attributes:
        phone_number (PhoneNumberRecord): A registered number. Example: {'phoneNumberId': 'pn_abc123', 'e164':
            '+14155551234'}.
        inbound (None | SipGateway | Unset): A gateway a number is attached to, or `null` when there is none.
        outbound (None | SipGateway | Unset): A gateway a number is attached to, or `null` when there is none.
    """

    phone_number: PhoneNumberRecord
    inbound: None | SipGateway | Unset = UNSET
    outbound: None | SipGateway | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("phoneNumber", "phone_number"),
                ("inbound", "inbound"),
                ("outbound", "outbound"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number.to_dict()

        inbound: dict[str, Any] | None | Unset
        if isinstance(self.inbound, Unset):
            inbound = UNSET
        elif isinstance(self.inbound, SipGateway):
            inbound = self.inbound.to_dict()
        else:
            inbound = self.inbound

        outbound: dict[str, Any] | None | Unset
        if isinstance(self.outbound, Unset):
            outbound = UNSET
        elif isinstance(self.outbound, SipGateway):
            outbound = self.outbound.to_dict()
        else:
            outbound = self.outbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = PhoneNumberRecord.from_dict(d.pop("phoneNumber"))

        def _parse_inbound(data: object) -> None | SipGateway | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_attached_gateway_type_0 = SipGateway.from_dict(data)

                return componentsschemas_attached_gateway_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("SipGateway", exc))
            return cast(None | SipGateway | Unset, data)

        inbound = _parse_inbound(d.pop("inbound", UNSET))

        def _parse_outbound(data: object) -> None | SipGateway | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_attached_gateway_type_0 = SipGateway.from_dict(data)

                return componentsschemas_attached_gateway_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("SipGateway", exc))
            return cast(None | SipGateway | Unset, data)

        outbound = _parse_outbound(d.pop("outbound", UNSET))

        phone_number_detail = cls(
            phone_number=phone_number,
            inbound=inbound,
            outbound=outbound,
        )

        phone_number_detail.additional_properties = d
        return phone_number_detail

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
from ..models.sip_gateway import SipGateway  # noqa: E402
