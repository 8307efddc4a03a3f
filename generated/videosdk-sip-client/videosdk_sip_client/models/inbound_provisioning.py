from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_region import SipRegion
from ..types import (
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="InboundProvisioning")


def _to_sip_region(value: SipRegion | Literal["auto", "us002", "in002"]) -> SipRegion:
    return to_enum(SipRegion, value, "InboundProvisioning.sipRegion")


@_attrs_define(repr=False)
class InboundProvisioning:
    """How to provision the inbound gateway.

    Example:
        {'sipRegion': 'us002'}

    Attributes:
        sip_region (SipRegion): Where VideoSDK handles the SIP traffic; `auto` picks the nearest region. Example: us002.
    """

    sip_region: SipRegion = _attrs_field(converter=_to_sip_region)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (("sipRegion", "sip_region"),),
            None,
        )

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
        sip_region = d.pop("sipRegion")

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"InboundProvisioning: unknown field {unknown} (additionalProperties is false; allowed: sipRegion)"
            )

        inbound_provisioning = cls(
            sip_region=sip_region,
        )

        return inbound_provisioning
