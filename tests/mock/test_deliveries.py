"""Webhook delivery for real: each call state change is POSTed, as the documented event, to
each of the key's webhooks subscribed to it, over HTTP on 127.0.0.1; a failing receiver is
retried with backoff until it answers or the attempts run out; a slow or dead receiver never
holds up an answer; a full queue drops and records; every delivery can be inspected."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from videosdk_sip_client.webhooks import CallEvent, parse_webhook_event

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.call_settings import CallSettings
from videosdk_sip.mock.delivery_settings import DeliverySettings
from videosdk_sip.mock.settings import MockSettings

from .calls_helpers import CALLS, WEBHOOKS, call_body, outbound_rule
from .helpers import KEY_A, KEY_B, SECRET_A, SECRET_B, mint
from .receivers import answers, closed_port_url, fails_first, receiving

pytestmark = pytest.mark.anyio

NEVER_ANSWERS = "+14155550001"
FAST = DeliverySettings(timeout=0.5, attempts=3, backoff=0.01, backoff_cap=0.02)
ANSWERED_EVENTS = [
    "call-started",
    "call-update",
    "call-ringing",
    "call-update",
    "call-answered",
    "call-update",
]


def settings_with(
    delivery: DeliverySettings = FAST, calls: CallSettings | None = None
) -> MockSettings:
    return MockSettings(
        credentials={KEY_A: SECRET_A, KEY_B: SECRET_B},
        delivery=delivery,
        calls=calls or CallSettings(outcomes={NEVER_ANSWERS: "not-answered"}),
    )


@pytest.fixture
def settings() -> MockSettings:
    return settings_with()


@pytest.fixture
async def app(settings: MockSettings) -> AsyncIterator[MockApp]:
    app = create_app(settings)
    yield app
    await app.aclose()


async def settle(app: MockApp) -> None:
    async with asyncio.timeout(10):
        await app.deliveries.wait_idle()


async def subscribe(client: httpx.AsyncClient, url: str, events: list[str]) -> str:
    answer = await client.post(WEBHOOKS, json={"url": url, "events": events})
    assert answer.status_code == 200
    return str(answer.json()["id"])


async def place(client: httpx.AsyncClient, app: MockApp, **overrides: Any) -> dict[str, Any]:
    answer = await client.post(CALLS, json=call_body(outbound_rule(app), **overrides))
    assert answer.status_code == 200, answer.text
    return dict(answer.json()["data"])


async def test_every_state_change_is_posted_in_order_as_the_documented_event(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(200)) as receiver:
        await subscribe(
            client,
            receiver.url,
            ["call-started", "call-ringing", "call-answered", "call-hangup", "call-update"],
        )
        placed = await place(client, app)
        await client.post(f"{CALLS}/end", json={"callId": placed["callId"]})
        await settle(app)
    assert receiver.events == [*ANSWERED_EVENTS, "call-hangup", "call-update"]
    parsed = [parse_webhook_event(body) for body in receiver.received]
    assert all(isinstance(event, CallEvent) for event in parsed)
    calls = [event.call for event in parsed if isinstance(event, CallEvent)]
    assert {call.call_id for call in calls} == {placed["callId"]}
    assert [call.status for call in calls[::2]] == ["initiated", "ringing", "answered", "ended"]
    assert receiver.headers[0]["content-type"] == "application/json"
    records = app.deliveries.records(KEY_A)
    assert [record["event"] for record in records] == receiver.events
    assert {record["state"] for record in records} == {"delivered"}
    assert all(len(record["attempts"]) == 1 for record in records)
    assert records[0]["attempts"][0]["statusCode"] == 200


async def test_only_subscribed_events_of_the_keys_own_webhooks_are_sent(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient, app: MockApp
) -> None:
    async with (
        receiving(answers(200)) as missed,
        receiving(answers(200)) as other_key,
        receiving(answers(200)) as removed,
    ):
        await subscribe(client, missed.url, ["call-missed"])
        await subscribe(client_b, other_key.url, ["call-started", "call-missed"])
        gone = await subscribe(client, removed.url, ["call-started"])
        await client.delete(f"{WEBHOOKS}/{gone}")
        await place(client, app)
        placed = await place(client, app, sipCallTo=NEVER_ANSWERS)
        await settle(app)
    assert missed.events == ["call-missed"]
    assert missed.received[0]["data"]["callId"] == placed["callId"]
    assert missed.received[0]["data"]["status"] == "not-answered"
    assert other_key.received == []
    assert removed.received == []


async def test_a_failing_receiver_is_retried_until_it_answers(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(fails_first(2)) as receiver:
        await subscribe(client, receiver.url, ["call-started"])
        await place(client, app)
        await settle(app)
    assert receiver.events == ["call-started"] * 3
    assert [headers["x-mock-delivery-attempt"] for headers in receiver.headers] == ["1", "2", "3"]
    (record,) = app.deliveries.records(KEY_A)
    assert record["state"] == "delivered"
    assert [attempt["statusCode"] for attempt in record["attempts"]] == [500, 500, 200]
    assert record["attempts"][0]["error"] == "answered 500"


async def test_retries_run_out_and_the_delivery_fails(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(503)) as receiver:
        await subscribe(client, receiver.url, ["call-started"])
        await place(client, app)
        await settle(app)
    assert len(receiver.received) == FAST.attempts
    (record,) = app.deliveries.records(KEY_A)
    assert record["state"] == "failed"
    assert len(record["attempts"]) == FAST.attempts
    assert "3 attempts" in record["reason"]


async def test_a_receiver_that_is_down_fails_after_every_attempt(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    await subscribe(client, closed_port_url(), ["call-started"])
    await place(client, app)
    await settle(app)
    (record,) = app.deliveries.records(KEY_A)
    assert record["state"] == "failed"
    assert [attempt["statusCode"] for attempt in record["attempts"]] == [None] * FAST.attempts
    assert all("ConnectError" in attempt["error"] for attempt in record["attempts"])


@pytest.mark.parametrize(
    "settings",
    [settings_with(DeliverySettings(timeout=0.2, attempts=2, backoff=0.01, backoff_cap=0.01))],
)
async def test_a_slow_receiver_times_out_and_never_holds_up_the_api(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(200, delay=1.0)) as receiver:
        await subscribe(client, receiver.url, ["call-started", "call-answered"])
        placed = await place(client, app)
        # The call was answered while its deliveries were still waiting on the receiver.
        assert app.deliveries.unfinished == 2
        assert {record["state"] for record in app.deliveries.records(KEY_A)} == {"pending"}
        ended = await client.post(f"{CALLS}/end", json={"callId": placed["callId"]})
        assert ended.status_code == 200
        await settle(app)
    records = app.deliveries.records(KEY_A)
    assert [record["state"] for record in records] == ["failed", "failed"]
    for record in records:
        assert [attempt["error"] for attempt in record["attempts"]] == [
            "no answer within 0.2 s"
        ] * 2


@pytest.mark.parametrize("settings", [settings_with(DeliverySettings(queue_size=2, timeout=0.3))])
async def test_a_full_queue_drops_and_records_instead_of_waiting(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(200, delay=0.1)) as receiver:
        await subscribe(client, receiver.url, ["call-update"])
        await place(client, app)
        await settle(app)
    states = [record["state"] for record in app.deliveries.records(KEY_A)]
    assert states == ["delivered", "delivered", "dropped"]
    dropped = app.deliveries.records(KEY_A, state="dropped")[0]
    assert "queue_size" in dropped["reason"]
    assert dropped["attempts"] == []
    assert len(receiver.received) == 2


async def test_deliveries_are_inspected_per_key_over_http(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(200)) as receiver:
        webhook_id = await subscribe(client, receiver.url, ["call-started", "call-answered"])
        placed = await place(client, app)
        await settle(app)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as plain:
        token = {"Authorization": mint(KEY_A, SECRET_A)}
        seen = await plain.get("/_mock/deliveries", headers=token)
        assert seen.status_code == 200
        data = seen.json()["data"]
        assert [item["event"] for item in data] == ["call-started", "call-answered"]
        assert data[0]["webhookId"] == webhook_id
        assert data[0]["url"] == receiver.url
        assert data[0]["callId"] == placed["callId"]
        assert data[0]["payload"]["webhookType"] == "call-started"
        assert "apiKey" not in data[0]
        only = await plain.get(
            "/_mock/deliveries", params={"event": "call-answered"}, headers=token
        )
        assert [item["event"] for item in only.json()["data"]] == ["call-answered"]
        other = await plain.get(
            "/_mock/deliveries", headers={"Authorization": mint(KEY_B, SECRET_B)}
        )
        assert other.json()["data"] == []
        anonymous = await plain.get("/_mock/deliveries")
        assert anonymous.status_code == 401
        unknown = await plain.get("/_mock/deliveries", params={"colour": "red"}, headers=token)
        assert (unknown.status_code, unknown.json()["field"]) == (400, "colour")
        wrong = await plain.get("/_mock/deliveries", params={"state": "lost"}, headers=token)
        assert (wrong.status_code, wrong.json()["rule"]) == (400, "enum")
        posted = await plain.post("/_mock/deliveries", headers=token)
        assert posted.status_code == 405


@pytest.mark.parametrize("settings", [settings_with(DeliverySettings(hosts={"localhost"}))])
async def test_a_url_off_the_allowed_hosts_is_dropped_without_a_request(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(200)) as receiver:
        await subscribe(client, receiver.url, ["call-started"])
        await place(client, app)
        await settle(app)
    assert receiver.received == []
    (record,) = app.deliveries.records(KEY_A)
    assert record["state"] == "dropped"
    assert "'127.0.0.1'" in record["reason"]


async def test_a_return_to_answered_is_an_update_not_a_second_answer(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(200)) as receiver:
        await subscribe(client, receiver.url, ["call-answered", "switch-room-completed"])
        placed = await place(client, app)
        await client.post(
            f"{CALLS}/switch-room", json={"callId": placed["callId"], "roomId": "room_2"}
        )
        await client.post(
            f"{CALLS}/transfer", json={"callId": placed["callId"], "transferTo": NEVER_ANSWERS}
        )
        await settle(app)
    assert receiver.events == ["call-answered", "switch-room-completed"]


@pytest.mark.parametrize("settings", [settings_with(DeliverySettings(queue_size=1, timeout=0.3))])
async def test_drops_on_a_full_queue_are_each_recorded_with_their_own_id(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiving(answers(200, delay=0.05)) as first, receiving(answers(200)) as second:
        await subscribe(client, first.url, ["call-started", "call-answered"])
        await subscribe(client, second.url, ["call-started", "call-answered"])
        await place(client, app)
        await settle(app)
    records = app.deliveries.records(KEY_A)
    assert [(record["event"], record["url"], record["state"]) for record in records] == [
        ("call-started", first.url, "delivered"),
        ("call-started", second.url, "dropped"),
        ("call-answered", first.url, "dropped"),
        ("call-answered", second.url, "dropped"),
    ]
    assert len({record["id"] for record in records}) == 4
    assert app.deliveries.records(KEY_A, webhook_id=records[1]["webhookId"], state="dropped")
    assert first.events == ["call-started"]
    assert second.received == []


async def test_a_failure_inside_the_mock_is_logged_without_the_url(
    client: httpx.AsyncClient, app: MockApp, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        async def post(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("boom")

    await subscribe(client, "http://127.0.0.1:9/hook?token=s3cr3t-value", ["call-started"])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app.deliveries, "_http_client", Broken)
        await place(client, app)
        await settle(app)
    (record,) = app.deliveries.records(KEY_A)
    assert record["state"] == "failed"
    assert record["attempts"][0]["error"] == "the mock failed to send it"
    assert "delivering call-started to webhook" in caplog.text
    assert "s3cr3t-value" not in caplog.text
