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
    to_enum,
    to_optional_enum,
)

T = TypeVar("T", bound="OutboundGatewayCreate")


def _to_transport(value: SipTransport | Literal["udp", "tcp", "tls"]) -> SipTransport:
    return to_enum(SipTransport, value, "OutboundGatewayCreate.transport")


def _to_geo_region(value: SipRegion | Literal["auto", "us002", "in002"] | Unset) -> SipRegion | Unset:
    return to_optional_enum(SipRegion, value, "OutboundGatewayCreate.geoRegion")


def _to_media_encryption(value: MediaEncryption | Literal["enable", "disable"] | Unset) -> MediaEncryption | Unset:
    return to_optional_enum(MediaEncryption, value, "OutboundGatewayCreate.mediaEncryption")


@_attrs_define(repr=False)
class OutboundGatewayCreate:
    """A new outbound gateway.

    Example:
        {'name': 'Telnyx Outbound Gateway', 'numbers': ['+14155551234'], 'address': 'sip.telnyx.com:5061', 'transport':
            'tls', 'auth': {'username': 'sip-user', 'password': 'sip-pass'}}

    Attributes:
        name (str): A name, unique on the account. Example: Telnyx Outbound Gateway.
        numbers (list[str]): The phone numbers this rule routes; at least one, each once. Example: ['+14150001111',
            '+14150002222'].
        address (str): The provider's SIP host, with a port when it is not the default. Example: sip.telnyx.com:5061.
        transport (SipTransport): The SIP transport to the provider. Example: tls.
        auth (SipAuthInput): Digest credentials for the SIP provider; both parts are required. Example: {'username':
            'sip-user', 'password': 'sip-pass'}.
        geo_region (SipRegion | Unset): Where VideoSDK handles the SIP traffic; `auto` picks the nearest region.
            Example: us002.
        media_encryption (MediaEncryption | Unset): Whether media is encrypted (SRTP): `enable` or `disable`. Example:
            disable.
        record (bool | Unset): Record the calls. Example: True.
        noise_cancellation (bool | Unset): Filter noise from the calls' audio. Example: False.
        enable_dtmf (bool | Unset): Pass DTMF key presses on. Example: False.
        metadata (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
        tags (list[str] | Unset): Free-form labels for finding and grouping rules. Example: ['priority', 'support'].
    """

    name: str = _attrs_field(validator=FieldCheck("OutboundGatewayCreate.name", "a string", types=(str,), models=()))
    numbers: list[str] = _attrs_field(
        validator=FieldCheck(
            "OutboundGatewayCreate.numbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("OutboundGatewayCreate.numbers[]", "a string", types=(str,), models=()),
        )
    )
    address: str = _attrs_field(
        validator=FieldCheck("OutboundGatewayCreate.address", "a string", types=(str,), models=())
    )
    transport: SipTransport = _attrs_field(converter=_to_transport)
    auth: SipAuthInput = _attrs_field(
        validator=FieldCheck("OutboundGatewayCreate.auth", "a SipAuthInput", types=(), models=("SipAuthInput",))
    )
    geo_region: SipRegion | Unset = _attrs_field(default=UNSET, converter=_to_geo_region)
    media_encryption: MediaEncryption | Unset = _attrs_field(default=UNSET, converter=_to_media_encryption)
    record: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayCreate.record", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    noise_cancellation: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayCreate.noiseCancellation",
            "a boolean (true or false)",
            types=(bool,),
            models=(),
            optional=True,
        ),
    )
    enable_dtmf: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayCreate.enableDtmf", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    metadata: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayCreate.metadata", "a StringMapInput", types=(), models=("StringMapInput",), optional=True
        ),
    )
    tags: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "OutboundGatewayCreate.tags",
            "a list of strings",
            types=(list,),
            items=FieldCheck("OutboundGatewayCreate.tags[]", "a string", types=(str,), models=()),
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

        numbers = self.numbers

        address = self.address

        transport = self.transport.value

        auth = self.auth.to_dict()

        geo_region: str | Unset = UNSET
        if not isinstance(self.geo_region, Unset):
            geo_region = self.geo_region.value

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "numbers": numbers,
                "address": address,
                "transport": transport,
                "auth": auth,
            }
        )
        if geo_region is not UNSET:
            field_dict["geoRegion"] = geo_region
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        numbers = cast(list[str], d.pop("numbers"))

        address = d.pop("address")

        transport = d.pop("transport")

        auth = SipAuthInput.from_dict(d.pop("auth"))

        geo_region = d.pop("geoRegion", UNSET)

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

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"OutboundGatewayCreate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, numbers, address, transport, auth, geoRegion, mediaEncryption, record, noiseCancellation, enableDtmf, metadata, tags)"
            )

        outbound_gateway_create = cls(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return outbound_gateway_create


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.sip_auth_input import SipAuthInput  # noqa: E402
from ..models.string_map_input import StringMapInput  # noqa: E402
