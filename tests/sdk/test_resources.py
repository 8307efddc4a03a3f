"""`VideoSDK(...).sip.<resource>.<verb>(...)` against a mock on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from videosdk_sip_client import AsyncVideoSDK, NotFoundError, ValidationError, VideoSDK
from videosdk_sip_client.models import (
    AgentDispatchInput,
    AgentInput,
    RoomDispatchInput,
    RoutingRule,
    StaticRoomInput,
)
from videosdk_sip_client.types import ParsedResponse

from .helpers import API_KEY, OUTBOUND, SECRET, Counting, mock_url


@pytest.fixture
def url() -> Iterator[str]:
    with mock_url() as base_url:
        yield base_url


def _sdk(url: str, transport: httpx.BaseTransport | None = None) -> VideoSDK:
    return VideoSDK(api_key=API_KEY, secret=SECRET, base_url=url, transport=transport)


def test_a_rule_goes_through_its_whole_life_with_keyword_arguments(url: str) -> None:
    with _sdk(url) as sdk:
        rule = sdk.sip.routing_rules.create(
            gateway_id=OUTBOUND,
            name="Front desk",
            numbers=["+14150003333"],
            dispatch=RoomDispatchInput(room=StaticRoomInput(id="room_front_desk")),
            tags=["desk"],
        )
        assert isinstance(rule, RoutingRule)
        assert rule.to_dict()["dispatch"] == {"room": {"type": "static", "id": "room_front_desk"}}
        assert sdk.sip.routing_rules.get(rule.id).name == "Front desk"
        changed = sdk.sip.routing_rules.update(
            rule.id, dispatch=AgentDispatchInput(agent=AgentInput(type_="cloud", id="agent_1"))
        )
        assert changed.to_dict()["dispatch"] == {"agent": {"type": "cloud", "id": "agent_1"}}
        assert [r.id for r in sdk.sip.routing_rules.list(search="Front")] == [rule.id]
        assert sdk.sip.routing_rules.delete(rule.id).rule_id == rule.id
        with pytest.raises(NotFoundError):
            sdk.sip.routing_rules.get(rule.id)


def test_a_bad_request_raises_the_typed_error(url: str) -> None:
    with _sdk(url) as sdk, pytest.raises(ValidationError):
        sdk.sip.routing_rules.create(
            gateway_id=OUTBOUND,
            name="x",
            numbers=["not-a-number"],
            dispatch=RoomDispatchInput(room=StaticRoomInput(id="r")),
        )


def test_a_listing_pages_lazily(url: str) -> None:
    counting = Counting()
    with _sdk(url, counting) as sdk:
        made = [
            sdk.sip.routing_rules.create(
                gateway_id=OUTBOUND,
                name=f"Paged {n}",
                numbers=[f"+1415000444{n}"],
                dispatch=RoomDispatchInput(room=StaticRoomInput(id=f"room_{n}")),
            ).id
            for n in range(3)
        ]
        counting.paths.clear()
        pager = sdk.sip.routing_rules.list(search="Paged", per_page=2)
        assert counting.paths == []  # nothing is fetched until iteration
        walk = iter(pager)
        first = next(walk)
        assert len(counting.paths) == 1
        assert "page=1" in counting.paths[0]
        rest = list(walk)
        assert [first.id, *(r.id for r in rest)] == made
        assert len(counting.paths) == 2
        assert "page=2" in counting.paths[1]
        assert [len(page.data) for page in pager.pages()] == [2, 1]
        assert [r.id for r in sdk.sip.routing_rules.list(search="Paged", per_page=2, page=2)] == [
            made[2]
        ]


def test_the_raw_response_has_the_headers_and_a_precise_parsed_model(url: str) -> None:
    with _sdk(url) as sdk:
        created = sdk.sip.routing_rules.with_raw_response.create(
            gateway_id=OUTBOUND,
            name="Raw",
            numbers=["+14150005555"],
            dispatch=RoomDispatchInput(room=StaticRoomInput(id="room_raw")),
        )
        assert isinstance(created, ParsedResponse)
        assert created.status_code == 200
        assert isinstance(created.parsed, RoutingRule)
        assert created.headers["content-type"].startswith("application/json")
        with pytest.raises(NotFoundError) as caught:
            sdk.sip.routing_rules.with_raw_response.get("rule_missing")
        assert caught.value.response is not None
        assert caught.value.response.status_code == 404


def test_a_ready_client_or_its_settings_but_not_both() -> None:
    with pytest.raises(ValueError, match="client: give a ready client or the settings"):
        VideoSDK(client=_sdk("http://127.0.0.1:9").client, timeout=5)


def test_the_async_client_does_the_same(url: str) -> None:
    async def scenario() -> None:
        async with AsyncVideoSDK(api_key=API_KEY, secret=SECRET, base_url=url) as sdk:
            ids = []
            for n in range(3):
                rule = await sdk.sip.routing_rules.create(
                    gateway_id=OUTBOUND,
                    name=f"Async {n}",
                    numbers=[f"+1415000666{n}"],
                    dispatch=RoomDispatchInput(room=StaticRoomInput(id=f"room_{n}")),
                )
                ids.append(rule.id)
            assert (await sdk.sip.routing_rules.get(ids[0])).name == "Async 0"
            listed = [r.id async for r in sdk.sip.routing_rules.list(search="Async", per_page=2)]
            assert listed == ids
            raw = await sdk.sip.routing_rules.with_raw_response.delete(ids[0])
            assert raw.parsed.rule_id == ids[0]
            with pytest.raises(NotFoundError):
                await sdk.sip.routing_rules.get(ids[0])

    asyncio.run(scenario())
