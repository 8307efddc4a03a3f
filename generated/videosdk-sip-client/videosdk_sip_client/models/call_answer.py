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

T = TypeVar("T", bound="CallAnswer")


@_attrs_define(repr=False)
class CallAnswer:
    """A call wrapped in `data`. Create, transfer and end answer a `message` beside it;
    switch-room answers a `statusCode` instead.

        Example:
            {'message': 'Call initiated successfully', 'data': {'callId': 'call_123456789', 'status': 'initiated'}}

        Attributes:
            data (Call): A call. `callId`, `sipCallTo` and `sipCallFrom` are the names the vendor's pages
                answer; `id`, `to` and `from` are the names of the vendor's server SDK type, kept when
                a server sends them.
                 Example: {'callId': 'call_123456789', 'status': 'answered'}.
            message (str | Unset): A sentence for people. Example: Call initiated successfully.
            status_code (int | Unset): The HTTP status, repeated in the body. Example: 200.
    """

    data: Call
    message: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("data", "data"),
                ("message", "message"),
                ("statusCode", "status_code"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = Call.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        status_code = d.pop("statusCode", UNSET)

        call_answer = cls(
            data=data,
            message=message,
            status_code=status_code,
        )

        call_answer.additional_properties = d
        return call_answer

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
from ..models.call import Call  # noqa: E402
