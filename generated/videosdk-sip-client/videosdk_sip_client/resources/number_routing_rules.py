"""`number_routing_rules`: the operations tagged `number_routing_rules`, as methods.

Generated from the document by scripts/generate (scripts/codegen/sdk_resources.py); each method
calls the generated function of its operation, so errors, tokens and retries are the client's.
"""

from __future__ import annotations

import builtins
from typing import Literal

from ..api.number_routing_rules import (
    create_number_routing_rule,
    delete_number_routing_rule,
    get_number_routing_rule,
    list_number_routing_rules,
    update_number_routing_rule,
)
from ..client import AuthenticatedClient
from ..models.dynamic_rule_room_input import DynamicRuleRoomInput
from ..models.include_headers import IncludeHeaders
from ..models.number_routing_rule import NumberRoutingRule
from ..models.number_routing_rule_create import NumberRoutingRuleCreate
from ..models.number_routing_rule_page import NumberRoutingRulePage
from ..models.number_routing_rule_update import NumberRoutingRuleUpdate
from ..models.routing_rule_deleted import RoutingRuleDeleted
from ..models.rule_direction import RuleDirection
from ..models.static_rule_room_input import StaticRuleRoomInput
from ..models.string_map_input import StringMapInput
from ..pagination import AsyncPager, Pager
from ..types import UNSET, ParsedResponse, Unset


class NumberRoutingRulesResource:
    """The `number_routing_rules` operations; `with_raw_response` gives each one's response."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = NumberRoutingRulesResourceWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        type_: RuleDirection | Literal["inbound", "outbound"],
        phone_numbers: builtins.list[str],
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> NumberRoutingRule:
        """Create a routing rule for phone numbers."""
        body = NumberRoutingRuleCreate(
            name=name,
            type_=type_,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return create_number_routing_rule.sync(client=self._client, body=body)

    def delete(self, rule_id: str) -> RoutingRuleDeleted:
        """Delete a routing rule for phone numbers."""

        return delete_number_routing_rule.sync(rule_id, client=self._client)

    def get(self, rule_id: str) -> NumberRoutingRule:
        """Fetch one routing rule for phone numbers."""

        return get_number_routing_rule.sync(rule_id, client=self._client)

    def list(
        self,
        *,
        search: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        rule_ids: str | Unset = UNSET,
        room_type: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Pager[NumberRoutingRulePage, NumberRoutingRule]:
        """List routing rules for phone numbers: every item, fetched page by page as iteration needs it."""

        def fetch(page_to_fetch: int) -> NumberRoutingRulePage:
            return list_number_routing_rules.sync(
                client=self._client,
                search=search,
                type_=type_,
                rule_ids=rule_ids,
                room_type=room_type,
                per_page=per_page,
                page=page_to_fetch,
            )

        return Pager(fetch, page)

    def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        phone_numbers: builtins.list[str] | Unset = UNSET,
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> NumberRoutingRule:
        """Change a routing rule for phone numbers."""
        body = NumberRoutingRuleUpdate(
            name=name,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return update_number_routing_rule.sync(rule_id, client=self._client, body=body)


class NumberRoutingRulesResourceWithRawResponse:
    """Each `number_routing_rules` operation, answering the whole response: status, headers, bytes and
    the parsed model. Error answers raise, as everywhere (`error.response` holds them)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        type_: RuleDirection | Literal["inbound", "outbound"],
        phone_numbers: builtins.list[str],
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> ParsedResponse[NumberRoutingRule]:
        """Create a routing rule for phone numbers."""
        body = NumberRoutingRuleCreate(
            name=name,
            type_=type_,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return create_number_routing_rule.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def delete(self, rule_id: str) -> ParsedResponse[RoutingRuleDeleted]:
        """Delete a routing rule for phone numbers."""

        return delete_number_routing_rule.sync_detailed(rule_id, client=self._client, raise_on_error=True)

    def get(self, rule_id: str) -> ParsedResponse[NumberRoutingRule]:
        """Fetch one routing rule for phone numbers."""

        return get_number_routing_rule.sync_detailed(rule_id, client=self._client, raise_on_error=True)

    def list(
        self,
        *,
        search: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        rule_ids: str | Unset = UNSET,
        room_type: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[NumberRoutingRulePage]:
        """List routing rules for phone numbers (one page)."""

        return list_number_routing_rules.sync_detailed(
            client=self._client,
            search=search,
            type_=type_,
            rule_ids=rule_ids,
            room_type=room_type,
            page=page,
            per_page=per_page,
            raise_on_error=True,
        )

    def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        phone_numbers: builtins.list[str] | Unset = UNSET,
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> ParsedResponse[NumberRoutingRule]:
        """Change a routing rule for phone numbers."""
        body = NumberRoutingRuleUpdate(
            name=name,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return update_number_routing_rule.sync_detailed(rule_id, client=self._client, body=body, raise_on_error=True)


class AsyncNumberRoutingRulesResource:
    """`NumberRoutingRulesResource` for asyncio."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = AsyncNumberRoutingRulesResourceWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        type_: RuleDirection | Literal["inbound", "outbound"],
        phone_numbers: builtins.list[str],
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> NumberRoutingRule:
        """Create a routing rule for phone numbers."""
        body = NumberRoutingRuleCreate(
            name=name,
            type_=type_,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return await create_number_routing_rule.asyncio(client=self._client, body=body)

    async def delete(self, rule_id: str) -> RoutingRuleDeleted:
        """Delete a routing rule for phone numbers."""

        return await delete_number_routing_rule.asyncio(rule_id, client=self._client)

    async def get(self, rule_id: str) -> NumberRoutingRule:
        """Fetch one routing rule for phone numbers."""

        return await get_number_routing_rule.asyncio(rule_id, client=self._client)

    def list(
        self,
        *,
        search: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        rule_ids: str | Unset = UNSET,
        room_type: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncPager[NumberRoutingRulePage, NumberRoutingRule]:
        """List routing rules for phone numbers: every item, fetched page by page as `async for` needs it."""

        async def fetch(page_to_fetch: int) -> NumberRoutingRulePage:
            return await list_number_routing_rules.asyncio(
                client=self._client,
                search=search,
                type_=type_,
                rule_ids=rule_ids,
                room_type=room_type,
                per_page=per_page,
                page=page_to_fetch,
            )

        return AsyncPager(fetch, page)

    async def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        phone_numbers: builtins.list[str] | Unset = UNSET,
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> NumberRoutingRule:
        """Change a routing rule for phone numbers."""
        body = NumberRoutingRuleUpdate(
            name=name,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return await update_number_routing_rule.asyncio(rule_id, client=self._client, body=body)


class AsyncNumberRoutingRulesResourceWithRawResponse:
    """`NumberRoutingRulesResourceWithRawResponse` for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        type_: RuleDirection | Literal["inbound", "outbound"],
        phone_numbers: builtins.list[str],
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> ParsedResponse[NumberRoutingRule]:
        """Create a routing rule for phone numbers."""
        body = NumberRoutingRuleCreate(
            name=name,
            type_=type_,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return await create_number_routing_rule.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def delete(self, rule_id: str) -> ParsedResponse[RoutingRuleDeleted]:
        """Delete a routing rule for phone numbers."""

        return await delete_number_routing_rule.asyncio_detailed(rule_id, client=self._client, raise_on_error=True)

    async def get(self, rule_id: str) -> ParsedResponse[NumberRoutingRule]:
        """Fetch one routing rule for phone numbers."""

        return await get_number_routing_rule.asyncio_detailed(rule_id, client=self._client, raise_on_error=True)

    async def list(
        self,
        *,
        search: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        rule_ids: str | Unset = UNSET,
        room_type: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[NumberRoutingRulePage]:
        """List routing rules for phone numbers (one page)."""

        return await list_number_routing_rules.asyncio_detailed(
            client=self._client,
            search=search,
            type_=type_,
            rule_ids=rule_ids,
            room_type=room_type,
            page=page,
            per_page=per_page,
            raise_on_error=True,
        )

    async def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        phone_numbers: builtins.list[str] | Unset = UNSET,
        api_key: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_metadata: StringMapInput | Unset = UNSET,
        room: DynamicRuleRoomInput | StaticRuleRoomInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        headers_to_attributes: StringMapInput | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        allowed_ip_addresses: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        recording: bool | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
    ) -> ParsedResponse[NumberRoutingRule]:
        """Change a routing rule for phone numbers."""
        body = NumberRoutingRuleUpdate(
            name=name,
            phone_numbers=phone_numbers,
            api_key=api_key,
            agent_id=agent_id,
            agent_metadata=agent_metadata,
            room=room,
            include_headers=include_headers,
            headers=headers,
            headers_to_attributes=headers_to_attributes,
            allowed_numbers=allowed_numbers,
            allowed_ip_addresses=allowed_ip_addresses,
            tags=tags,
            recording=recording,
            dtmf=dtmf,
            noise_cancellation=noise_cancellation,
            hide_phone_number=hide_phone_number,
        )

        return await update_number_routing_rule.asyncio_detailed(
            rule_id, client=self._client, body=body, raise_on_error=True
        )
