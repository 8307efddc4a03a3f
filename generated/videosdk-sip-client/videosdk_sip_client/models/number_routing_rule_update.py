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

from ..models.include_headers import IncludeHeaders
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    describe_failures,
    model_repr,
    to_optional_enum,
)

T = TypeVar("T", bound="NumberRoutingRuleUpdate")


def _to_include_headers(
    value: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset,
) -> IncludeHeaders | Unset:
    return to_optional_enum(IncludeHeaders, value, "NumberRoutingRuleUpdate.includeHeaders")


@_attrs_define(repr=False)
class NumberRoutingRuleUpdate:
    """The fields to change, at least one. `type` is not editable. `phoneNumbers` replaces the
    rule's set of numbers.

        Example:
            {'name': 'Renamed rule'}

        Attributes:
            name (str | Unset): A new name. Example: Renamed rule.
            phone_numbers (list[str] | Unset): The phone numbers this rule routes; at least one, each once. Example:
                ['+14150001111', '+14150002222'].
            api_key (str | Unset): An API key of the account to run the calls under. Example: ak_live_123.
            agent_id (str | Unset): The agent to dispatch into the call's room. Example: agent_xyz.
            agent_metadata (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
            room (DynamicRuleRoomInput | StaticRuleRoomInput | Unset): The room calls go into; `type` tells which kind.
            include_headers (IncludeHeaders | Unset): Which SIP headers of the INVITE to pass on as participant attributes.
                Example: SIP_X_HEADERS.
            headers (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
            headers_to_attributes (StringMapInput | Unset): Names and text values, sent as given. Example: {'team':
                'support'}.
            allowed_numbers (list[str] | Unset): A list of non-empty strings. Example: ['+91*'].
            allowed_ip_addresses (list[str] | Unset): A list of non-empty strings. Example: ['+91*'].
            tags (list[str] | Unset): Free-form labels for finding and grouping rules. Example: ['priority', 'support'].
            recording (bool | Unset): Record the calls. Example: False.
            dtmf (bool | Unset): Pass DTMF key presses on. Example: False.
            noise_cancellation (bool | Unset): Filter noise from the calls' audio. Example: False.
            hide_phone_number (bool | Unset): Hide the caller's number from the room and the agent. Example: True.
    """

    name: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("NumberRoutingRuleUpdate.name", "a string", types=(str,), models=(), optional=True),
    )
    phone_numbers: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.phoneNumbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("NumberRoutingRuleUpdate.phoneNumbers[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    api_key: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("NumberRoutingRuleUpdate.apiKey", "a string", types=(str,), models=(), optional=True),
    )
    agent_id: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("NumberRoutingRuleUpdate.agentId", "a string", types=(str,), models=(), optional=True),
    )
    agent_metadata: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.agentMetadata",
            "a StringMapInput",
            types=(),
            models=("StringMapInput",),
            optional=True,
        ),
    )
    room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.room",
            "a StaticRuleRoomInput or a DynamicRuleRoomInput",
            types=(),
            models=(
                "StaticRuleRoomInput",
                "DynamicRuleRoomInput",
            ),
            optional=True,
        ),
    )
    include_headers: IncludeHeaders | Unset = _attrs_field(default=UNSET, converter=_to_include_headers)
    headers: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.headers", "a StringMapInput", types=(), models=("StringMapInput",), optional=True
        ),
    )
    headers_to_attributes: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.headersToAttributes",
            "a StringMapInput",
            types=(),
            models=("StringMapInput",),
            optional=True,
        ),
    )
    allowed_numbers: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.allowedNumbers",
            "a list of strings",
            types=(list,),
            items=FieldCheck("NumberRoutingRuleUpdate.allowedNumbers[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    allowed_ip_addresses: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.allowedIpAddresses",
            "a list of strings",
            types=(list,),
            items=FieldCheck("NumberRoutingRuleUpdate.allowedIpAddresses[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    tags: list[str] | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.tags",
            "a list of strings",
            types=(list,),
            items=FieldCheck("NumberRoutingRuleUpdate.tags[]", "a string", types=(str,), models=()),
            optional=True,
        ),
    )
    recording: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.recording", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    dtmf: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.dtmf", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    noise_cancellation: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.noiseCancellation",
            "a boolean (true or false)",
            types=(bool,),
            models=(),
            optional=True,
        ),
    )
    hide_phone_number: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "NumberRoutingRuleUpdate.hidePhoneNumber",
            "a boolean (true or false)",
            types=(bool,),
            models=(),
            optional=True,
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("name", "name"),
                ("phoneNumbers", "phone_numbers"),
                ("apiKey", "api_key"),
                ("agentId", "agent_id"),
                ("agentMetadata", "agent_metadata"),
                ("room", "room"),
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
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        api_key = self.api_key

        agent_id = self.agent_id

        agent_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_metadata, Unset):
            agent_metadata = self.agent_metadata.to_dict()

        room: dict[str, Any] | Unset
        if isinstance(self.room, Unset):
            room = UNSET
        elif isinstance(self.room, StaticRuleRoomInput):
            room = self.room.to_dict()
        else:
            room = self.room.to_dict()

        include_headers: str | Unset = UNSET
        if not isinstance(self.include_headers, Unset):
            include_headers = self.include_headers.value

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_metadata is not UNSET:
            field_dict["agentMetadata"] = agent_metadata
        if room is not UNSET:
            field_dict["room"] = room
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        phone_numbers = cast(list[str], d.pop("phoneNumbers", UNSET))

        api_key = d.pop("apiKey", UNSET)

        agent_id = d.pop("agentId", UNSET)

        _agent_metadata = d.pop("agentMetadata", UNSET)
        agent_metadata: StringMapInput | Unset
        if isinstance(_agent_metadata, Unset):
            agent_metadata = UNSET
        else:
            agent_metadata = StringMapInput.from_dict(_agent_metadata)

        def _parse_room(data: object) -> DynamicRuleRoomInput | StaticRuleRoomInput | Unset:
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_rule_room_input_type_0 = StaticRuleRoomInput.from_dict(data)

                return componentsschemas_rule_room_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("StaticRuleRoomInput", exc))
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_rule_room_input_type_1 = DynamicRuleRoomInput.from_dict(data)

                return componentsschemas_rule_room_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("DynamicRuleRoomInput", exc))
            raise ValueError("room: fits none of its shapes (" + describe_failures(failures) + ")")

        room = _parse_room(d.pop("room", UNSET))

        include_headers = d.pop("includeHeaders", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: StringMapInput | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = StringMapInput.from_dict(_headers)

        _headers_to_attributes = d.pop("headersToAttributes", UNSET)
        headers_to_attributes: StringMapInput | Unset
        if isinstance(_headers_to_attributes, Unset):
            headers_to_attributes = UNSET
        else:
            headers_to_attributes = StringMapInput.from_dict(_headers_to_attributes)

        allowed_numbers = cast(list[str], d.pop("allowedNumbers", UNSET))

        allowed_ip_addresses = cast(list[str], d.pop("allowedIpAddresses", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        recording = d.pop("recording", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        noise_cancellation = d.pop("noiseCancellation", UNSET)

        hide_phone_number = d.pop("hidePhoneNumber", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"NumberRoutingRuleUpdate: unknown field {unknown} (additionalProperties is false; allowed: "
                "name, phoneNumbers, apiKey, agentId, agentMetadata, room, includeHeaders, headers, headersToAttributes, allowedNumbers, allowedIpAddresses, tags, recording, dtmf, noiseCancellation, hidePhoneNumber)"
            )

        number_routing_rule_update = cls(
            name=name,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
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
        )

        return number_routing_rule_update


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.dynamic_rule_room_input import DynamicRuleRoomInput  # noqa: E402
from ..models.static_rule_room_input import StaticRuleRoomInput  # noqa: E402
from ..models.string_map_input import StringMapInput  # noqa: E402
