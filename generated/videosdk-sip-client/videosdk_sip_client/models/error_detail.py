from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define(repr=False)
class ErrorDetail:
    """One rule that the request broke.

    Example:
        {'field': 'numbers[1]', 'rule': 'pattern', 'message': "numbers[1]: 'abc' does not match the E.164 pattern"}

    Attributes:
        message (str): The problem, for people. Example: numbers[1]: 'abc' does not match the E.164 pattern.
        field (str | Unset): Where the problem is, as a path such as `dispatch.room.id` or `numbers[1]`. Example:
            numbers[1].
        rule (str | Unset): The rule broken, such as `required`, `pattern`, `enum`, `type`. Example: pattern.
    """

    message: str
    field: str | Unset = UNSET
    rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message", "message"),
                ("field", "field"),
                ("rule", "rule"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field = self.field

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        field = d.pop("field", UNSET)

        rule = d.pop("rule", UNSET)

        error_detail = cls(
            message=message,
            field=field,
            rule=rule,
        )

        error_detail.additional_properties = d
        return error_detail

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
