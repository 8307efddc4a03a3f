"""Reading the call events VideoSDK POSTs to a webhook's URL.

`parse_webhook_event(request_body)` takes the body as bytes, text or an already decoded JSON
object and answers a `CallEvent` for the events a webhook can subscribe to (`WebhookEventName`),
or an `UnknownWebhookEvent`, kept whole, for a name this client does not know yet. A body that
is not a call event raises `WebhookPayloadError`, whose `field` names where it went wrong.

The vendor documents the event names only. The payload's shape, `{"webhookType": name,
"data": call}`, is inferred from the vendor's room webhooks and its call object (see
`docs/webhook-events.md`); every field a server sends is kept in the parsed models.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from .models.call import Call
from .models.sip_webhook_event import SipWebhookEvent
from .models.webhook_event_name import WebhookEventName

__all__ = [
    "CallEvent",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookPayloadError",
    "parse_webhook_event",
]

_KNOWN_NAMES = {name.value: name for name in WebhookEventName}


class WebhookPayloadError(ValueError):
    """A webhook body that is not a call event. `field` names the part that is wrong."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


@attrs.frozen
class CallEvent:
    """A call event this client knows: its `name`, and the whole parsed `payload`."""

    name: WebhookEventName
    payload: SipWebhookEvent

    @property
    def call(self) -> Call:
        """The call the event is about."""
        return self.payload.data


@attrs.frozen
class UnknownWebhookEvent:
    """An event whose name this client does not know; `raw` is the body as decoded."""

    name: str
    raw: Mapping[str, Any]


WebhookEvent = CallEvent | UnknownWebhookEvent


def _decode(body: bytes | bytearray | str | Mapping[str, Any]) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, bytes | bytearray):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError as error:
            raise WebhookPayloadError("body", f"not UTF-8 (byte {error.start})") from None
    if not isinstance(body, str):
        raise WebhookPayloadError(
            "body", f"expected bytes, str or a mapping, got {type(body).__name__}"
        )
    try:
        return json.loads(body)
    except json.JSONDecodeError as error:
        raise WebhookPayloadError(
            "body", f"not JSON ({error.msg} at line {error.lineno} column {error.colno})"
        ) from None


def parse_webhook_event(body: bytes | bytearray | str | Mapping[str, Any]) -> WebhookEvent:
    """The event in a webhook request's body; see the module's description."""
    payload = _decode(body)
    if not isinstance(payload, dict):
        raise WebhookPayloadError("body", f"expected a JSON object, got {type(payload).__name__}")
    name = payload.get("webhookType")
    if not isinstance(name, str) or not name:
        got = "nothing" if name is None else repr(name)
        raise WebhookPayloadError("webhookType", f"required, a non-empty string; got {got}")
    known = _KNOWN_NAMES.get(name)
    if known is None:
        return UnknownWebhookEvent(name=name, raw=payload)
    data = payload.get("data")
    if not isinstance(data, dict):
        got = "nothing" if data is None else type(data).__name__
        raise WebhookPayloadError("data", f"required, a JSON object (the call); got {got}")
    if not isinstance(data.get("callId"), str):
        raise WebhookPayloadError("data.callId", "required, a string")
    try:
        parsed = SipWebhookEvent.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookPayloadError("data", f"not a call: {type(error).__name__}: {error}") from None
    return CallEvent(name=known, payload=parsed)
