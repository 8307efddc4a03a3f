from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="AgentDispatch")


@_attrs_define(repr=False)
class AgentDispatch:
    """Calls go straight to an agent, with no room.

    Example:
        {'agent': {'type': 'cloud', 'id': 'agent_789'}}

    Attributes:
        agent (Agent): The agent that answers calls. `type` is `cloud` or `self` as documented; the vendor's
            own answers also show `user`, and any other value is kept as it is.
             Example: {'type': 'cloud', 'id': 'agent_789'}.
    """

    agent: Agent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (("agent", "agent"),),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = Agent.from_dict(d.pop("agent"))

        agent_dispatch = cls(
            agent=agent,
        )

        agent_dispatch.additional_properties = d
        return agent_dispatch

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
