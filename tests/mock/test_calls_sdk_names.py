"""A call is answered under the vendor's server SDK's names too (decision C10): the SDK hands
its caller `res.data` from create, get, transfer, end and switch-room as its `SipCall` type,
whose id is `id` and whose numbers are `to` and `from`, so the mock answers those beside
`callId`, `sipCallTo` and `sipCallFrom`, in every answer and webhook payload."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from videosdk_sip.mock.app import MockApp

from .calls_helpers import CALLEE, CALLER, CALLS, call_body, outbound_rule

pytestmark = pytest.mark.anyio


def assert_sdk_names(call: dict[str, Any]) -> None:
    assert call["id"] == call["callId"]
    assert call["to"] == call["sipCallTo"] == CALLEE
    assert call["from"] == call["sipCallFrom"] == CALLER


async def test_every_call_answer_carries_the_sdk_names(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    assert_sdk_names(placed)
    call_id = placed["callId"]
    assert_sdk_names((await client.get(f"{CALLS}/{call_id}")).json()["data"])
    listed = (await client.get(CALLS, params={"id": call_id})).json()["data"]
    assert [item["id"] for item in listed] == [call_id]
    moved = await client.post(f"{CALLS}/switch-room", json={"callId": call_id, "roomId": "r_2"})
    assert_sdk_names(moved.json()["data"])
    transfer = {"callId": call_id, "transferTo": "+14155550199"}
    assert_sdk_names((await client.post(f"{CALLS}/transfer", json=transfer)).json()["data"])
    second = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    ended = await client.post(f"{CALLS}/end", json={"callId": second["id"]})
    assert ended.json()["data"]["status"] == "ended"
    assert_sdk_names(ended.json()["data"])


async def test_a_call_is_found_by_the_id_the_sdk_reads(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    placed = (await client.post(CALLS, json=call_body(outbound_rule(app)))).json()["data"]
    fetched = await client.get(f"{CALLS}/{placed['id']}")
    assert fetched.status_code == 200
    assert fetched.json()["data"]["callId"] == placed["callId"]
