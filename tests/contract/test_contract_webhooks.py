"""Webhook delivery: the run's own receiver, and every event it gets checked against the
contract's `SipWebhookEvent` schema and attributed to the run's webhooks and calls."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from videosdk_sip_client.exceptions import UsageError

from videosdk_sip.contract.marking import RUN_FIELD, RuleMarker
from videosdk_sip.contract.receiver import (
    MAX_EVENT_BYTES,
    ReceivedEvent,
    parse_listen,
    parse_receiver_url,
    receiving,
)
from videosdk_sip.contract.results import FailureRecord, Results
from videosdk_sip.contract.webhook_check import (
    FOREIGN_CHECK,
    PHASE,
    SCHEMA_CHECK,
    WebhookReport,
    check_events,
    event_validator,
)
from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.delivery import DeliveryEngine
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.spec import load_document

from .helpers import free_port, run_contract

PREFIX = "videosdk-sip-contract-ab12cd34-"
MARKER = RuleMarker(prefix=PREFIX, gateway_id="gw")
RUN_QUERY = f"{RUN_FIELD}={PREFIX}"
CURRENT_SMALL = ("--api", "current", "--max-examples", "10", "--stateful-examples", "5")
"""Enough for every current operation to answer 2xx, so the run can pass."""
CURRENT_TINY = (
    "--api",
    "current",
    "--max-examples",
    "3",
    "--stateful-examples",
    "2",
    "--client-examples",
    "0",
)
"""Enough to place calls with webhooks registered, for a run that is to fail anyway."""


def _event(call_id: str, query: str = RUN_QUERY, **extra: object) -> ReceivedEvent:
    body = {"webhookType": "call-started", "data": {"callId": call_id, **extra}}
    return ReceivedEvent("/events", query, json.dumps(body).encode())


def _judge(events: list[ReceivedEvent], placed: list[str]) -> tuple[Results, WebhookReport]:
    results = Results()

    def record(record: FailureRecord, identity: Hashable) -> None:
        results.add_failure(record, identity=identity)

    report = check_events(
        events,
        receiver="https://tunnel.example/events",
        marker=MARKER,
        validator=event_validator(load_document()),
        placed_calls=placed,
        record_failure=record,
        count_check=results.count_check,
    )
    return results, report


# The parts -----------------------------------------------------------------------------------


def test_each_event_is_judged_once_and_the_counts_add_up() -> None:
    events = [
        _event("call_1"),
        _event("call_other"),
        _event("call_1", query="videosdkSipRun=videosdk-sip-contract-other-"),
        ReceivedEvent("/events", RUN_QUERY, b'{"webhookType": "call-started"}'),
        ReceivedEvent("/events", RUN_QUERY, b"not json"),
        ReceivedEvent("/events", RUN_QUERY, b"not json either"),
        ReceivedEvent("/events", RUN_QUERY, b"", too_large=True),
    ]
    results, report = _judge(events, placed=["call_1", "call_2"])

    assert report.received == 7
    assert report.of_run_calls == 1
    assert report.of_other_calls == 1
    assert report.foreign == 1
    assert report.malformed == 4
    assert report.adds_up
    assert report.calls_without_events == ("call_2",)
    checks = [(record.check, record.phase) for record in results.failures]
    assert checks.count((SCHEMA_CHECK, PHASE)) == 3, "the same problem is reported once"
    assert checks.count((FOREIGN_CHECK, PHASE)) == 1
    missing_data = next(r for r in results.failures if "data" in r.expected)
    assert '(the event): "data" is a required property' in missing_data.expected


def test_an_event_of_the_run_is_told_by_its_metadata_when_its_id_was_never_answered() -> None:
    _, report = _judge([_event("call_9", metadata={RUN_FIELD: PREFIX})], placed=[])
    assert report.of_run_calls == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("8787", r"--webhook-listen \(VIDEOSDK_WEBHOOK_LISTEN\): '8787' is not HOST:PORT"),
        ("127.0.0.1:70000", r"--webhook-listen .*: the port must be from 1 to 65535, not 70000"),
    ],
)
def test_a_bad_listen_address_is_refused_by_name(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_listen(text)


def test_listen_addresses_read_as_host_and_port() -> None:
    assert parse_listen("localhost:8787") == ("localhost", 8787)
    assert parse_listen("[::1]:9000") == ("::1", 9000)


@pytest.mark.parametrize(
    "url", ["ftp://tunnel.example/x", "tunnel.example/x", "https://u:p@tunnel.example/x"]
)
def test_a_bad_receiver_url_is_refused_by_name(url: str) -> None:
    with pytest.raises(UsageError, match=r"^--webhook-receiver \(VIDEOSDK_WEBHOOK_RECEIVER\): "):
        parse_receiver_url(url)


def test_the_receiver_keeps_what_is_posted_and_refuses_a_body_over_its_cap() -> None:
    port = free_port()
    with receiving("127.0.0.1", port) as receiver:
        url = f"http://127.0.0.1:{port}/events?{RUN_QUERY}"
        assert httpx.post(url, content=b'{"a": 1}').status_code == 200
        assert httpx.post(url, content=b"x" * (MAX_EVENT_BYTES + 1)).status_code == 413
        events = receiver.events()
    assert events[0] == ReceivedEvent("/events", RUN_QUERY, b'{"a": 1}')
    assert events[1].too_large
    assert events[1].body == b""


def test_a_listen_address_without_a_receiver_is_refused_before_anything_is_sent() -> None:
    run = run_contract("--webhook-listen", "127.0.0.1:8787")
    assert run.code == 2
    assert run.outcome is None
    assert "--webhook-listen (VIDEOSDK_WEBHOOK_LISTEN) is given but --webhook-receiver" in run.err


def test_an_address_that_cannot_be_listened_on_is_refused_by_name() -> None:
    port = free_port()
    with receiving("127.0.0.1", port):
        run = run_contract(
            "--webhook-receiver",
            "https://tunnel.example/events",
            environ={"VIDEOSDK_WEBHOOK_LISTEN": f"127.0.0.1:{port}"},
        )
    assert run.code == 2
    assert run.outcome is None
    assert f"--webhook-listen (VIDEOSDK_WEBHOOK_LISTEN): cannot listen on 127.0.0.1:{port}" in (
        run.err
    )


# Whole runs against the embedded mock, whose deliveries are real POSTs ---------------------


def _receiver_args(port: int) -> tuple[str, ...]:
    return (
        "--webhook-receiver",
        f"http://127.0.0.1:{port}/events",
        "--webhook-listen",
        f"127.0.0.1:{port}",
    )


@pytest.mark.slow
def test_events_reach_the_runs_receiver_and_match_the_contract() -> None:
    run = run_contract("--seed", "2", "--no-progress", *CURRENT_SMALL, *_receiver_args(free_port()))

    assert run.code == 0, run.out
    report = run.result.webhooks
    assert report is not None
    assert report.of_run_calls > 0, "no event of the run's calls reached the receiver"
    assert report.malformed == 0
    assert report.foreign == 0
    assert report.adds_up
    assert report.calls_placed > 0
    assert PHASE not in run.result.results.not_applicable
    assert run.result.results.cases[("POST {webhook url} (callEvent)", SCHEMA_CHECK)] == (
        report.received
    )


class _Rewriting(httpx.AsyncBaseTransport):
    """A delivery path that changes each event on its way: its body or its URL."""

    def __init__(self, rewrite: Callable[[httpx.URL, bytes], tuple[httpx.URL, bytes]]) -> None:
        self._rewrite = rewrite
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url, body = self._rewrite(request.url, await request.aread())
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        changed = httpx.Request(request.method, url, headers=headers, content=body)
        return await self._inner.handle_async_request(changed)


def _without_webhook_type(url: httpx.URL, body: bytes) -> tuple[httpx.URL, bytes]:
    event = json.loads(body)
    event.pop("webhookType", None)
    return url, json.dumps(event).encode()


def _without_run_id(url: httpx.URL, body: bytes) -> tuple[httpx.URL, bytes]:
    parts = urlsplit(str(url))
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != RUN_FIELD])
    return httpx.URL(parts._replace(query=query).geturl()), body


def _also_delivering(
    *rewrites: Callable[[httpx.URL, bytes], tuple[httpx.URL, bytes]],
) -> Callable[[MockSettings], MockApp]:
    """The mock, with one more delivery engine per rewrite, each sending every event changed
    by it (the mock's own engine still sends it as it should)."""

    def build(settings: MockSettings) -> MockApp:
        app = create_app(settings)
        for rewrite in rewrites:
            broken = DeliveryEngine(
                settings.delivery, app.stores.webhooks, transport=_Rewriting(rewrite)
            )
            app.stores.calls.subscribe(broken.publish)
        return app

    return build


@pytest.mark.slow
def test_a_mock_sending_malformed_and_foreign_events_fails_the_checks_named() -> None:
    run = run_contract(
        "--seed",
        "2",
        "--no-progress",
        "--in-process",
        *CURRENT_TINY,
        *_receiver_args(free_port()),
        app_factory=_also_delivering(_without_webhook_type, _without_run_id),
    )

    assert run.code == 1, run.out
    for check in (SCHEMA_CHECK, FOREIGN_CHECK):
        failures = run.failures(check)
        assert failures, f"{check} not named: {run.failure_headers()}"
        assert {record.operation for record in failures} == {"POST {webhook url} (callEvent)"}
    report = run.result.webhooks
    assert report is not None
    assert report.malformed > 0
    assert report.foreign > 0
    assert report.of_run_calls > 0, "the mock's own, correct events are still counted"
    assert report.adds_up
