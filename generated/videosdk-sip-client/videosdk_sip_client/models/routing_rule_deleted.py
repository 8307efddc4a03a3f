from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="RoutingRuleDeleted")


@_attrs_define(repr=False)
class RoutingRuleDeleted:
    """What a delete answers.

    Example:
        {'message': 'Routing rule deleted successfully.', 'ruleId': 'rule_123456789'}

    Attributes:
        message (str): A sentence for people. Example: Routing rule deleted successfully..
        rule_id (str): The id of the rule that was deleted. Example: rule_123456789.
    """

    message: str
    rule_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message", "message"),
                ("ruleId", "rule_id"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        rule_id = self.rule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "ruleId": rule_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        rule_id = d.pop("ruleId")

        routing_rule_deleted = cls(
            message=message,
            rule_id=rule_id,
        )

        routing_rule_deleted.additional_properties = d
        return routing_rule_deleted

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
