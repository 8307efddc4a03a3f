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
from ..models.sip_region import SipRegion
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_optional_enum,
)

T = TypeVar("T", bound="InboundGatewayCreate")


def _to_media_encryption(value: MediaEncryption | Literal["enable", "disable"] | Unset) -> MediaEncryption | Unset:
    return to_optional_enum(MediaEncryption, value, "InboundGatewayCreate.mediaEncryption")


def _to_geo_region(value: SipRegion | Literal["auto", "us002", "in002"] | Unset) -> SipRegion | Unset:
    return to_optional_enum(SipRegion, value, "InboundGatewayCreate.geoRegion")


@_attrs_define(repr=False)
class InboundGatewayCreate:
    """A new inbound gateway.

    Example:
        {'name': 'Twilio Inbound Gateway', 'numbers': ['+14155551234']}

    Attributes:
        name (str): A name, unique on the account. Example: Twilio Inbound Gateway.
        numbers (list[str]): The phone numbers this rule routes; at least one, each once. Example: ['+14150001111',
            '+14150002222'].
        auth (SipAuthInput | Unset): Digest credentials for the SIP provider; both parts are required. Example:
            {'username': 'sip-user', 'password': 'sip-pass'}.
        allowed_addresses (list[str] | Unset): A list of non-empty strings. Example: ['+91*'].
        allowed_numbers (list[str] | Unset): A list of non-empty strings. Example: ['+91*'].
        media_encryption (MediaEncryption | Unset): Whether media is encrypted (SRTP): `enable` or `disable`. Example:
            disable.
        record (bool | Unset): Record the calls. Example: False.
        noise_cancellation (bool | Unset): Filter noise from the calls' audio. Example: True.
        enable_dtmf (bool | Unset): Pass DTMF key presses on. Example: False.
        metadata (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
        tags (list[str] | Unset): Free-form labels for finding and grouping rules. Example: ['priority', 'support'].
        geo_region (SipRegion | Unset): Where VideoSDK handles the SIP traffic; `auto` picks the nearest region.
            Example: us002.
    """

    name: str = _attrs_field(validator=FieldCheck("InboundGatewayCreate.name", "a string", types=(str,), models=()))
    numbers: list[str] = _attrs_field(
        validator=FieldCheck(
            "InboundGatewayCreate.numbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("InboundGatewayCreate.numbers[]", "a string", types=(str,), models=()),
        )
    )
    auth: SipAuthInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.auth", "a SipAuthInput", types=(), models=("SipAuthInput",), optional=True
        ),
    )
    allowed_addresses: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.allowedAddresses",
            "a list of strings",
            types=(list,),
            items=FieldCheck("InboundGatewayCreate.allowedAddresses[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    allowed_numbers: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.allowedNumbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("InboundGatewayCreate.allowedNumbers[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    media_encryption: MediaEncryption | Unset = _attrs_field(default=UNSET, converter=_to_media_encryption)
    record: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.record", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    noise_cancellation: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.noiseCancellation",
            "a boolean (true or false)",
            types=(bool,),
            models=(),
            optional=True,
        ),
    )
    enable_dtmf: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.enableDtmf", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    metadata: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.metadata", "a StringMapInput", types=(), models=("StringMapInput",), optional=True
        ),
    )
    tags: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "InboundGatewayCreate.tags",
            "a list of strings",
            types=(list,),
            items=FieldCheck("InboundGatewayCreate.tags[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    geo_region: SipRegion | Unset = _attrs_field(default=UNSET, converter=_to_geo_region)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("name", "name"),
                ("numbers", "numbers"),
                ("auth", "auth"),
                ("allowedAddresses", "allowed_addresses"),
                ("allowedNumbers", "allowed_numbers"),
                ("mediaEncryption", "media_encryption"),
                ("record", "record"),
                ("noiseCancellation", "noise_cancellation"),
                ("enableDtmf", "enable_dtmf"),
                ("metadata", "metadata"),
                ("tags", "tags"),
                ("geoRegion", "geo_region"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        numbers = self.numbers

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        allowed_addresses: list[str] | Unset = UNSET
        if not isinstance(self.allowed_addresses, Unset):
            allowed_addresses = self.allowed_addresses

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption.value

        record = self.record

        noise_cancellation = self.noise_cancellation

        enable_dtmf = self.enable_dtmf

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        geo_region: str | Unset = UNSET
        if not isinstance(self.geo_region, Unset):
            geo_region = self.geo_region.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "numbers": numbers,
            }
        )
        if auth is not UNSET:
            field_dict["auth"] = auth
        if allowed_addresses is not UNSET:
            field_dict["allowedAddresses"] = allowed_addresses
        if allowed_numbers is not UNSET:
            field_dict["allowedNumbers"] = allowed_numbers
        if media_encryption is not UNSET:
            field_dict["mediaEncryption"] = media_encryption
        if record is not UNSET:
            field_dict["record"] = record
        if noise_cancellation is not UNSET:
            field_dict["noiseCancellation"] = noise_cancellation
        if enable_dtmf is not UNSET:
            field_dict["enableDtmf"] = enable_dtmf
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags
        if geo_region is not UNSET:
            field_dict["geoRegion"] = geo_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        numbers = cast(list[str], d.pop("numbers"))

        _auth = d.pop("auth", UNSET)
        auth: SipAuthInput | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = SipAuthInput.from_dict(_auth)

        allowed_addresses = cast(list[str], d.pop("allowedAddresses", UNSET))

        allowed_numbers = cast(list[str], d.pop("allowedNumbers", UNSET))

        media_encryption = d.pop("mediaEncryption", UNSET)

        record = d.pop("record", UNSET)

        noise_cancellation = d.pop("noiseCancellation", UNSET)

        enable_dtmf = d.pop("enableDtmf", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StringMapInput | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StringMapInput.from_dict(_metadata)

        tags = cast(list[str], d.pop("tags", UNSET))

        geo_region = d.pop("geoRegion", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"InboundGatewayCreate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, numbers, auth, allowedAddresses, allowedNumbers, mediaEncryption, record, noiseCancellation, enableDtmf, metadata, tags, geoRegion)"
            )

        inbound_gateway_create = cls(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return inbound_gateway_create


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.sip_auth_input import SipAuthInput  # noqa: E402
from ..models.string_map_input import StringMapInput  # noqa: E402
