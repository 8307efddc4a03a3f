"""Webhook events: every known event parses into a typed model that keeps the body whole; an
unknown event is kept, not refused; a body that is not an event fails naming the field."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from schemathesis.generation.jsonschema.builder import build
from videosdk_sip_client.models import Call, WebhookEventName
from videosdk_sip_client.webhooks import (
    CallEvent,
    UnknownWebhookEvent,
    WebhookPayloadError,
    parse_webhook_event,
)

from videosdk_sip.spec import component_schema, load_document

from .test_models_roundtrip import CURRENT_PROPERTY, canonical


def event(name: str = "call-answered", **data: Any) -> dict[str, Any]:
    return {
        "webhookType": name,
        "data": {"callId": "call_1", "status": "answered", "roomId": "room_1", **data},
    }


@pytest.mark.parametrize("name", [name.value for name in WebhookEventName])
def test_every_subscribable_event_parses_into_a_call_event(name: str) -> None:
    parsed = parse_webhook_event(event(name))

    assert isinstance(parsed, CallEvent)
    assert parsed.name is WebhookEventName(name)
    assert isinstance(parsed.call, Call)
    assert parsed.call.call_id == "call_1"
    assert parsed.call.room_id == "room_1"


@pytest.mark.parametrize("form", ["bytes", "bytearray", "str", "dict"])
def test_bytes_text_and_decoded_bodies_give_the_same_event(form: str) -> None:
    body = event(sipCallTo="+14155550123")
    text = json.dumps(body)
    given_body: Any = {
        "bytes": text.encode(),
        "bytearray": bytearray(text.encode()),
        "str": text,
        "dict": body,
    }[form]

    parsed = parse_webhook_event(given_body)

    assert isinstance(parsed, CallEvent)
    assert parsed.call.sip_call_to == "+14155550123"
    assert parsed.payload.to_dict() == body


def test_undocumented_fields_are_kept() -> None:
    body = event(region="eu", quality={"mos": 4.4})
    body["deliveredAt"] = "2026-12-01T10:00:00Z"

    parsed = parse_webhook_event(body)

    assert isinstance(parsed, CallEvent)
    assert canonical(parsed.payload.to_dict()) == canonical(body)
    assert parsed.payload["deliveredAt"] == "2026-12-01T10:00:00Z"
    assert parsed.call["quality"] == {"mos": 4.4}


@pytest.mark.parametrize(
    "body",
    [
        {"webhookType": "call-ended", "data": {"callId": "call_1"}},
        {"webhookType": "recording-started", "data": [1, 2]},
        {"webhookType": "participant-joined"},
    ],
    ids=["call-ended", "odd-data", "no-data"],
)
def test_an_unknown_event_is_kept_whole(body: dict[str, Any]) -> None:
    parsed = parse_webhook_event(json.dumps(body))

    assert isinstance(parsed, UnknownWebhookEvent)
    assert parsed.name == body["webhookType"]
    assert parsed.raw == body


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        (b"{not json", "body", "not JSON"),
        (b"\xff\xfe{}", "body", "not UTF-8"),
        ("[1, 2]", "body", "expected a JSON object, got list"),
        (12, "body", "expected bytes, str or a mapping"),
        ({"data": {"callId": "c"}}, "webhookType", "required"),
        ({"webhookType": 5, "data": {"callId": "c"}}, "webhookType", "got 5"),
        ({"webhookType": "", "data": {"callId": "c"}}, "webhookType", "non-empty"),
        ({"webhookType": "call-hangup"}, "data", "got nothing"),
        ({"webhookType": "call-hangup", "data": "call_1"}, "data", "got str"),
        ({"webhookType": "call-hangup", "data": {"status": "ended"}}, "data.callId", "required"),
        (
            {"webhookType": "call-hangup", "data": {"callId": "c", "timelog": 5}},
            "data",
            "not a call",
        ),
    ],
    ids=[
        "not-json",
        "not-utf8",
        "array",
        "wrong-type",
        "no-name",
        "name-not-text",
        "empty-name",
        "no-data",
        "data-not-object",
        "no-call-id",
        "bad-timelog",
    ],
)
def test_a_body_that_is_not_an_event_names_the_field(body: Any, field: str, words: str) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook_event(body)

    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert words in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_the_documents_callback_example_parses() -> None:
    document = load_document()
    example = document["components"]["examples"]["CallAnsweredEvent"]["value"]

    parsed = parse_webhook_event(example)

    assert isinstance(parsed, CallEvent)
    assert parsed.name is WebhookEventName.CALL_ANSWERED
    assert canonical(parsed.payload.to_dict()) == canonical(example)


def _known_events() -> st.SearchStrategy[dict[str, Any]]:
    schema = component_schema(load_document(), "SipWebhookEvent")
    names = st.sampled_from([name.value for name in WebhookEventName])

    def named(pair: tuple[Any, str]) -> dict[str, Any]:
        return {**pair[0], "webhookType": pair[1]}

    return st.tuples(build(schema, draft=4, formats={}), names).map(named)


@CURRENT_PROPERTY
@given(body=_known_events())
def test_generated_events_parse_and_come_back_unchanged(body: dict[str, Any]) -> None:
    parsed = parse_webhook_event(json.dumps(body).encode())

    assert isinstance(parsed, CallEvent)
    assert canonical(parsed.payload.to_dict()) == canonical(body)
