from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.sip_region import SipRegion

T = TypeVar("T", bound="InboundProvisioning")


@_attrs_define
class InboundProvisioning:
    """How to provision the inbound gateway.

    Example:
        {'sipRegion': 'us002'}

    Attributes:
        sip_region (SipRegion): Where VideoSDK handles the SIP traffic; `auto` picks the nearest region. Example: us002.
    """

    sip_region: SipRegion

    def to_dict(self) -> dict[str, Any]:
        sip_region = self.sip_region.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sipRegion": sip_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_region = SipRegion(d.pop("sipRegion"))

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"InboundProvisioning: unknown field {unknown} (additionalProperties is false; allowed: sipRegion)"
            )

        inbound_provisioning = cls(
            sip_region=sip_region,
        )

        return inbound_provisioning
