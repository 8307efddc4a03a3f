from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="SipWebhookEvent")


@_attrs_define(repr=False)
class SipWebhookEvent:
    """One call event as POSTed to a webhook's URL. Documented by the vendor: the event names
    (`webhookType` holds one of `WebhookEventName`'s values). Inferred, not documented: the
    envelope (`webhookType` plus `data`, as the vendor's room webhooks send) and `data`
    being the call object the call operations answer. Every field is kept as sent.

        Example:
            {'webhookType': 'call-hangup', 'data': {'callId': 'call_123456789', 'status': 'ended'}}

        Attributes:
            webhook_type (str): The event's name, such as `call-answered` (other values are passed through). Example: call-
                answered.
            data (Call): A call. `callId`, `sipCallTo` and `sipCallFrom` are the names the vendor's pages
                answer; `id`, `to` and `from` are the names of the vendor's server SDK type, kept when
                a server sends them.
                 Example: {'callId': 'call_123456789', 'status': 'answered'}.
    """

    webhook_type: str
    data: Call
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("webhookType", "webhook_type"),
                ("data", "data"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        webhook_type = self.webhook_type

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookType": webhook_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_type = d.pop("webhookType")

        data = Call.from_dict(d.pop("data"))

        sip_webhook_event = cls(
            webhook_type=webhook_type,
            data=data,
        )

        sip_webhook_event.additional_properties = d
        return sip_webhook_event

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
