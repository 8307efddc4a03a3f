"""A small app that uses every resource of the client, checked by mypy --strict.

`tests/sdk/test_example_app.py` runs it against a mock and checks that it touches every
resource the document has, so a new tag needs a line here.
"""

from __future__ import annotations

import asyncio
from typing import assert_type

from videosdk_sip_client import AsyncVideoSDK, NotFoundError, Pager, VideoSDK
from videosdk_sip_client.api.routing_rules import get_routing_rule
from videosdk_sip_client.models import (
    AgentDispatchInput,
    AgentInput,
    CallAnswer,
    DynamicRuleRoomInput,
    Error,
    InboundProvisioning,
    MetadataInput,
    NumberRoutingRule,
    OutboundProvisioning,
    PhoneNumberDetail,
    RoomDispatchInput,
    RoutingRule,
    RoutingRuleDeleted,
    RoutingRulePage,
    SipGateway,
    StaticRoomInput,
    Webhook,
    WebhookEventName,
)
from videosdk_sip_client.types import ParsedResponse, Response


def routing_rules(sdk: VideoSDK, gateway_id: str) -> list[str]:
    """Create, read, change, list and delete a rule; the ids seen along the way."""
    rule = sdk.sip.routing_rules.create(
        gateway_id=gateway_id,
        name="Front desk",
        numbers=["+14150003333"],
        dispatch=RoomDispatchInput(room=StaticRoomInput(id="room_front_desk")),
        metadata=MetadataInput(team="support"),
    )
    assert_type(rule, RoutingRule)
    fetched = sdk.sip.routing_rules.get(rule.id)
    changed = sdk.sip.routing_rules.update(
        fetched.id, dispatch=AgentDispatchInput(agent=AgentInput(type_="cloud", id="agent_1"))
    )
    pager = sdk.sip.routing_rules.list(gateway_id=gateway_id, per_page=50)
    assert_type(pager, Pager[RoutingRulePage, RoutingRule])
    listed = [item.id for item in pager]
    raw = sdk.sip.routing_rules.with_raw_response.get(changed.id)
    assert_type(raw, ParsedResponse[RoutingRule])
    assert_type(raw.parsed, RoutingRule)
    detailed = get_routing_rule.sync_detailed(changed.id, client=sdk.client, raise_on_error=True)
    assert_type(detailed.parsed, RoutingRule)
    loose = get_routing_rule.sync_detailed(changed.id, client=sdk.client)
    assert_type(loose, Response[Error | RoutingRule])
    deleted = sdk.sip.routing_rules.delete(changed.id)
    assert_type(deleted, RoutingRuleDeleted)
    try:
        sdk.sip.routing_rules.get(changed.id)
    except NotFoundError as error:
        listed.append(f"gone: {error.status}")
    return [rule.id, raw.parsed.id, *listed]


def whole_setup(sdk: VideoSDK, numbers: list[str]) -> list[str]:
    """Provision numbers, route them, place and end a call, and clean up: the current API."""
    sdk.sip.phone_numbers.create(
        name="Support line",
        phone_numbers=numbers,
        inbound=InboundProvisioning(sip_region="us002"),
        outbound=OutboundProvisioning(address="sip.example.com:5061", transport="tls"),
    )
    detail = sdk.sip.phone_numbers.get(numbers[0])
    assert_type(detail, PhoneNumberDetail)
    gateways: list[SipGateway] = [
        *sdk.sip.inbound_gateways.list(search="Support line"),
        *sdk.sip.outbound_gateways.list(search="Support line"),
    ]
    rule = sdk.sip.number_routing_rules.create(
        name="Outbound support",
        type_="outbound",
        phone_numbers=numbers,
        room=DynamicRuleRoomInput(prefix="blank"),
    )
    assert_type(rule, NumberRoutingRule)
    hook = sdk.sip.webhooks.create(
        url="http://127.0.0.1:9/events", events=[WebhookEventName.CALL_ANSWERED]
    )
    assert_type(hook, Webhook)
    call = sdk.sip.calls.create(
        sip_call_to="+14155550123", sip_call_from=numbers[0], routing_rule_id=rule.id
    )
    assert_type(call, CallAnswer)
    ended = sdk.sip.calls.end(call_id=call.data.call_id)
    hook_id = hook.id if isinstance(hook.id, str) else str(hook.webhook_id)
    sdk.sip.webhooks.delete(hook_id)
    sdk.sip.number_routing_rules.delete(rule.id)
    released = sdk.sip.phone_numbers.release(detail.phone_number.phone_number_id)
    return [gateway.id for gateway in gateways] + [str(ended.data.status), str(released.e164)]


async def routing_rules_async(sdk: AsyncVideoSDK, gateway_id: str) -> list[str]:
    rule = await sdk.sip.routing_rules.create(
        gateway_id=gateway_id,
        name="Async desk",
        numbers=["+14150007777"],
        dispatch=RoomDispatchInput(room=StaticRoomInput(type_="static", id="room_async")),
    )
    ids = [item.id async for item in sdk.sip.routing_rules.list(search="Async desk")]
    await sdk.sip.routing_rules.delete(rule.id)
    return ids


def main(base_url: str, api_key: str, secret: str, gateway_id: str) -> list[str]:
    with VideoSDK(api_key=api_key, secret=secret, base_url=base_url) as sdk:
        seen = routing_rules(sdk, gateway_id)

    async def run_async() -> list[str]:
        async with AsyncVideoSDK(api_key=api_key, secret=secret, base_url=base_url) as sdk:
            return await routing_rules_async(sdk, gateway_id)

    return seen + asyncio.run(run_async())
