from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallSwitchRoom")


@_attrs_define
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

    call_id: str
    room_id: str
    token: str | Unset = UNSET
    participant_id: str | Unset = UNSET

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
