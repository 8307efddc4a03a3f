"""Cleanup releases the phone numbers the run provisioned, after the rules and gateways, and
no other number."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.contract.calls import ReleasableNumbers
from videosdk_sip.contract.cleanup import NUMBER_KIND, clean_up
from videosdk_sip.contract.marking import RuleMarker
from videosdk_sip.contract.ownership import KINDS, Ledger
from videosdk_sip.contract.transport import InProcessTransport
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import API_KEY, SECRET

BEFORE = "+14150001111"
"""Registered before the run: the user's."""
PROVISIONED = ("+14150002222", "+14150003333")
RELEASED_DURING_RUN = "+14150004444"
PREFIX = "videosdk-sip-contract-0a1b2c3d-"
NUMBERS = "/v2/sip/phone-numbers"


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    app = create_app(MockSettings(credentials={API_KEY: SECRET}, phone_numbers=(BEFORE,)))
    with httpx.Client(
        transport=InProcessTransport(app),
        base_url="http://testserver",
        headers={"Authorization": mint_token(API_KEY, SECRET)},
    ) as client:
        yield client


def _provision(http: httpx.Client, numbers: list[str]) -> dict[str, object]:
    body: dict[str, object] = {
        "name": f"{PREFIX}numbers",
        "phoneNumbers": numbers,
        "inbound": {"sipRegion": "us002"},
        "outbound": {"sipRegion": "us002", "address": "sip.example.com", "transport": "tls"},
    }
    assert http.post(NUMBERS, json=body).status_code == 200
    return body


def _registered(http: httpx.Client, e164: str) -> bool:
    return http.get(f"{NUMBERS}/{quote(e164, safe='')}").status_code == 200


def test_cleanup_releases_only_the_numbers_the_run_provisioned_and_counts_them(
    http: httpx.Client,
) -> None:
    numbers = ReleasableNumbers(None, registered=frozenset({BEFORE}))
    # The run's creates: one names the user's number as well (it was registered before).
    numbers.note_provisioned(_provision(http, [*PROVISIONED, BEFORE]))
    numbers.note_provisioned(_provision(http, [RELEASED_DURING_RUN]))
    number_id = http.get(f"{NUMBERS}/{quote(RELEASED_DURING_RUN, safe='')}").json()
    released = http.post(f"{NUMBERS}/{number_id['phoneNumber']['phoneNumberId']}/release")
    numbers.note_released(released.json())
    assert numbers.provisioned() == [*PROVISIONED, RELEASED_DURING_RUN]

    report = clean_up(
        http,
        Ledger(RuleMarker(prefix=PREFIX, gateway_id="gw")),
        numbers=numbers.provisioned(),
        released_during_run=numbers.released_during_run(),
    )

    assert _registered(http, BEFORE), "a number the run did not provision was released"
    for e164 in PROVISIONED:
        assert not _registered(http, e164), f"{e164} was left registered"
    assert report.released == PROVISIONED
    assert [account.kind for account in report.accounts] == [
        *(kind.name for kind in KINDS),
        NUMBER_KIND,
    ], "numbers are released last, after the rules and gateways that name them"
    account = report.accounts[-1]
    assert (account.created, account.deleted_during_run, account.deleted_by_cleanup) == (3, 1, 2)
    assert account.left_over == 0
    assert account.adds_up
    assert report.ok


def test_a_number_the_server_will_not_release_is_left_over_and_said() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.startswith(NUMBERS + "/"):
            record = {"phoneNumberId": "pn_1", "e164": PROVISIONED[0], "status": "ACTIVE"}
            return httpx.Response(200, json={"phoneNumber": record})
        if request.method == "POST":
            return httpx.Response(500, json={"message": "no"})
        return httpx.Response(200, json={"pageInfo": {"lastPage": 1}, "data": []})

    with httpx.Client(transport=httpx.MockTransport(handler), base_url="http://x") as http:
        report = clean_up(
            http, Ledger(RuleMarker(prefix=PREFIX, gateway_id="gw")), numbers=[PROVISIONED[0]]
        )

    assert report.leftovers == (PROVISIONED[0],)
    assert report.accounts[-1].left_over == 1
    assert report.accounts[-1].adds_up
    assert f"POST {NUMBERS}/pn_1/release answered 500" in report.problems
    assert not report.ok


def test_the_users_numbers_the_callers_and_numbers_outside_the_range_are_never_provisioned() -> (
    None
):
    numbers = ReleasableNumbers(
        (PROVISIONED[0], BEFORE, "+15005550199"),
        protected=("+15005550199",),
        registered=frozenset({BEFORE}),
    )
    numbers.note_provisioned({"phoneNumbers": [PROVISIONED[0], BEFORE, "+15005550199", "+1999"]})
    assert numbers.provisioned() == [PROVISIONED[0]]
