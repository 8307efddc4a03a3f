from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FieldCheck,
    model_repr,
)

T = TypeVar("T", bound="CallEnd")


@_attrs_define(repr=False)
class CallEnd:
    """The call to end.

    Example:
        {'callId': 'call_123456789'}

    Attributes:
        call_id (str): The active call's id. Example: call_123456789.
    """

    call_id: str = _attrs_field(validator=FieldCheck("CallEnd.callId", "a string", types=(str,), models=()))

    def __repr__(self) -> str:
        return model_repr(
            self,
            (("callId", "call_id"),),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "callId": call_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(f"CallEnd: unknown field {unknown} (additionalProperties is false; allowed: callId)")

        call_end = cls(
            call_id=call_id,
        )

        return call_end
