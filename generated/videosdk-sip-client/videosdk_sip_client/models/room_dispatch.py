from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="RoomDispatch")


@_attrs_define(repr=False)
class RoomDispatch:
    """Calls go into a room, with an agent dispatched into it when `agent` is present.

    Example:
        {'room': {'type': 'static', 'id': 'room_123'}}

    Attributes:
        room (Room): The room calls go into. `type` is `static` or `dynamic` today; other values a server
            may send are kept as they are.
             Example: {'type': 'dynamic', 'prefix': 'prefix'}.
        agent (Agent | Unset): The agent that answers calls. `type` is `cloud` or `self` as documented; the vendor's
            own answers also show `user`, and any other value is kept as it is.
             Example: {'type': 'cloud', 'id': 'agent_789'}.
    """

    room: Room
    agent: Agent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("room", "room"),
                ("agent", "agent"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        room = self.room.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room": room,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room = Room.from_dict(d.pop("room"))

        _agent = d.pop("agent", UNSET)
        agent: Agent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = Agent.from_dict(_agent)

        room_dispatch = cls(
            room=room,
            agent=agent,
        )

        room_dispatch.additional_properties = d
        return room_dispatch

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
from ..models.agent import Agent  # noqa: E402
from ..models.room import Room  # noqa: E402
