from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.sip_region import SipRegion
from ..models.sip_transport import SipTransport
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboundProvisioning")


@_attrs_define
class OutboundProvisioning:
    """How to provision the outbound gateway.

    Example:
        {'address': 'sip.telnyx.com:5061', 'transport': 'tls'}

    Attributes:
        address (str): The provider's SIP host, with a port when it is not the default. Example: sip.telnyx.com:5061.
        transport (SipTransport): The SIP transport to the provider. Example: tls.
        sip_region (SipRegion | Unset): Where VideoSDK handles the SIP traffic; `auto` picks the nearest region.
            Example: us002.
        auth (SipAuthInput | Unset): Digest credentials for the SIP provider; both parts are required. Example:
            {'username': 'sip-user', 'password': 'sip-pass'}.
    """

    address: str
    transport: SipTransport
    sip_region: SipRegion | Unset = UNSET
    auth: SipAuthInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        transport = self.transport.value

        sip_region: str | Unset = UNSET
        if not isinstance(self.sip_region, Unset):
            sip_region = self.sip_region.value

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "transport": transport,
            }
        )
        if sip_region is not UNSET:
            field_dict["sipRegion"] = sip_region
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        transport = SipTransport(d.pop("transport"))

        _sip_region = d.pop("sipRegion", UNSET)
        sip_region: SipRegion | Unset
        if isinstance(_sip_region, Unset):
            sip_region = UNSET
        else:
            sip_region = SipRegion(_sip_region)

        _auth = d.pop("auth", UNSET)
        auth: SipAuthInput | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = SipAuthInput.from_dict(_auth)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"OutboundProvisioning: unknown field {unknown} (additionalProperties is false; allowed: "
                "address, transport, sipRegion, auth)"
            )

        outbound_provisioning = cls(
            address=address,
            transport=transport,
            sip_region=sip_region,
            auth=auth,
        )

        return outbound_provisioning


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.sip_auth_input import SipAuthInput  # noqa: E402
