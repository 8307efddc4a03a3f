from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_encryption import MediaEncryption
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_optional_enum,
)

T = TypeVar("T", bound="PhoneNumbersCreate")


def _to_media_encryption(value: MediaEncryption | Literal["enable", "disable"] | Unset) -> MediaEncryption | Unset:
    return to_optional_enum(MediaEncryption, value, "PhoneNumbersCreate.mediaEncryption")


@_attrs_define(repr=False)
class PhoneNumbersCreate:
    """Numbers to register, and the gateways to provision for them.

    Example:
        {'name': 'My SIP Setup', 'phoneNumbers': ['+14155551234'], 'inbound': {'sipRegion': 'auto'}, 'outbound':
            {'address': 'sip.telnyx.com:5061', 'transport': 'tls'}}

    Attributes:
        name (str): A label applied to every number (and to the gateways). Example: My SIP Setup.
        phone_numbers (list[str]): The phone numbers this rule routes; at least one, each once. Example:
            ['+14150001111', '+14150002222'].
        inbound (InboundProvisioning): How to provision the inbound gateway. Example: {'sipRegion': 'us002'}.
        outbound (OutboundProvisioning): How to provision the outbound gateway. Example: {'address':
            'sip.telnyx.com:5061', 'transport': 'tls'}.
        is_shared (bool | Unset): `true`: one gateway pair shared by every number; `false`: one pair per number.
            The vendor's server SDK sends `true` when it is left out.
             Example: True.
        media_encryption (MediaEncryption | Unset): Whether media is encrypted (SRTP): `enable` or `disable`. Example:
            disable.
    """

    name: str = _attrs_field(validator=FieldCheck("PhoneNumbersCreate.name", "a string", types=(str,), models=()))
    phone_numbers: list[str] = _attrs_field(
        validator=FieldCheck(
            "PhoneNumbersCreate.phoneNumbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("PhoneNumbersCreate.phoneNumbers[]", "a string", types=(str,), models=()),
        )
    )
    inbound: InboundProvisioning = _attrs_field(
        validator=FieldCheck(
            "PhoneNumbersCreate.inbound", "an InboundProvisioning", types=(), models=("InboundProvisioning",)
        )
    )
    outbound: OutboundProvisioning = _attrs_field(
        validator=FieldCheck(
            "PhoneNumbersCreate.outbound", "an OutboundProvisioning", types=(), models=("OutboundProvisioning",)
        )
    )
    is_shared: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "PhoneNumbersCreate.isShared", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    media_encryption: MediaEncryption | Unset = _attrs_field(default=UNSET, converter=_to_media_encryption)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("name", "name"),
                ("phoneNumbers", "phone_numbers"),
                ("inbound", "inbound"),
                ("outbound", "outbound"),
                ("isShared", "is_shared"),
                ("mediaEncryption", "media_encryption"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_numbers = self.phone_numbers

        inbound = self.inbound.to_dict()

        outbound = self.outbound.to_dict()

        is_shared = self.is_shared

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "phoneNumbers": phone_numbers,
                "inbound": inbound,
                "outbound": outbound,
            }
        )
        if is_shared is not UNSET:
            field_dict["isShared"] = is_shared
        if media_encryption is not UNSET:
            field_dict["mediaEncryption"] = media_encryption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        phone_numbers = cast(list[str], d.pop("phoneNumbers"))

        inbound = InboundProvisioning.from_dict(d.pop("inbound"))

        outbound = OutboundProvisioning.from_dict(d.pop("outbound"))

        is_shared = d.pop("isShared", UNSET)

        media_encryption = d.pop("mediaEncryption", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"PhoneNumbersCreate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, phoneNumbers, inbound, outbound, isShared, mediaEncryption)"
            )

        phone_numbers_create = cls(
            name=name,
            phone_numbers=phone_numbers,
            inbound=inbound,
            outbound=outbound,
            is_shared=is_shared,
            media_encryption=media_encryption,
        )

        return phone_numbers_create


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.inbound_provisioning import InboundProvisioning  # noqa: E402
from ..models.outbound_provisioning import OutboundProvisioning  # noqa: E402
