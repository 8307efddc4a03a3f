from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FieldCheck,
    model_repr,
)

T = TypeVar("T", bound="AgentDispatchInput")


@_attrs_define(repr=False)
class AgentDispatchInput:
    """Calls go straight to an agent, with no room.

    Example:
        {'agent': {'type': 'cloud', 'id': 'agent_789'}}

    Attributes:
        agent (AgentInput): An agent that answers calls. Example: {'type': 'cloud', 'id': 'agent_789', 'metadata':
            {'department': 'sales'}}.
    """

    agent: AgentInput = _attrs_field(
        validator=FieldCheck("AgentDispatchInput.agent", "an AgentInput", types=(), models=("AgentInput",))
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (("agent", "agent"),),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agent": agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = AgentInput.from_dict(d.pop("agent"))

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"AgentDispatchInput: unknown field {unknown} (additionalProperties is false; allowed: agent)"
            )

        agent_dispatch_input = cls(
            agent=agent,
        )

        return agent_dispatch_input


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.agent_input import AgentInput  # noqa: E402
