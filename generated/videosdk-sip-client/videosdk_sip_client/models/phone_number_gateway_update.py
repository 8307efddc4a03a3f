from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.media_encryption import MediaEncryption
from ..models.sip_region import SipRegion
from ..models.sip_transport import SipTransport
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberGatewayUpdate")


@_attrs_define
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

    name: str | Unset = UNSET
    media_encryption: MediaEncryption | Unset = UNSET
    sip_region: SipRegion | Unset = UNSET
    address: str | Unset = UNSET
    transport: SipTransport | Unset = UNSET
    auth: SipAuthInput | Unset = UNSET

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

        _media_encryption = d.pop("mediaEncryption", UNSET)
        media_encryption: MediaEncryption | Unset
        if isinstance(_media_encryption, Unset):
            media_encryption = UNSET
        else:
            media_encryption = MediaEncryption(_media_encryption)

        _sip_region = d.pop("sipRegion", UNSET)
        sip_region: SipRegion | Unset
        if isinstance(_sip_region, Unset):
            sip_region = UNSET
        else:
            sip_region = SipRegion(_sip_region)

        address = d.pop("address", UNSET)

        _transport = d.pop("transport", UNSET)
        transport: SipTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = SipTransport(_transport)

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
