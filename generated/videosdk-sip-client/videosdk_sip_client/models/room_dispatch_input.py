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
    FieldCheck,
    Unset,
    describe_failures,
    model_repr,
)

T = TypeVar("T", bound="RoomDispatchInput")


@_attrs_define(repr=False)
class RoomDispatchInput:
    """Calls go into a room; an agent, if given, is dispatched into that room.

    Example:
        {'room': {'type': 'static', 'id': 'room_123'}}

    Attributes:
        room (DynamicRoomInput | StaticRoomInput): The room calls go into; `type` tells which kind.
        agent (AgentInput | Unset): An agent that answers calls. Example: {'type': 'cloud', 'id': 'agent_789',
            'metadata': {'department': 'sales'}}.
    """

    room: DynamicRoomInput | StaticRoomInput = _attrs_field(
        validator=FieldCheck(
            "RoomDispatchInput.room",
            "a StaticRoomInput or a DynamicRoomInput",
            types=(),
            models=(
                "StaticRoomInput",
                "DynamicRoomInput",
            ),
        )
    )
    agent: AgentInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "RoomDispatchInput.agent", "an AgentInput", types=(), models=("AgentInput",), optional=True
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("room", "room"),
                ("agent", "agent"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        room: dict[str, Any]
        if isinstance(self.room, StaticRoomInput):
            room = self.room.to_dict()
        else:
            room = self.room.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}

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

        def _parse_room(data: object) -> DynamicRoomInput | StaticRoomInput:
            failures: list[tuple[str, Exception]] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_room_input_type_0 = StaticRoomInput.from_dict(data)

                return componentsschemas_room_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("StaticRoomInput", exc))
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_room_input_type_1 = DynamicRoomInput.from_dict(data)

                return componentsschemas_room_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("DynamicRoomInput", exc))
            raise ValueError("room: fits none of its shapes (" + describe_failures(failures) + ")")

        room = _parse_room(d.pop("room"))

        _agent = d.pop("agent", UNSET)
        agent: AgentInput | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = AgentInput.from_dict(_agent)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"RoomDispatchInput: unknown field {unknown} (additionalProperties is false; allowed: room, agent)"
            )

        room_dispatch_input = cls(
            room=room,
            agent=agent,
        )

        return room_dispatch_input


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.agent_input import AgentInput  # noqa: E402
from ..models.dynamic_room_input import DynamicRoomInput  # noqa: E402
from ..models.static_room_input import StaticRoomInput  # noqa: E402
