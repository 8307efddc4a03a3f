from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_region import SipRegion
from ..models.sip_transport import SipTransport
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_enum,
    to_optional_enum,
)

T = TypeVar("T", bound="OutboundProvisioning")


def _to_transport(value: SipTransport | Literal["udp", "tcp", "tls"]) -> SipTransport:
    return to_enum(SipTransport, value, "OutboundProvisioning.transport")


def _to_sip_region(value: SipRegion | Literal["auto", "us002", "in002"] | Unset) -> SipRegion | Unset:
    return to_optional_enum(SipRegion, value, "OutboundProvisioning.sipRegion")


@_attrs_define(repr=False)
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

    address: str = _attrs_field(
        validator=FieldCheck("OutboundProvisioning.address", "a string", types=(str,), models=())
    )
    transport: SipTransport = _attrs_field(converter=_to_transport)
    sip_region: SipRegion | Unset = _attrs_field(default=UNSET, converter=_to_sip_region)
    auth: SipAuthInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundProvisioning.auth", "a SipAuthInput", types=(), models=("SipAuthInput",), optional=True
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("address", "address"),
                ("transport", "transport"),
                ("sipRegion", "sip_region"),
                ("auth", "auth"),
            ),
            None,
        )

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

        transport = d.pop("transport")

        sip_region = d.pop("sipRegion", UNSET)

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
