from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_input_type import AgentInputType
from ..types import (
    UNSET,
    FieldCheck,
    Unset,
    model_repr,
    to_enum,
)

T = TypeVar("T", bound="AgentInput")


def _to_type(value: AgentInputType | Literal["cloud", "self"]) -> AgentInputType:
    return to_enum(AgentInputType, value, "AgentInput.type")


@_attrs_define(repr=False)
class AgentInput:
    """An agent that answers calls.

    Example:
        {'type': 'cloud', 'id': 'agent_789', 'metadata': {'department': 'sales'}}

    Attributes:
        type_ (AgentInputType): Where the agent runs: `cloud` (hosted by VideoSDK) or `self` (your own deployment).
            Example: cloud.
        id (str): The agent's id. Example: agent_789.
        metadata (MetadataInput | Unset): Your own key-value pairs, stored with the rule and answered back as sent.
            Example: {'env': 'production'}.
    """

    type_: AgentInputType = _attrs_field(converter=_to_type)
    id: str = _attrs_field(validator=FieldCheck("AgentInput.id", "a string", types=(str,), models=()))
    metadata: MetadataInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "AgentInput.metadata", "a MetadataInput", types=(), models=("MetadataInput",), optional=True
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type", "type_"),
                ("id", "id"),
                ("metadata", "metadata"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

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
        metadata: MetadataInput | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataInput.from_dict(_metadata)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"AgentInput: unknown field {unknown} (additionalProperties is false; allowed: type, id, metadata)"
            )

        agent_input = cls(
            type_=type_,
            id=id,
            metadata=metadata,
        )

        return agent_input


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.metadata_input import MetadataInput  # noqa: E402
