from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="Webhook")


@_attrs_define(repr=False)
class Webhook:
    """A stored webhook. Its id is `id` in the vendor's examples; the vendor's SDK source says
    list items carry it as `webhookId`. Both are kept; read either.

        Example:
            {'id': 'wh_123456789', 'url': 'https://example.com/webhook', 'events': ['call-started']}

        Attributes:
            url (str): Where events are POSTed. Example: https://example.com/webhook.
            events (list[str]): The events subscribed to, as plain strings (see `WebhookEventName` for the known ones).
                Example: ['call-started', 'call-answered'].
            id (str | Unset): The webhook's id. Example: wh_123456789.
            webhook_id (str | Unset): The webhook's id, under the name list items may use. Example: wh_123456789.
            created_at (str | Unset): When the webhook was registered (ISO 8601). Example: 2025-08-21T12:00:00.000Z.
            updated_at (str | Unset): When the webhook last changed (ISO 8601). Example: 2025-08-21T12:10:00.000Z.
    """

    url: str
    events: list[str]
    id: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("url", "url"),
                ("events", "events"),
                ("id", "id"),
                ("webhookId", "webhook_id"),
                ("createdAt", "created_at"),
                ("updatedAt", "updated_at"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = self.events

        id = self.id

        webhook_id = self.webhook_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = cast(list[str], d.pop("events"))

        id = d.pop("id", UNSET)

        webhook_id = d.pop("webhookId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        webhook = cls(
            url=url,
            events=events,
            id=id,
            webhook_id=webhook_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook.additional_properties = d
        return webhook

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
