"""The whole API, safely (issue 12): calls and number changes against a server, every kind
the suite creates marked and cleaned up, and the run's accounts adding up."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from videosdk_sip_client.exceptions import UsageError

from videosdk_sip.contract.calls import NOT_A_CALL, PlacedCalls, ReleasableNumbers
from videosdk_sip.contract.cleanup import NUMBER_KIND
from videosdk_sip.contract.embedded import example_numbers
from videosdk_sip.contract.marking import WEBHOOK_SINK, RuleMarker
from videosdk_sip.contract.ownership import KINDS, WEBHOOK
from videosdk_sip.contract.results import (
    AUTH_PROBES,
    CLEANUP,
    CLIENT_CHECK,
    LIST_WALK,
    PHASES,
    SECOND_IDENTITY,
    SETUP,
)
from videosdk_sip.contract.safety import (
    CALL_OPERATIONS,
    NUMBER_OPERATIONS,
    SafetyPolicy,
    parse_test_numbers,
)
from videosdk_sip.contract.webhook_check import PHASE as WEBHOOK_PHASE
from videosdk_sip.mock._asgi import ASGIApp, Message, Receive, Scope, Send
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import (
    API_KEY,
    SECRET,
    SMALL,
    _read_body,
    _replaying,
    remote_environ,
    run_contract,
    serving,
)

CALL_PATHS = (
    "/v2/sip/call",
    "/v2/sip/call/transfer",
    "/v2/sip/call/end",
    "/v2/sip/call/switch-room",
)
NUMBER_CHANGES = ("/v2/sip/phone-numbers", "/v2/sip/phone-numbers/detach")
DESTINATION = "+14150009999"
E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")
TEST_NUMBERS = ("+14150001111", "+14150002222")
CALL_RULE = "rule_outbound_of_the_user"
CALLER = "+14150007777"


class RecordingRequests:
    """The mock, keeping every request it received: (method, path, JSON body or None)."""

    def __init__(self, settings: MockSettings) -> None:
        self.app: ASGIApp = create_app(settings)
        self.seen: list[tuple[str, str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        try:
            parsed: Any = json.loads(body) if body else None
        except ValueError:
            parsed = None
        self.seen.append((scope["method"], scope["path"], parsed))

        async def passing(message: Message) -> None:
            await send(message)

        await self.app(scope, _replaying(body), passing)

    def sent(self, method: str, path: str) -> list[Any]:
        return [body for m, p, body in self.seen if (m, p) == (method, path)]

    def posted_under(self, prefix: str, suffix: str) -> list[str]:
        return [
            p
            for m, p, _ in self.seen
            if m == "POST" and p.startswith(prefix) and p.endswith(suffix)
        ]


# The policy, decided before a run starts ------------------------------------------------------


def test_a_server_gets_no_call_and_no_number_change_unless_asked() -> None:
    withheld = SafetyPolicy(embedded=False).withheld()
    assert set(CALL_OPERATIONS) | set(NUMBER_OPERATIONS) | {"getCall"} == set(withheld)
    assert "--allow-calls" in withheld["createCall"]
    assert "VIDEOSDK_TEST_NUMBERS" in withheld["releasePhoneNumber"]


def test_allowing_calls_without_a_destination_still_withholds_them() -> None:
    withheld = SafetyPolicy(embedded=False, allow_calls=True).withheld()
    assert "createCall" in withheld
    assert "a destination" in withheld["createCall"]
    assert "--allow-calls and" not in withheld["createCall"]


def test_calls_and_numbers_are_exercised_once_the_user_gives_what_they_need() -> None:
    policy = SafetyPolicy(
        embedded=False,
        allow_calls=True,
        call_destination=DESTINATION,
        test_numbers=TEST_NUMBERS,
        call_rule_id=CALL_RULE,
        call_from=CALLER,
    )
    assert policy.withheld() == {}
    assert policy.call_route == (CALL_RULE, CALLER)
    assert SafetyPolicy(embedded=True).withheld() == {}


def test_calls_on_a_server_need_the_users_outbound_rule_and_caller_and_say_so() -> None:
    withheld = SafetyPolicy(
        embedded=False, allow_calls=True, call_destination=DESTINATION
    ).withheld()
    assert {"createCall", "getCall", "endCall"} <= set(withheld)
    assert "--call-rule (VIDEOSDK_CALL_RULE_ID)" in withheld["createCall"]
    assert "--call-from (VIDEOSDK_CALL_FROM)" in withheld["createCall"]
    assert "a destination" not in withheld["createCall"]


@pytest.mark.parametrize(
    ("rule", "caller", "message"),
    [
        ("  ", CALLER, r"--call-rule \(VIDEOSDK_CALL_RULE_ID\): must not be empty"),
        (CALL_RULE, "4155", r"--call-from \(VIDEOSDK_CALL_FROM\): '4155' is not an E\.164"),
        (CALL_RULE, None, r"--call-rule \(VIDEOSDK_CALL_RULE_ID\) is given but --call-from"),
        (None, CALLER, r"--call-from \(VIDEOSDK_CALL_FROM\) is given but --call-rule"),
    ],
)
def test_a_bad_call_rule_or_caller_is_refused_by_name(
    rule: str | None, caller: str | None, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        SafetyPolicy(embedded=False, allow_calls=True, call_rule_id=rule, call_from=caller)


def test_the_command_refuses_a_bad_caller_before_anything_is_sent() -> None:
    run = run_contract(
        "--allow-calls",
        "--call-to",
        DESTINATION,
        "--call-rule",
        CALL_RULE,
        environ={**remote_environ("http://127.0.0.1:9"), "VIDEOSDK_CALL_FROM": "nobody"},
    )
    assert run.code == 2
    assert run.outcome is None
    assert "--call-from (VIDEOSDK_CALL_FROM): 'nobody' is not an E.164 number" in run.err


def test_calls_go_to_the_destination_and_numbers_come_from_the_test_range() -> None:
    policy = SafetyPolicy(
        embedded=False, allow_calls=True, call_destination=DESTINATION, test_numbers=TEST_NUMBERS
    )
    call = policy.confine_call({"sipCallTo": "+14155550100", "sipCallFrom": "+1415"})
    assert call["sipCallTo"] == DESTINATION
    assert (
        policy.confine_call({"callId": "c", "transferTo": "sip:a@b"})["transferTo"] == DESTINATION
    )
    numbers = policy.confine_numbers(
        {"phoneNumbers": ["+14155550100", "+14150002222"], "inbound": {"numbers": ["+19998887777"]}}
    )
    assert set(numbers["phoneNumbers"]) | set(numbers["inbound"]["numbers"]) <= set(TEST_NUMBERS)


def test_a_bad_test_number_or_destination_is_refused_by_name() -> None:
    with pytest.raises(UsageError, match=r"VIDEOSDK_TEST_NUMBERS\[1\]: '4155' is not an E.164"):
        parse_test_numbers("+14150001111, 4155")
    with pytest.raises(UsageError, match=r"--call-to: 'nobody' is not an E\.164 number"):
        SafetyPolicy(embedded=False, allow_calls=True, call_destination="nobody")


def test_a_call_action_names_only_a_call_of_the_run() -> None:
    calls = PlacedCalls()
    assert calls.permit("someone-elses-call") == NOT_A_CALL
    calls.learn({"callId": "mine", "status": "answered"})
    assert calls.permit("mine") == "mine"
    assert calls.permit("someone-elses-call") == "mine"


def test_a_release_names_only_a_test_number_and_never_the_call_routes() -> None:
    numbers = ReleasableNumbers(TEST_NUMBERS, protected=("+15005550199",))
    numbers.learn(
        {
            "data": [
                {"phoneNumberId": "pn_test", "e164": TEST_NUMBERS[0]},
                {"phoneNumberId": "pn_real", "e164": "+14155550100"},
                {"phoneNumberId": "pn_route", "e164": "+15005550199"},
            ]
        }
    )
    assert numbers.permit("pn_test") == "pn_test"
    assert numbers.permit("pn_real") != "pn_real"
    assert numbers.permit("pn_never_seen") != "pn_never_seen"
    assert numbers.permit("pn_route") != "pn_route"


def test_every_kind_is_marked_as_its_schema_allows() -> None:
    marker = RuleMarker(
        prefix="videosdk-sip-contract-ab12-", gateway_id="g", webhook_base=WEBHOOK_SINK
    )
    webhook = marker.mark_webhook({"url": "https://example.com/hook", "events": ["call-started"]})
    assert webhook["url"].startswith(WEBHOOK_SINK), "a server's webhooks point nowhere real"
    assert WEBHOOK.owns(marker, webhook)
    assert not WEBHOOK.owns(marker, {"url": "https://example.com/hook"})
    call = marker.mark_call({"sipCallTo": "+1", "metadata": {"team": "a"}})
    assert marker.owns_call(call)
    assert call["metadata"]["team"] == "a"
    gateway = marker.mark_create({"name": "gw", "numbers": []})
    assert KINDS[-1].owns(marker, gateway)
    assert [kind.name for kind in KINDS] == [
        "number routing rule",
        "routing rule",
        "webhook",
        "inbound gateway",
        "outbound gateway",
    ], "rules go before the gateways they name"


def _text(value: object) -> bool:
    return isinstance(value, str) and value != ""


# Whole runs ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_against_a_server_calls_and_number_changes_are_never_sent_and_said_not_exercised() -> None:
    server = RecordingRequests(
        MockSettings(credentials={API_KEY: SECRET}, phone_numbers=example_numbers())
    )
    with serving(server) as url:
        run = run_contract("--seed", "3", "--no-progress", *SMALL, environ=remote_environ(url))

    for path in CALL_PATHS:
        assert server.sent("POST", path) == [], (
            f"POST {path} reached a server without --allow-calls"
        )
    for path in NUMBER_CHANGES:
        assert server.sent("POST", path) == [], f"POST {path} reached a server without test numbers"
    assert server.posted_under("/v2/sip/phone-numbers/", "/release") == []
    assert not [p for m, p, _ in server.seen if m == "PATCH" and "/phone-numbers/gateways/" in p]
    withheld = run.result.results.not_applicable
    for label in ("POST /v2/sip/call", "POST /v2/sip/call/end", "POST /v2/sip/phone-numbers"):
        assert label in withheld
        assert "not exercised" in withheld[label]
    for _, path, body in server.seen:
        if (
            path == "/v2/sip/webhooks"
            and isinstance(body, dict)
            and isinstance(body.get("url"), str)
        ):
            assert body["url"].startswith(WEBHOOK_SINK) or not body["url"].startswith("http")
    assert run.code == 0, run.out


@pytest.mark.slow
def test_with_calls_allowed_every_call_goes_to_the_destination_and_numbers_to_the_test_range() -> (
    None
):
    server = RecordingRequests(
        MockSettings(credentials={API_KEY: SECRET}, phone_numbers=example_numbers())
    )
    users_rule = server.app.stores.number_rules.create(  # type: ignore[attr-defined]
        API_KEY,
        {
            "name": "the user's outbound rule",
            "type": "outbound",
            "phoneNumbers": [CALLER],
            "room": {"type": "static", "id": "room_user"},
        },
    )
    rule_id = str(users_rule.fields["id"])
    environ = remote_environ(
        url="", VIDEOSDK_TEST_NUMBERS=",".join(TEST_NUMBERS), VIDEOSDK_CALL_RULE_ID=rule_id
    )
    with serving(server) as url:
        environ["VIDEOSDK_BASE_URL"] = url
        run = run_contract(
            "--seed",
            "3",
            "--no-progress",
            "--allow-calls",
            "--call-to",
            DESTINATION,
            "--call-from",
            CALLER,
            "--api",
            "current",
            *SMALL,
            environ=environ,
        )

    calls = [body for body in server.sent("POST", "/v2/sip/call") if isinstance(body, dict)]
    assert calls, "calls were allowed but none was sent"
    named_rules = {body["routingRuleId"] for body in calls if _text(body.get("routingRuleId"))}
    assert named_rules == {rule_id}, "every call goes through the user's outbound rule"
    callers = {body["sipCallFrom"] for body in calls if E164.match(str(body.get("sipCallFrom")))}
    assert callers == {CALLER}
    assert run.result.results.statuses[("POST /v2/sip/call", 200)] > 0, (
        "no call was placed through the user's rule"
    )
    rule_path = f"/v2/sip/routing-rule/{rule_id}"
    changes = [(m, p) for m, p, _ in server.seen if p == rule_path and m != "GET"]
    assert changes == [], "the user's outbound rule was changed or deleted"
    kept = server.app.stores.number_rules.get(API_KEY, rule_id)  # type: ignore[attr-defined]
    assert kept is not None
    assert kept.fields["numbers"] == [CALLER]
    assert kept.fields["name"] == "the user's outbound rule"
    assert {body.get("sipCallTo") for body in calls if isinstance(body.get("sipCallTo"), str)} == {
        DESTINATION
    }
    transfers = server.sent("POST", "/v2/sip/call/transfer")
    assert all(
        body.get("transferTo") == DESTINATION
        for body in transfers
        if isinstance(body, dict) and isinstance(body.get("transferTo"), str)
    )
    for body in server.sent("POST", "/v2/sip/phone-numbers"):
        if isinstance(body, dict) and isinstance(body.get("phoneNumbers"), list):
            # Only valid numbers can provision anything; the rest is refused by the schema.
            valid = {n for n in body["phoneNumbers"] if isinstance(n, str) and E164.match(n)}
            assert valid <= set(TEST_NUMBERS)
    assert "POST /v2/sip/call" not in run.result.results.not_applicable
    cleanup = run.result.cleanup
    assert cleanup is not None
    registered_before = set(TEST_NUMBERS) & set(example_numbers())
    assert registered_before, "the server should hold one test number before the run"
    assert not set(cleanup.released) & registered_before, "released a number it did not provision"
    assert set(cleanup.released) <= set(TEST_NUMBERS)
    assert run.result.requests_by_phase()[SETUP] == len(TEST_NUMBERS), "one ask per test number"


@pytest.mark.slow
def test_the_whole_api_passes_against_the_embedded_mock_and_the_accounts_add_up() -> None:
    run = run_contract("--seed", "1", "--no-progress", *SMALL)

    assert run.code == 0, run.out
    results = run.result.results
    assert results.not_applicable.get("POST /v2/sip/call") is None
    assert run.result.webhooks is None
    assert "no receiver given" in results.not_applicable[WEBHOOK_PHASE], "said, not silent"
    cleanup = run.result.cleanup
    assert cleanup is not None
    assert [account.kind for account in cleanup.accounts] == [
        *(kind.name for kind in KINDS),
        NUMBER_KIND,
    ]
    for account in cleanup.accounts:
        assert account.created > 0, f"the run created no {account.kind}"
        assert account.adds_up, account
        assert account.left_over == 0
    numbers = cleanup.accounts[-1]
    assert numbers.deleted_by_cleanup == len(cleanup.released) > 0, "no number was released"
    assert not set(cleanup.released) & set(example_numbers()), "released a number it found"
    assert cleanup.tracked == sum(account.created for account in cleanup.accounts[:-1])
    assert cleanup.leftovers == ()
    assert cleanup.requests > 0

    phases = run.result.requests_by_phase()
    assert list(phases) == [*PHASES, SECOND_IDENTITY, CLEANUP]
    for phase in ("examples", "coverage", "fuzzing", "stateful", AUTH_PROBES, CLIENT_CHECK):
        assert phases[phase] > 0, f"no request counted for {phase}"
    assert phases[LIST_WALK] > 0
    assert phases[SETUP] == 0, "the embedded mock needs no setup requests"
    assert sum(phases[phase] for phase in PHASES) == sum(results.requests.values())
    assert phases[SECOND_IDENTITY] == results.peer_probes
    assert phases[CLEANUP] == cleanup.requests
