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

T = TypeVar("T", bound="NumberRoutingRule")


@_attrs_define(repr=False)
class NumberRoutingRule:
    """A stored routing rule for phone numbers. `numbers` answers what `phoneNumbers` set.

    Example:
        {'id': 'rr_abc123', 'name': 'Inbound support rule', 'type': 'inbound', 'numbers': ['+14155551234'], 'room':
            None, 'agentId': 'agent_xyz'}

    Attributes:
        id (str): The rule's id. Example: rr_abc123.
        name (str): The rule's name. Example: Inbound support rule.
        type_ (str): `inbound` or `outbound` (other values are passed through). Example: inbound.
        numbers (list[str]): The rule's numbers, in E.164 form. Example: ['+14155551234'].
        room (None | RuleRoom | Unset): The room calls go into, or `null`.
        agent_id (None | str | Unset): The agent dispatched into the room, or `null`. Example: agent_xyz.
        agent_metadata (Metadata | Unset): Key-value pairs, such as a rule's or a call's metadata. Values are kept as
            the server sends them. Example: {'env': 'production'}.
        api_key (str | Unset): The API key calls run under, when one was given. Example: ak_resolved.
        include_headers (str | Unset): `ALL`, `SIP_X_HEADERS` or `NONE` (other values are passed through). Example:
            SIP_X_HEADERS.
        headers (Metadata | Unset): Key-value pairs, such as a rule's or a call's metadata. Values are kept as the
            server sends them. Example: {'env': 'production'}.
        headers_to_attributes (Metadata | Unset): Key-value pairs, such as a rule's or a call's metadata. Values are
            kept as the server sends them. Example: {'env': 'production'}.
        allowed_numbers (list[str] | Unset): Caller patterns allowed. Example: [].
        allowed_ip_addresses (list[str] | Unset): Source addresses allowed. Example: [].
        tags (list[str] | Unset): The rule's labels. Example: ['support'].
        recording (bool | Unset): Whether calls are recorded. Example: False.
        dtmf (bool | Unset): Whether DTMF key presses are passed on. Example: False.
        noise_cancellation (bool | Unset): Whether noise is filtered. Example: False.
        hide_phone_number (bool | Unset): Whether the caller's number is hidden. Example: True.
        created_at (str | Unset): When the rule was created (ISO 8601). Example: 2026-05-11T10:00:00.000Z.
        updated_at (str | Unset): When the rule last changed (ISO 8601). Example: 2026-05-11T10:00:00.000Z.
    """

    id: str
    name: str
    type_: str
    numbers: list[str]
    room: None | RuleRoom | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    agent_metadata: Metadata | Unset = UNSET
    api_key: str | Unset = UNSET
    include_headers: str | Unset = UNSET
    headers: Metadata | Unset = UNSET
    headers_to_attributes: Metadata | Unset = UNSET
    allowed_numbers: list[str] | Unset = UNSET
    allowed_ip_addresses: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    recording: bool | Unset = UNSET
    dtmf: bool | Unset = UNSET
    noise_cancellation: bool | Unset = UNSET
    hide_phone_number: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", "id"),
                ("name", "name"),
                ("type", "type_"),
                ("numbers", "numbers"),
                ("room", "room"),
                ("agentId", "agent_id"),
                ("agentMetadata", "agent_metadata"),
                ("apiKey", "api_key"),
                ("includeHeaders", "include_headers"),
                ("headers", "headers"),
                ("headersToAttributes", "headers_to_attributes"),
                ("allowedNumbers", "allowed_numbers"),
                ("allowedIpAddresses", "allowed_ip_addresses"),
                ("tags", "tags"),
                ("recording", "recording"),
                ("dtmf", "dtmf"),
                ("noiseCancellation", "noise_cancellation"),
                ("hidePhoneNumber", "hide_phone_number"),
                ("createdAt", "created_at"),
                ("updatedAt", "updated_at"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        numbers = self.numbers

        room: dict[str, Any] | None | Unset
        if isinstance(self.room, Unset):
            room = UNSET
        elif isinstance(self.room, RuleRoom):
            room = self.room.to_dict()
        else:
            room = self.room

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_metadata, Unset):
            agent_metadata = self.agent_metadata.to_dict()

        api_key = self.api_key

        include_headers = self.include_headers

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        headers_to_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers_to_attributes, Unset):
            headers_to_attributes = self.headers_to_attributes.to_dict()

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        allowed_ip_addresses: list[str] | Unset = UNSET
        if not isinstance(self.allowed_ip_addresses, Unset):
            allowed_ip_addresses = self.allowed_ip_addresses

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        recording = self.recording

        dtmf = self.dtmf

        noise_cancellation = self.noise_cancellation

        hide_phone_number = self.hide_phone_number

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "numbers": numbers,
            }
        )
        if room is not UNSET:
            field_dict["room"] = room
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_metadata is not UNSET:
            field_dict["agentMetadata"] = agent_metadata
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if include_headers is not UNSET:
            field_dict["includeHeaders"] = include_headers
        if headers is not UNSET:
            field_dict["headers"] = headers
        if headers_to_attributes is not UNSET:
            field_dict["headersToAttributes"] = headers_to_attributes
        if allowed_numbers is not UNSET:
            field_dict["allowedNumbers"] = allowed_numbers
        if allowed_ip_addresses is not UNSET:
            field_dict["allowedIpAddresses"] = allowed_ip_addresses
        if tags is not UNSET:
            field_dict["tags"] = tags
        if recording is not UNSET:
            field_dict["recording"] = recording
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if noise_cancellation is not UNSET:
            field_dict["noiseCancellation"] = noise_cancellation
        if hide_phone_number is not UNSET:
            field_dict["hidePhoneNumber"] = hide_phone_number
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        numbers = cast(list[str], d.pop("numbers"))

        def _parse_room(data: object) -> None | RuleRoom | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                room_type_0 = RuleRoom.from_dict(data)

                return room_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("RuleRoom", exc))
            return cast(None | RuleRoom | Unset, data)

        room = _parse_room(d.pop("room", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agentId", UNSET))

        _agent_metadata = d.pop("agentMetadata", UNSET)
        agent_metadata: Metadata | Unset
        if isinstance(_agent_metadata, Unset):
            agent_metadata = UNSET
        else:
            agent_metadata = Metadata.from_dict(_agent_metadata)

        api_key = d.pop("apiKey", UNSET)

        include_headers = d.pop("includeHeaders", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: Metadata | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = Metadata.from_dict(_headers)

        _headers_to_attributes = d.pop("headersToAttributes", UNSET)
        headers_to_attributes: Metadata | Unset
        if isinstance(_headers_to_attributes, Unset):
            headers_to_attributes = UNSET
        else:
            headers_to_attributes = Metadata.from_dict(_headers_to_attributes)

        allowed_numbers = cast(list[str], d.pop("allowedNumbers", UNSET))

        allowed_ip_addresses = cast(list[str], d.pop("allowedIpAddresses", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        recording = d.pop("recording", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        noise_cancellation = d.pop("noiseCancellation", UNSET)

        hide_phone_number = d.pop("hidePhoneNumber", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        number_routing_rule = cls(
            id=id,
            name=name,
            type_=type_,
            numbers=numbers,
            room=room,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            api_key=api_key,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
            created_at=created_at,
            updated_at=updated_at,
        )

        number_routing_rule.additional_properties = d
        return number_routing_rule

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
from ..models.rule_room import RuleRoom  # noqa: E402
