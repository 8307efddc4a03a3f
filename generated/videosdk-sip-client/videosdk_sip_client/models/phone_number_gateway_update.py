from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_encryption import MediaEncryption
from ..models.sip_region import SipRegion
from ..models.sip_transport import SipTransport
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_optional_enum,
)

T = TypeVar("T", bound="PhoneNumberGatewayUpdate")


def _to_media_encryption(value: MediaEncryption | Literal["enable", "disable"] | Unset) -> MediaEncryption | Unset:
    return to_optional_enum(MediaEncryption, value, "PhoneNumberGatewayUpdate.mediaEncryption")


def _to_sip_region(value: SipRegion | Literal["auto", "us002", "in002"] | Unset) -> SipRegion | Unset:
    return to_optional_enum(SipRegion, value, "PhoneNumberGatewayUpdate.sipRegion")


def _to_transport(value: SipTransport | Literal["udp", "tcp", "tls"] | Unset) -> SipTransport | Unset:
    return to_optional_enum(SipTransport, value, "PhoneNumberGatewayUpdate.transport")


@_attrs_define(repr=False)
class PhoneNumberGatewayUpdate:
    """The fields to change on a provisioned gateway, at least one. `address`, `transport` and
    `auth` are for outbound gateways only.

        Example:
            {'mediaEncryption': 'enable'}

        Attributes:
            name (str | Unset): A new name. Example: My SIP Setup (outbound).
            media_encryption (MediaEncryption | Unset): Whether media is encrypted (SRTP): `enable` or `disable`. Example:
                disable.
            sip_region (SipRegion | Unset): Where VideoSDK handles the SIP traffic; `auto` picks the nearest region.
                Example: us002.
            address (str | Unset): The provider's SIP host (outbound only). Example: sip.telnyx.com:5061.
            transport (SipTransport | Unset): The SIP transport to the provider. Example: tls.
            auth (SipAuthInput | Unset): Digest credentials for the SIP provider; both parts are required. Example:
                {'username': 'sip-user', 'password': 'sip-pass'}.
    """

    name: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("PhoneNumberGatewayUpdate.name", "a string", types=(str,), models=(), optional=True),
    )
    media_encryption: MediaEncryption | Unset = _attrs_field(default=UNSET, converter=_to_media_encryption)
    sip_region: SipRegion | Unset = _attrs_field(default=UNSET, converter=_to_sip_region)
    address: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("PhoneNumberGatewayUpdate.address", "a string", types=(str,), models=(), optional=True),
    )
    transport: SipTransport | Unset = _attrs_field(default=UNSET, converter=_to_transport)
    auth: SipAuthInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "PhoneNumberGatewayUpdate.auth", "a SipAuthInput", types=(), models=("SipAuthInput",), optional=True
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("name", "name"),
                ("mediaEncryption", "media_encryption"),
                ("sipRegion", "sip_region"),
                ("address", "address"),
                ("transport", "transport"),
                ("auth", "auth"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption.value

        sip_region: str | Unset = UNSET
        if not isinstance(self.sip_region, Unset):
            sip_region = self.sip_region.value

        address = self.address

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport.value

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if media_encryption is not UNSET:
            field_dict["mediaEncryption"] = media_encryption
        if sip_region is not UNSET:
            field_dict["sipRegion"] = sip_region
        if address is not UNSET:
            field_dict["address"] = address
        if transport is not UNSET:
            field_dict["transport"] = transport
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        media_encryption = d.pop("mediaEncryption", UNSET)

        sip_region = d.pop("sipRegion", UNSET)

        address = d.pop("address", UNSET)

        transport = d.pop("transport", UNSET)

        _auth = d.pop("auth", UNSET)
        auth: SipAuthInput | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = SipAuthInput.from_dict(_auth)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"PhoneNumberGatewayUpdate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, mediaEncryption, sipRegion, address, transport, auth)"
            )

        phone_number_gateway_update = cls(
            name=name,
            media_encryption=media_encryption,
            sip_region=sip_region,
            address=address,
            transport=transport,
            auth=auth,
        )

        return phone_number_gateway_update


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.sip_auth_input import SipAuthInput  # noqa: E402
