from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FieldCheck,
    model_repr,
)

T = TypeVar("T", bound="SipAuthInput")


@_attrs_define(repr=False)
class SipAuthInput:
    """Digest credentials for the SIP provider; both parts are required.

    Example:
        {'username': 'sip-user', 'password': 'sip-pass'}

    Attributes:
        username (str): The user name. Example: sip-user.
        password (str): The password. Never answered back in full by a well-behaved server. Example: sip-pass.
    """

    username: str = _attrs_field(validator=FieldCheck("SipAuthInput.username", "a string", types=(str,), models=()))
    password: str = _attrs_field(validator=FieldCheck("SipAuthInput.password", "a string", types=(str,), models=()))

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("username", "username"),
                ("password", "password"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"SipAuthInput: unknown field {unknown} (additionalProperties is false; allowed: username, password)"
            )

        sip_auth_input = cls(
            username=username,
            password=password,
        )

        return sip_auth_input
