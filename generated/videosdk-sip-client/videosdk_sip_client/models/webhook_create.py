from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..types import (
    FieldCheck,
    model_repr,
)

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define(repr=False)
class WebhookCreate:
    """A new webhook.

    Example:
        {'url': 'https://example.com/webhook', 'events': ['call-started']}

    Attributes:
        url (str): The HTTP(S) URL events are POSTed to. Example: https://example.com/webhook.
        events (list[WebhookEventName]): The events to subscribe to; at least one, each once. Example: ['call-started',
            'call-answered'].
    """

    url: str = _attrs_field(validator=FieldCheck("WebhookCreate.url", "a string", types=(str,), models=()))
    events: list[WebhookEventName]

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("url", "url"),
                ("events", "events"),
            ),
            None,
        )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for componentsschemas_webhook_event_names_item_data in self.events:
            componentsschemas_webhook_event_names_item = componentsschemas_webhook_event_names_item_data.value
            events.append(componentsschemas_webhook_event_names_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for componentsschemas_webhook_event_names_item_data in _events:
            componentsschemas_webhook_event_names_item = WebhookEventName(
                componentsschemas_webhook_event_names_item_data
            )

            events.append(componentsschemas_webhook_event_names_item)

        if d:
            unknown = ", ".join(repr(key) for key in sorted(d))
            raise ValueError(
                f"WebhookCreate: unknown field {unknown} (additionalProperties is false; allowed: url, events)"
            )

        webhook_create = cls(
            url=url,
            events=events,
        )

        return webhook_create
