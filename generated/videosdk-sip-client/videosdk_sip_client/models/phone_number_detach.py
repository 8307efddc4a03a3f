from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FieldCheck,
    model_repr,
)

T = TypeVar("T", bound="PhoneNumberDetach")


@_attrs_define(repr=False)
class PhoneNumberDetach:
    """The number to detach from its gateways.

    Example:
        {'phoneNumber': '+14155551234'}

    Attributes:
        phone_number (str): A phone number in E.164 form, `+` then up to 15 digits. Example: +14150001111.
    """

    phone_number: str = _attrs_field(
        validator=FieldCheck("PhoneNumberDetach.phoneNumber", "a string", types=(str,), models=())
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (("phoneNumber", "phone_number"),),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"PhoneNumberDetach: unknown field {unknown} (additionalProperties is false; allowed: phoneNumber)"
            )

        phone_number_detach = cls(
            phone_number=phone_number,
        )

        return phone_number_detach
