from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="CallSwitchRoom")


@_attrs_define(repr=False)
class CallSwitchRoom:
    """The call to move, and the room to move it into.

    Example:
        {'callId': 'call_123456789', 'roomId': 'room_654321'}

    Attributes:
        call_id (str): The active call's id. Example: call_123456789.
        room_id (str): The active room to move the call into. Example: room_654321.
        token (str | Unset): A VideoSDK token for the call's session in the new room. Example:
            eyJhbGciOiJIUzI1NiJ9.e30.signature.
        participant_id (str | Unset): The call's participant id in the new room. Example: caller-1.
    """

    call_id: str = _attrs_field(validator=FieldCheck("CallSwitchRoom.callId", "a string", types=(str,), models=()))
    room_id: str = _attrs_field(validator=FieldCheck("CallSwitchRoom.roomId", "a string", types=(str,), models=()))
    token: str | Unset = _attrs_field(
        default=UNSET, validator=FieldCheck("CallSwitchRoom.token", "a string", types=(str,), models=(), optional=True)
    )
    participant_id: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("CallSwitchRoom.participantId", "a string", types=(str,), models=(), optional=True),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("callId", "call_id"),
                ("roomId", "room_id"),
                ("token", "token"),
                ("participantId", "participant_id"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        room_id = self.room_id

        token = self.token

        participant_id = self.participant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "callId": call_id,
                "roomId": room_id,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        room_id = d.pop("roomId")

        token = d.pop("token", UNSET)

        participant_id = d.pop("participantId", UNSET)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"CallSwitchRoom: unknown field {unknown} (additionalProperties is false; allowed: "
                "callId, roomId, token, participantId)"
            )

        call_switch_room = cls(
            call_id=call_id,
            room_id=room_id,
            token=token,
            participant_id=participant_id,
        )

        return call_switch_room
