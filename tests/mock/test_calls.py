"""Calls on the instant schedule: create validates the rule and the caller, each outcome
walks its lifecycle, transfer, end and switch-room change the state as documented, an action
the state does not allow is a 409 naming `callId`, and lists filter and page."""

from __future__ import annotations

import httpx
import pytest

from videosdk_sip.mock.app import MockApp
from videosdk_sip.mock.call_settings import CallSettings
from videosdk_sip.mock.settings import MockSettings

from .calls_helpers import CALLEE, CALLER, CALLS, call_body, outbound_rule, statuses
from .helpers import KEY_A, KEY_B, SECRET_A, SECRET_B

pytestmark = pytest.mark.anyio

NEVER_ANSWERS = "+14155550001"
HANGS_UP = "+14155550002"
REJECTS = "+14155550003"
FAILS = "+14155550004"


@pytest.fixture
def settings() -> MockSettings:
    outcomes = {
        NEVER_ANSWERS: "not-answered",
        HANGS_UP: "hangup",
        REJECTS: "rejected",
        FAILS: "failed",
    }
    return MockSettings(
        credentials={KEY_A: SECRET_A, KEY_B: SECRET_B}, calls=CallSettings(outcomes=outcomes)
    )


@pytest.mark.parametrize(
    ("callee", "final", "timelog"),
    [
        (CALLEE, "answered", ["INITIATED", "RINGING", "ANSWERED"]),
        (HANGS_UP, "ended", ["INITIATED", "RINGING", "ANSWERED", "ENDED"]),
        (NEVER_ANSWERS, "not-answered", ["INITIATED", "RINGING", "NOT_ANSWERED"]),
        (REJECTS, "rejected", ["INITIATED", "RINGING", "REJECTED"]),
        (FAILS, "failed", ["INITIATED", "FAILED"]),
    ],
)
async def test_each_outcome_walks_its_lifecycle(
    client: httpx.AsyncClient, app: MockApp, callee: str, final: str, timelog: list[str]
) -> None:
    rule_id = outbound_rule(app)
    answer = await client.post(CALLS, json=call_body(rule_id, sipCallTo=callee))
    assert answer.status_code == 200
    placed = answer.json()["data"]
    assert placed["status"] == final
    assert statuses(placed) == timelog
    assert placed["sipCallTo"] == callee
    assert placed["sipCallFrom"] == CALLER
    assert placed["ruleId"] == rule_id
    assert placed["roomId"] == "room_123456"
    assert (placed["end"] is None) == (final == "answered")
    fetched = await client.get(f"{CALLS}/{placed['callId']}")
    assert fetched.json()["data"] == placed


async def test_the_destination_room_wins_over_the_rules(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    rule_id = outbound_rule(app)
    answer = await client.post(CALLS, json=call_body(rule_id, destinationRoomId="room_other"))
    assert answer.json()["data"]["roomId"] == "room_other"


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"sipCallFrom": "+14155550999"}, "sipCallFrom", "rule-number"),
        ({"sipCallTo": "14155550123"}, "sipCallTo", "pattern"),
        ({"gatewayId": "gw_1"}, "gatewayId", "additionalProperties"),
        ({"ringingTimeout": 0}, "ringingTimeout", "minimum"),
    ],
)
async def test_a_bad_call_is_refused_naming_field_and_rule_and_stores_nothing(
    client: httpx.AsyncClient, app: MockApp, change: dict[str, object], field: str, rule: str
) -> None:
    rule_id = outbound_rule(app)
    answer = await client.post(CALLS, json={**call_body(rule_id), **change})
    assert answer.status_code == 400
    assert (answer.json()["field"], answer.json()["rule"]) == (field, rule)
    assert (await client.get(CALLS)).json()["pageInfo"]["total"] == 0


async def test_an_inbound_unknown_or_other_keys_rule_cannot_place_a_call(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient, app: MockApp
) -> None:
    inbound = outbound_rule(app, kind="inbound")
    answer = await client.post(CALLS, json=call_body(inbound))
    assert (answer.status_code, answer.json()["rule"]) == (400, "outbound")
    theirs = outbound_rule(app)
    for who, rule_id in ((client_b, theirs), (client, "rr_unknown")):
        answer = await who.post(CALLS, json=call_body(rule_id))
        assert answer.status_code == 404
        assert (answer.json()["field"], answer.json()["rule"]) == ("routingRuleId", "exists")
    assert (await client.get(CALLS)).json()["pageInfo"]["total"] == 0


async def test_a_transfer_ends_the_original_call(client: httpx.AsyncClient, app: MockApp) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    answer = await client.post(
        f"{CALLS}/transfer", json={"callId": placed["callId"], "transferTo": "sip:desk@pbx.test"}
    )
    assert answer.status_code == 200
    moved = answer.json()["data"]
    assert statuses(moved)[3:] == [
        "TRANSFER_INITIATED",
        "TRANSFER_RINGING",
        "TRANSFER_ACCEPTED",
        "TRANSFERRING",
        "TRANSFERRED",
        "ENDED",
    ]
    assert moved["status"] == "ended"


async def test_a_transfer_to_a_number_that_never_answers_fails_and_the_call_stays(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    answer = await client.post(
        f"{CALLS}/transfer", json={"callId": placed["callId"], "transferTo": NEVER_ANSWERS}
    )
    moved = answer.json()["data"]
    assert statuses(moved)[3:] == [
        "TRANSFER_INITIATED",
        "TRANSFER_RINGING",
        "TRANSFER_FAILED",
        "ANSWERED",
    ]
    assert moved["status"] == "answered"
    assert moved["end"] is None


async def test_switch_room_moves_the_call_and_keeps_it_answered(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    answer = await client.post(
        f"{CALLS}/switch-room", json={"callId": placed["callId"], "roomId": "room_654321"}
    )
    assert answer.status_code == 200
    assert answer.json()["statusCode"] == 200
    moved = answer.json()["data"]
    assert moved["roomId"] == "room_654321"
    assert moved["status"] == "answered"
    assert statuses(moved)[3:] == ["SWITCH_ROOM_INITIATED", "SWITCH_ROOM_COMPLETED", "ANSWERED"]


async def test_end_hangs_up_and_then_nothing_is_allowed(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    call_id = placed["callId"]
    ended = await client.post(f"{CALLS}/end", json={"callId": call_id})
    assert ended.status_code == 200
    assert ended.json()["data"]["status"] == "ended"
    assert ended.json()["data"]["end"] is not None
    for path, body in (
        ("end", {"callId": call_id}),
        ("transfer", {"callId": call_id, "transferTo": "+14155550199"}),
        ("switch-room", {"callId": call_id, "roomId": "room_2"}),
    ):
        refused = await client.post(f"{CALLS}/{path}", json=body)
        assert refused.status_code == 409, path
        assert refused.json()["code"] == "CONFLICT"
        assert (refused.json()["field"], refused.json()["rule"]) == ("callId", "status")
        assert "is ended" in refused.json()["message"]
    after = (await client.get(f"{CALLS}/{call_id}")).json()["data"]
    assert after == ended.json()["data"]


async def test_a_call_never_answered_cannot_be_transferred(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (
        await client.post(CALLS, json=call_body(outbound_rule(app), sipCallTo=NEVER_ANSWERS))
    ).json()["data"]
    refused = await client.post(
        f"{CALLS}/transfer", json={"callId": placed["callId"], "transferTo": "+14155550199"}
    )
    assert refused.status_code == 409
    assert "not-answered" in refused.json()["message"]


async def test_actions_on_unknown_or_other_keys_calls_are_404(
    client: httpx.AsyncClient, client_b: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    for who, call_id in ((client_b, placed["callId"]), (client, "call_unknown")):
        assert (await who.get(f"{CALLS}/{call_id}")).status_code == 404
        answer = await who.post(f"{CALLS}/end", json={"callId": call_id})
        assert (answer.status_code, answer.json()["field"]) == (404, "callId")
    assert (await client.get(f"{CALLS}/{placed['callId']}")).json()["data"]["status"] == "answered"


async def test_list_filters_and_pages(client: httpx.AsyncClient, app: MockApp) -> None:
    rule_id = outbound_rule(app)
    made = [
        (await client.post(CALLS, json=call_body(rule_id, sipCallTo=callee))).json()["data"]
        for callee in (CALLEE, NEVER_ANSWERS, HANGS_UP, "+442071234567")
    ]
    first = (await client.get(CALLS, params={"perPage": 3})).json()
    assert first["pageInfo"] == {"currentPage": 1, "perPage": 3, "lastPage": 2, "total": 4}
    assert [call["callId"] for call in first["data"]] == [call["callId"] for call in made[:3]]
    second = (await client.get(CALLS, params={"perPage": 3, "page": 2})).json()
    assert [call["callId"] for call in second["data"]] == [made[3]["callId"]]

    async def ids(**params: str | int) -> list[str]:
        page = (await client.get(CALLS, params=params)).json()
        return [call["callId"] for call in page["data"]]

    assert await ids(search="+44") == [made[3]["callId"]]
    assert await ids(id=made[1]["callId"]) == [made[1]["callId"]]
    assert await ids(ruleId="rr_other") == []
    assert await ids(ruleId=rule_id, type="outbound") == [call["callId"] for call in made]
    assert await ids(type="inbound") == []
    assert await ids(sessionId=made[2]["sessionId"]) == [made[2]["callId"]]
    assert len(await ids(roomId="room_123456")) == 4
    assert await ids(startDate=4102444800000) == []  # 2100-01-01
    assert await ids(endDate=0) == []
    assert len(await ids(startDate=0, endDate=4102444800000)) == 4
    refused = await client.get(CALLS, params={"type": "sideways"})
    assert (refused.status_code, refused.json()["field"]) == (400, "type")
