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

T = TypeVar("T", bound="Error")


@_attrs_define(repr=False)
class Error:
    """What every error answers. `message` is always there; `code` is a stable word to
    branch on; `field` and `rule` name the first problem, and `errors` lists them all.

        Example:
            {'message': "dispatch: must have 'room', or 'agent' alone", 'code': 'VALIDATION_ERROR', 'field': 'dispatch',
                'rule': 'oneOf'}

        Attributes:
            message (str): What went wrong, naming the field and the rule it broke. Example: dispatch: must have 'room', or
                'agent' alone.
            code (str | Unset): A stable machine-readable word: `VALIDATION_ERROR`, `NO_EDITABLE_FIELDS`,
                `INVALID_API_KEY`, `NUMBER_NOT_REGISTERED`, `NUMBER_ATTACHED`,
                `AUTHENTICATION_FAILED`, `PERMISSION_DENIED`, `NOT_FOUND`, `NUMBER_IN_USE`,
                `CONFLICT`, `CALL_NOT_ACTIVE`, `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`,
                `RATE_LIMITED`, `INTERNAL_ERROR`, `SERVICE_UNAVAILABLE` (other values are passed
                through).
                 Example: VALIDATION_ERROR.
            field (str | Unset): The field of the first problem. Example: dispatch.
            rule (str | Unset): The rule the first problem broke. Example: oneOf.
            errors (list[ErrorDetail] | Unset): Every problem found, in order.
    """

    message: str
    code: str | Unset = UNSET
    field: str | Unset = UNSET
    rule: str | Unset = UNSET
    errors: list[ErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message", "message"),
                ("code", "code"),
                ("field", "field"),
                ("rule", "rule"),
                ("errors", "errors"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        field = self.field

        rule = self.rule

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if field is not UNSET:
            field_dict["field"] = field
        if rule is not UNSET:
            field_dict["rule"] = rule
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code", UNSET)

        field = d.pop("field", UNSET)

        rule = d.pop("rule", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        error = cls(
            message=message,
            code=code,
            field=field,
            rule=rule,
            errors=errors,
        )

        error.additional_properties = d
        return error

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
from ..models.error_detail import ErrorDetail  # noqa: E402
