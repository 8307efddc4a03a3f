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
    model_repr,
)

T = TypeVar("T", bound="CallParticipantInput")


@_attrs_define(repr=False)
class CallParticipantInput:
    """Who the callee is in the room.

    Example:
        {'name': 'Jane Caller'}

    Attributes:
        id (str | Unset): The participant's id in the room. Example: caller-1.
        name (str | Unset): The participant's display name. Example: Jane Caller.
        metadata (StringMapInput | Unset): Names and text values, sent as given. Example: {'team': 'support'}.
    """

    id: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("CallParticipantInput.id", "a string", types=(str,), models=(), optional=True),
    )
    name: str | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck("CallParticipantInput.name", "a string", types=(str,), models=(), optional=True),
    )
    metadata: StringMapInput | Unset = _attrs_field(
        default=UNSET,
        validator=FieldCheck(
            "CallParticipantInput.metadata", "a StringMapInput", types=(), models=("StringMapInput",), optional=True
        ),
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", "id"),
                ("name", "name"),
                ("metadata", "metadata"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StringMapInput | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StringMapInput.from_dict(_metadata)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"CallParticipantInput: unknown field {unknown} (additionalProperties is false; allowed: "
                "id, name, metadata)"
            )

        call_participant_input = cls(
            id=id,
            name=name,
            metadata=metadata,
        )

        return call_participant_input


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.string_map_input import StringMapInput  # noqa: E402
