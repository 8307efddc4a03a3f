from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FieldCheck,
    model_repr,
)

T = TypeVar("T", bound="CallTransfer")


@_attrs_define(repr=False)
class CallTransfer:
    """The call to transfer, and where to.

    Example:
        {'callId': 'call_123456789', 'transferTo': '+14155550199'}

    Attributes:
        call_id (str): The active call's id. Example: call_123456789.
        transfer_to (str): An E.164 number or a SIP URI (`sip:` or `sips:`). Example: +14155550199.
    """

    call_id: str = _attrs_field(validator=FieldCheck("CallTransfer.callId", "a string", types=(str,), models=()))
    transfer_to: str = _attrs_field(
        validator=FieldCheck("CallTransfer.transferTo", "a string", types=(str,), models=())
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("callId", "call_id"),
                ("transferTo", "transfer_to"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        transfer_to = self.transfer_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "callId": call_id,
                "transferTo": transfer_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        transfer_to = d.pop("transferTo")

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"CallTransfer: unknown field {unknown} (additionalProperties is false; allowed: callId, transferTo)"
            )

        call_transfer = cls(
            call_id=call_id,
            transfer_to=transfer_to,
        )

        return call_transfer
