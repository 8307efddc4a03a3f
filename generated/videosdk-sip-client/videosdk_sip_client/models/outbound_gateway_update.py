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
from ..models.sip_transport import SipTransport
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_optional_enum,
)

T = TypeVar("T", bound="OutboundGatewayUpdate")


def _to_transport(value: SipTransport | Literal["udp", "tcp", "tls"] | Unset) -> SipTransport | Unset:
    return to_optional_enum(SipTransport, value, "OutboundGatewayUpdate.transport")


def _to_geo_region(value: SipRegion | Literal["auto", "us002", "in002"] | Unset) -> SipRegion | Unset:
    return to_optional_enum(SipRegion, value, "OutboundGatewayUpdate.geoRegion")


def _to_media_encryption(value: MediaEncryption | Literal["enable", "disable"] | Unset) -> MediaEncryption | Unset:
    return to_optional_enum(MediaEncryption, value, "OutboundGatewayUpdate.mediaEncryption")


@_attrs_define(repr=False)
class OutboundGatewayUpdate:
    """The fields to change, at least one. See the operation's caution on the flags the
    server resets when they are left out.

        Example:
            {'transport': 'tcp'}

        Attributes:
            name (str | Unset): A new name, unique on the account. Example: Telnyx Outbound Gateway (EU).
            numbers (list[str] | Unset): The phone numbers this rule routes; at least one, each once. Example:
                ['+14150001111', '+14150002222'].
            address (str | Unset): The provider's SIP host, with a port when it is not the default. Example:
                sip.telnyx.com:5061.
            transport (SipTransport | Unset): The SIP transport to the provider. Example: tls.
            auth (SipAuthInput | Unset): Digest credentials for the SIP provider; both parts are required. Example:
                {'username': 'sip-user', 'password': 'sip-pass'}.
            geo_region (SipRegion | Unset): Where VideoSDK handles the SIP traffic; `auto` picks the nearest region.
                Example: us002.
            media_encryption (MediaEncryption | Unset): Whether media is encrypted (SRTP): `enable` or `disable`. Example:
                disable.
            allowed_numbers (list[str] | Unset): A list of non-empty strings. Example: ['+91*'].
            record (bool | Unset): Record the calls. Example: True.
            noise_cancellation (bool | Unset): Filter noise from the calls' audio. Example: False.
            enable_dtmf (bool | Unset): Pass DTMF key presses on. Example: False.
            metadata (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
            tags (list[str] | Unset): Free-form labels for finding and grouping rules. Example: ['priority', 'support'].
    """

    name: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("OutboundGatewayUpdate.name", "a string", types=(str,), models=(), optional=True),
    )
    numbers: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.numbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("OutboundGatewayUpdate.numbers[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    address: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("OutboundGatewayUpdate.address", "a string", types=(str,), models=(), optional=True),
    )
    transport: SipTransport | Unset = _attrs_field(default=UNSET, converter=_to_transport)
    auth: SipAuthInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.auth", "a SipAuthInput", types=(), models=("SipAuthInput",), optional=True
        ),
    )
    geo_region: SipRegion | Unset = _attrs_field(default=UNSET, converter=_to_geo_region)
    media_encryption: MediaEncryption | Unset = _attrs_field(default=UNSET, converter=_to_media_encryption)
    allowed_numbers: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.allowedNumbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("OutboundGatewayUpdate.allowedNumbers[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    record: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.record", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    noise_cancellation: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.noiseCancellation",
            "a boolean (true or false)",
            types=(bool,),
            models=(),
            optional=True,
        ),
    )
    enable_dtmf: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.enableDtmf", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    metadata: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.metadata", "a StringMapInput", types=(), models=("StringMapInput",), optional=True
        ),
    )
    tags: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayUpdate.tags",
            "a list of strings",
            types=(list,),
            items=FieldCheck("OutboundGatewayUpdate.tags[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("name", "name"),
                ("numbers", "numbers"),
                ("address", "address"),
                ("transport", "transport"),
                ("auth", "auth"),
                ("geoRegion", "geo_region"),
                ("mediaEncryption", "media_encryption"),
                ("allowedNumbers", "allowed_numbers"),
                ("record", "record"),
                ("noiseCancellation", "noise_cancellation"),
                ("enableDtmf", "enable_dtmf"),
                ("metadata", "metadata"),
                ("tags", "tags"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        numbers: list[str] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers

        address = self.address

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport.value

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        geo_region: str | Unset = UNSET
        if not isinstance(self.geo_region, Unset):
            geo_region = self.geo_region.value

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption.value

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        record = self.record

        noise_cancellation = self.noise_cancellation

        enable_dtmf = self.enable_dtmf

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if address is not UNSET:
            field_dict["address"] = address
        if transport is not UNSET:
            field_dict["transport"] = transport
        if auth is not UNSET:
            field_dict["auth"] = auth
        if geo_region is not UNSET:
            field_dict["geoRegion"] = geo_region
        if media_encryption is not UNSET:
            field_dict["mediaEncryption"] = media_encryption
        if allowed_numbers is not UNSET:
            field_dict["allowedNumbers"] = allowed_numbers
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        numbers = cast(list[str], d.pop("numbers", UNSET))

        address = d.pop("address", UNSET)

        transport = d.pop("transport", UNSET)

        _auth = d.pop("auth", UNSET)
        auth: SipAuthInput | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = SipAuthInput.from_dict(_auth)

        geo_region = d.pop("geoRegion", UNSET)

        media_encryption = d.pop("mediaEncryption", UNSET)

        allowed_numbers = cast(list[str], d.pop("allowedNumbers", UNSET))

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

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"OutboundGatewayUpdate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, numbers, address, transport, auth, geoRegion, mediaEncryption, allowedNumbers, record, noiseCancellation, enableDtmf, metadata, tags)"
            )

        outbound_gateway_update = cls(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            allowed_numbers=allowed_numbers,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return outbound_gateway_update


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.sip_auth_input import SipAuthInput  # noqa: E402
from ..models.string_map_input import StringMapInput  # noqa: E402
