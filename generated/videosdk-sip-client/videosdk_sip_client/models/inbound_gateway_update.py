from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.media_encryption import MediaEncryption
from ..models.sip_region import SipRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundGatewayUpdate")


@_attrs_define
class InboundGatewayUpdate:
    """The fields to change, at least one. See the operation's caution on the flags the
    server resets when they are left out.

        Example:
            {'name': 'Twilio Inbound Gateway (EU)'}

        Attributes:
            name (str | Unset): A new name, unique on the account. Example: Twilio Inbound Gateway (EU).
            numbers (list[str] | Unset): The phone numbers this rule routes; at least one, each once. Example:
                ['+14150001111', '+14150002222'].
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

    name: str | Unset = UNSET
    numbers: list[str] | Unset = UNSET
    auth: SipAuthInput | Unset = UNSET
    allowed_addresses: list[str] | Unset = UNSET
    allowed_numbers: list[str] | Unset = UNSET
    media_encryption: MediaEncryption | Unset = UNSET
    record: bool | Unset = UNSET
    noise_cancellation: bool | Unset = UNSET
    enable_dtmf: bool | Unset = UNSET
    metadata: StringMapInput | Unset = UNSET
    tags: list[str] | Unset = UNSET
    geo_region: SipRegion | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        numbers: list[str] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
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

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
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
        name = d.pop("name", UNSET)

        numbers = cast(list[str], d.pop("numbers", UNSET))

        _auth = d.pop("auth", UNSET)
        auth: SipAuthInput | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = SipAuthInput.from_dict(_auth)

        allowed_addresses = cast(list[str], d.pop("allowedAddresses", UNSET))

        allowed_numbers = cast(list[str], d.pop("allowedNumbers", UNSET))

        _media_encryption = d.pop("mediaEncryption", UNSET)
        media_encryption: MediaEncryption | Unset
        if isinstance(_media_encryption, Unset):
            media_encryption = UNSET
        else:
            media_encryption = MediaEncryption(_media_encryption)

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

        _geo_region = d.pop("geoRegion", UNSET)
        geo_region: SipRegion | Unset
        if isinstance(_geo_region, Unset):
            geo_region = UNSET
        else:
            geo_region = SipRegion(_geo_region)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"InboundGatewayUpdate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, numbers, auth, allowedAddresses, allowedNumbers, mediaEncryption, record, noiseCancellation, enableDtmf, metadata, tags, geoRegion)"
            )

        inbound_gateway_update = cls(
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

        return inbound_gateway_update


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.sip_auth_input import SipAuthInput  # noqa: E402
from ..models.string_map_input import StringMapInput  # noqa: E402
