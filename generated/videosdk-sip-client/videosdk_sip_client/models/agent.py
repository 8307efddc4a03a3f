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

T = TypeVar("T", bound="Agent")


@_attrs_define(repr=False)
class Agent:
    """The agent that answers calls. `type` is `cloud` or `self` as documented; the vendor's
    own answers also show `user`, and any other value is kept as it is.

        Example:
            {'type': 'cloud', 'id': 'agent_789'}

        Attributes:
            type_ (str): Where the agent runs: `cloud`, `self`, `user` (other values are passed through). Example: cloud.
            id (str): The agent's id. Example: agent_789.
            metadata (Metadata | Unset): Key-value pairs, such as a rule's or a call's metadata. Values are kept as the
                server sends them. Example: {'env': 'production'}.
    """

    type_: str
    id: str
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("id", "id"),
                ("metadata", "metadata"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        agent = cls(
            type_=type_,
            id=id,
            metadata=metadata,
        )

        agent.additional_properties = d
        return agent

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
