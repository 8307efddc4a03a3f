from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="SipGateway")


@_attrs_define(repr=False)
class SipGateway:
    """A stored gateway, inbound or outbound. Values are plain strings where the vendor
    documents a fixed set (`mediaEncryption`, `transport`, `geoRegion`), so that a new value
    does not break a client.

        Example:
            {'id': 'gateway_123456789', 'name': 'Twilio Inbound Gateway', 'numbers': ['+14155551234'], 'address': None}

        Attributes:
            id (str): The gateway's id (the `gatewayId` other calls name). Example: gateway_123456789.
            name (str): The gateway's name. Example: Twilio Inbound Gateway.
            numbers (list[str] | Unset): The gateway's numbers. Example: ['+14155551234'].
            address (None | str | Unset): The provider's SIP host (outbound); `null` on inbound gateways. Example:
                sip.telnyx.com:5061.
            allowed_addresses (list[str] | Unset): Source addresses (IPs or CIDR ranges) allowed to send calls. Example:
                ['203.0.113.0/24'].
            allowed_numbers (list[str] | Unset): Caller patterns allowed, such as `+91*`. Example: ['+91*'].
            media_encryption (str | Unset): `enable` or `disable` (other values are passed through). Example: disable.
            transport (str | Unset): `udp`, `tcp` or `tls` (other values are passed through). Example: tls.
            record (bool | Unset): Whether calls are recorded. Example: False.
            noise_cancellation (bool | Unset): Whether noise is filtered. Example: True.
            enable_dtmf (bool | Unset): Whether DTMF key presses are passed on. Example: False.
            tags (list[str] | Unset): The gateway's labels. Example: ['support'].
            auth (SipAuth | Unset): The gateway's credentials, as the server answers them (an inbound gateway may answer
                `{}`). Example: {'username': 'sip-user'}.
            geo_region (None | str | Unset): `auto`, `us002` or `in002` (other values are passed through). Example: us002.
            metadata (Metadata | Unset): Key-value pairs, such as a rule's or a call's metadata. Values are kept as the
                server sends them. Example: {'env': 'production'}.
    """

    id: str
    name: str
    numbers: list[str] | Unset = UNSET
    address: None | str | Unset = UNSET
    allowed_addresses: list[str] | Unset = UNSET
    allowed_numbers: list[str] | Unset = UNSET
    media_encryption: str | Unset = UNSET
    transport: str | Unset = UNSET
    record: bool | Unset = UNSET
    noise_cancellation: bool | Unset = UNSET
    enable_dtmf: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    auth: SipAuth | Unset = UNSET
    geo_region: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", "id"),
                ("name", "name"),
                ("numbers", "numbers"),
                ("address", "address"),
                ("allowedAddresses", "allowed_addresses"),
                ("allowedNumbers", "allowed_numbers"),
                ("mediaEncryption", "media_encryption"),
                ("transport", "transport"),
                ("record", "record"),
                ("noiseCancellation", "noise_cancellation"),
                ("enableDtmf", "enable_dtmf"),
                ("tags", "tags"),
                ("auth", "auth"),
                ("geoRegion", "geo_region"),
                ("metadata", "metadata"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        numbers: list[str] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        allowed_addresses: list[str] | Unset = UNSET
        if not isinstance(self.allowed_addresses, Unset):
            allowed_addresses = self.allowed_addresses

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        media_encryption = self.media_encryption

        transport = self.transport

        record = self.record

        noise_cancellation = self.noise_cancellation

        enable_dtmf = self.enable_dtmf

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        geo_region: None | str | Unset
        if isinstance(self.geo_region, Unset):
            geo_region = UNSET
        else:
            geo_region = self.geo_region

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if address is not UNSET:
            field_dict["address"] = address
        if allowed_addresses is not UNSET:
            field_dict["allowedAddresses"] = allowed_addresses
        if allowed_numbers is not UNSET:
            field_dict["allowedNumbers"] = allowed_numbers
        if media_encryption is not UNSET:
            field_dict["mediaEncryption"] = media_encryption
        if transport is not UNSET:
            field_dict["transport"] = transport
        if record is not UNSET:
            field_dict["record"] = record
        if noise_cancellation is not UNSET:
            field_dict["noiseCancellation"] = noise_cancellation
        if enable_dtmf is not UNSET:
            field_dict["enableDtmf"] = enable_dtmf
        if tags is not UNSET:
            field_dict["tags"] = tags
        if auth is not UNSET:
            field_dict["auth"] = auth
        if geo_region is not UNSET:
            field_dict["geoRegion"] = geo_region
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        numbers = cast(list[str], d.pop("numbers", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        allowed_addresses = cast(list[str], d.pop("allowedAddresses", UNSET))

        allowed_numbers = cast(list[str], d.pop("allowedNumbers", UNSET))

        media_encryption = d.pop("mediaEncryption", UNSET)

        transport = d.pop("transport", UNSET)

        record = d.pop("record", UNSET)

        noise_cancellation = d.pop("noiseCancellation", UNSET)

        enable_dtmf = d.pop("enableDtmf", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _auth = d.pop("auth", UNSET)
        auth: SipAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = SipAuth.from_dict(_auth)

        def _parse_geo_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        geo_region = _parse_geo_region(d.pop("geoRegion", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        sip_gateway = cls(
            id=id,
            name=name,
            numbers=numbers,
            address=address,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            transport=transport,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            tags=tags,
            auth=auth,
            geo_region=geo_region,
            metadata=metadata,
        )

        sip_gateway.additional_properties = d
        return sip_gateway

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.metadata import Metadata  # noqa: E402
from ..models.sip_auth import SipAuth  # noqa: E402
