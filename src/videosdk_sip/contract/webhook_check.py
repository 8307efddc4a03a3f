"""Judging the webhook events the run's receiver got, after the run.

Every event must be JSON matching the document's `SipWebhookEvent` schema
(`webhook_event_schema`) and must come to one of the run's webhooks: its URL query carries
the run's id (`webhook_event_of_this_run`). Each failure is reported like any other check's.
Events of the run's webhooks about calls the run did not place (a webhook hears the whole
account) are counted, not failed; the run's calls no event arrived for are listed. Like the
other checks, a failure is reported once per distinct problem; the report counts them all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from typing import Any
from urllib.parse import parse_qs

import jsonschema_rs
from attrs import frozen

from videosdk_sip.contract.marking import RUN_FIELD, RuleMarker
from videosdk_sip.contract.receiver import MAX_EVENT_BYTES, ReceivedEvent
from videosdk_sip.contract.results import FailureRecord, body_excerpt

__all__ = [
    "EVENT_LABEL",
    "FOREIGN_CHECK",
    "NOT_CHECKED",
    "PHASE",
    "SCHEMA_CHECK",
    "WebhookReport",
    "check_events",
    "event_validator",
]

EVENT_LABEL = "POST {webhook url} (callEvent)"
"""Where webhook failures are reported: the document's `callEvent` callback."""
SCHEMA_CHECK = "webhook_event_schema"
FOREIGN_CHECK = "webhook_event_of_this_run"
PHASE = "webhook delivery"
NOT_CHECKED = (
    "webhook delivery not checked: no receiver given (--webhook-receiver or "
    "VIDEOSDK_WEBHOOK_RECEIVER); the run's webhooks point at a host that never resolves"
)

RecordFailure = Callable[[FailureRecord, Hashable], None]
CountCheck = Callable[[str, str], None]


@frozen
class WebhookReport:
    """What the receiver got, each event counted once: `received` equals `of_run_calls +
    of_other_calls + malformed + foreign`. `calls_without_events` are the run's calls no
    event arrived for by the end; `overflowed` were answered but not kept."""

    receiver: str
    received: int
    of_run_calls: int
    of_other_calls: int
    malformed: int
    foreign: int
    calls_placed: int
    calls_without_events: tuple[str, ...] = ()
    overflowed: int = 0

    @property
    def adds_up(self) -> bool:
        return self.received == (
            self.of_run_calls + self.of_other_calls + self.malformed + self.foreign
        )


def event_validator(document: dict[str, Any]) -> jsonschema_rs.Validator:
    """A validator for the document's `SipWebhookEvent` schema."""
    from videosdk_sip.spec import component_schema

    return jsonschema_rs.Draft4Validator(component_schema(document, "SipWebhookEvent"))


def check_events(
    events: list[ReceivedEvent],
    *,
    receiver: str,
    marker: RuleMarker,
    validator: jsonschema_rs.Validator,
    placed_calls: list[str],
    record_failure: RecordFailure,
    count_check: CountCheck,
    overflowed: int = 0,
) -> WebhookReport:
    """Judges every event; records a failure for each malformed or foreign one (once per
    distinct problem: the counts hold every event)."""
    heard: set[str] = set()
    counts = {"run": 0, "other": 0, "malformed": 0, "foreign": 0}
    placed = set(placed_calls)
    for event in events:
        count_check(EVENT_LABEL, SCHEMA_CHECK)
        count_check(EVENT_LABEL, FOREIGN_CHECK)
        problem, payload = _schema_problem(event, validator)
        if problem is not None:
            counts["malformed"] += 1
            record_failure(_malformed(event, problem), (SCHEMA_CHECK, problem))
            continue
        runs = parse_qs(event.query).get(RUN_FIELD, [])
        if marker.prefix not in runs:
            counts["foreign"] += 1
            record_failure(_foreign(event, runs), (FOREIGN_CHECK, tuple(runs), event.path))
            continue
        call = payload["data"]
        if call["callId"] in placed or marker.owns_call(call):
            counts["run"] += 1
            heard.add(call["callId"])
        else:
            counts["other"] += 1
    return WebhookReport(
        receiver=receiver,
        received=len(events),
        of_run_calls=counts["run"],
        of_other_calls=counts["other"],
        malformed=counts["malformed"],
        foreign=counts["foreign"],
        calls_placed=len(placed_calls),
        calls_without_events=tuple(call for call in placed_calls if call not in heard),
        overflowed=overflowed,
    )


def _schema_problem(
    event: ReceivedEvent, validator: jsonschema_rs.Validator
) -> tuple[str | None, Any]:
    if event.too_large:
        return f"the body is larger than {MAX_EVENT_BYTES:,} bytes", None
    try:
        payload = json.loads(event.body)
    except ValueError:
        return "the body is not JSON", None
    errors = [
        f"{'/'.join(map(str, error.instance_path)) or '(the event)'}: {error.message}"
        for error in validator.iter_errors(payload)
    ]
    return ("; ".join(errors[:5]) if errors else None), payload


def _malformed(event: ReceivedEvent, problem: str) -> FailureRecord:
    return FailureRecord(
        operation=EVENT_LABEL,
        check=SCHEMA_CHECK,
        title="A webhook event does not match the contract's SipWebhookEvent schema",
        expected=(
            "every event POSTed to a webhook is JSON matching SipWebhookEvent "
            f"(webhookType, and the call in data): {problem}\n"
            f"Received: {body_excerpt(event.body)}"
        ),
        reproduction="",
        phase=PHASE,
    )


def _foreign(event: ReceivedEvent, runs: list[str]) -> FailureRecord:
    sent_to = f"a webhook of run {runs[0]}" if runs else f"a URL without {RUN_FIELD}"
    return FailureRecord(
        operation=EVENT_LABEL,
        check=FOREIGN_CHECK,
        title="A webhook event reached the run's receiver for no webhook of this run",
        expected=(
            "an event goes only to the URL of a webhook it was registered for; every webhook "
            f"of this run carries {RUN_FIELD}=<run id> in its URL query. This one was sent "
            f"to {sent_to} (path {event.path})"
        ),
        reproduction="",
        phase=PHASE,
    )
