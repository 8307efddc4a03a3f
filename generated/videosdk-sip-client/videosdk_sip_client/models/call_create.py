from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.include_headers import IncludeHeaders
from ..models.media_encryption import MediaEncryption
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_optional_enum,
)

T = TypeVar("T", bound="CallCreate")


def _to_media_encryption(value: MediaEncryption | Literal["enable", "disable"] | Unset) -> MediaEncryption | Unset:
    return to_optional_enum(MediaEncryption, value, "CallCreate.mediaEncryption")


def _to_include_headers(
    value: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset,
) -> IncludeHeaders | Unset:
    return to_optional_enum(IncludeHeaders, value, "CallCreate.includeHeaders")


@_attrs_define(repr=False)
class CallCreate:
    """An outbound call through an outbound routing rule. `sipCallFrom` must be one of the
    rule's numbers.

        Example:
            {'sipCallTo': '+14155550123', 'sipCallFrom': '+14155559876', 'routingRuleId': 'rr_abc123'}

        Attributes:
            sip_call_to (str): A phone number in E.164 form, `+` then up to 15 digits. Example: +14150001111.
            sip_call_from (str): A phone number in E.164 form, `+` then up to 15 digits. Example: +14150001111.
            routing_rule_id (str): The outbound rule to call through. Example: rr_abc123.
            destination_room_id (str | Unset): The room to put the call in; the rule's room when left out. Example:
                room_123456.
            participant (CallParticipantInput | Unset): Who the callee is in the room. Example: {'name': 'Jane Caller'}.
            record_audio (bool | Unset): Record the call (ignored when the rule decides). Example: False.
            wait_until_answered (bool | Unset): Answer only once the callee has answered. Example: True.
            hide_phone_number (bool | Unset): Hide the callee's number in the room (ignored when the rule decides). Example:
                False.
            ringing_timeout (int | Unset): Seconds to let the phone ring. Example: 30.
            max_call_duration (int | Unset): The longest the call may last, in seconds. Example: 3600.
            dtmf (bool | Unset): Pass DTMF key presses on (ignored when the rule decides). Example: False.
            media_encryption (MediaEncryption | Unset): Whether media is encrypted (SRTP): `enable` or `disable`. Example:
                disable.
            headers (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
            include_headers (IncludeHeaders | Unset): Which SIP headers of the INVITE to pass on as participant attributes.
                Example: SIP_X_HEADERS.
            metadata (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
    """

    sip_call_to: str = _attrs_field(validator=FieldCheck("CallCreate.sipCallTo", "a string", types=(str,), models=()))
    sip_call_from: str = _attrs_field(
        validator=FieldCheck("CallCreate.sipCallFrom", "a string", types=(str,), models=())
    )
    routing_rule_id: str = _attrs_field(
        validator=FieldCheck("CallCreate.routingRuleId", "a string", types=(str,), models=())
    )
    destination_room_id: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("CallCreate.destinationRoomId", "a string", types=(str,), models=(), optional=True),
    )
    participant: CallParticipantInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "CallCreate.participant",
            "a CallParticipantInput",
            types=(),
            models=("CallParticipantInput",),
            optional=True,
        ),
    )
    record_audio: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "CallCreate.recordAudio", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    wait_until_answered: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "CallCreate.waitUntilAnswered", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    hide_phone_number: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "CallCreate.hidePhoneNumber", "a boolean (true or false)", types=(bool,), models=(), optional=True
        ),
    )
    ringing_timeout: int | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("CallCreate.ringingTimeout", "an integer", types=(int,), models=(), optional=True),
    )
    max_call_duration: int | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("CallCreate.maxCallDuration", "an integer", types=(int,), models=(), optional=True),
    )
    dtmf: bool | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("CallCreate.dtmf", "a boolean (true or false)", types=(bool,), models=(), optional=True),
    )
    media_encryption: MediaEncryption | Unset = _attrs_field(default=UNSET, converter=_to_media_encryption)
    headers: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "CallCreate.headers", "a StringMapInput", types=(), models=("StringMapInput",), optional=True
        ),
    )
    include_headers: IncludeHeaders | Unset = _attrs_field(default=UNSET, converter=_to_include_headers)
    metadata: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "CallCreate.metadata", "a StringMapInput", types=(), models=("StringMapInput",), optional=True
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("sipCallTo", "sip_call_to"),
                ("sipCallFrom", "sip_call_from"),
                ("routingRuleId", "routing_rule_id"),
                ("destinationRoomId", "destination_room_id"),
                ("participant", "participant"),
                ("recordAudio", "record_audio"),
                ("waitUntilAnswered", "wait_until_answered"),
                ("hidePhoneNumber", "hide_phone_number"),
                ("ringingTimeout", "ringing_timeout"),
                ("maxCallDuration", "max_call_duration"),
                ("dtmf", "dtmf"),
                ("mediaEncryption", "media_encryption"),
                ("headers", "headers"),
                ("includeHeaders", "include_headers"),
                ("metadata", "metadata"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        sip_call_to = self.sip_call_to

        sip_call_from = self.sip_call_from

        routing_rule_id = self.routing_rule_id

        destination_room_id = self.destination_room_id

        participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant, Unset):
            participant = self.participant.to_dict()

        record_audio = self.record_audio

        wait_until_answered = self.wait_until_answered

        hide_phone_number = self.hide_phone_number

        ringing_timeout = self.ringing_timeout

        max_call_duration = self.max_call_duration

        dtmf = self.dtmf

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption.value

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        include_headers: str | Unset = UNSET
        if not isinstance(self.include_headers, Unset):
            include_headers = self.include_headers.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sipCallTo": sip_call_to,
                "sipCallFrom": sip_call_from,
                "routingRuleId": routing_rule_id,
            }
        )
        if destination_room_id is not UNSET:
            field_dict["destinationRoomId"] = destination_room_id
        if participant is not UNSET:
            field_dict["participant"] = participant
        if record_audio is not UNSET:
            field_dict["recordAudio"] = record_audio
        if wait_until_answered is not UNSET:
            field_dict["waitUntilAnswered"] = wait_until_answered
        if hide_phone_number is not UNSET:
            field_dict["hidePhoneNumber"] = hide_phone_number
        if ringing_timeout is not UNSET:
            field_dict["ringingTimeout"] = ringing_timeout
        if max_call_duration is not UNSET:
            field_dict["maxCallDuration"] = max_call_duration
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if media_encryption is not UNSET:
            field_dict["mediaEncryption"] = media_encryption
        if headers is not UNSET:
            field_dict["headers"] = headers
        if include_headers is not UNSET:
            field_dict["includeHeaders"] = include_headers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_call_to = d.pop("sipCallTo")

        sip_call_from = d.pop("sipCallFrom")

        routing_rule_id = d.pop("routingRuleId")

        destination_room_id = d.pop("destinationRoomId", UNSET)

        _participant = d.pop("participant", UNSET)
        participant: CallParticipantInput | Unset
        if isinstance(_participant, Unset):
            participant = UNSET
        else:
            participant = CallParticipantInput.from_dict(_participant)

        record_audio = d.pop("recordAudio", UNSET)

        wait_until_answered = d.pop("waitUntilAnswered", UNSET)

        hide_phone_number = d.pop("hidePhoneNumber", UNSET)

        ringing_timeout = d.pop("ringingTimeout", UNSET)

        max_call_duration = d.pop("maxCallDuration", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        media_encryption = d.pop("mediaEncryption", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: StringMapInput | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = StringMapInput.from_dict(_headers)

        include_headers = d.pop("includeHeaders", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StringMapInput | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StringMapInput.from_dict(_metadata)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"CallCreate: unknown field {unknown} (additionalProperties is false; allowed: "
                "sipCallTo, sipCallFrom, routingRuleId, destinationRoomId, participant, recordAudio, waitUntilAnswered, hidePhoneNumber, ringingTimeout, maxCallDuration, dtmf, mediaEncryption, headers, includeHeaders, metadata)"
            )

        call_create = cls(
            sip_call_to=sip_call_to,
            sip_call_from=sip_call_from,
            routing_rule_id=routing_rule_id,
            destination_room_id=destination_room_id,
            participant=participant,
            record_audio=record_audio,
            wait_until_answered=wait_until_answered,
            hide_phone_number=hide_phone_number,
            ringing_timeout=ringing_timeout,
            max_call_duration=max_call_duration,
            dtmf=dtmf,
            media_encryption=media_encryption,
            headers=headers,
            include_headers=include_headers,
            metadata=metadata,
        )

        return call_create


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.call_participant_input import CallParticipantInput  # noqa: E402
from ..models.string_map_input import StringMapInput  # noqa: E402
