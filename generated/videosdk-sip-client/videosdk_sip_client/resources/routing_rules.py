"""`routing_rules`: the operations tagged `routing_rules`, as methods.

Generated from the document by scripts/generate (scripts/codegen/sdk_resources.py); each method
calls the generated function of its operation, so errors, tokens and retries are the client's.
"""

from __future__ import annotations

import builtins

from ..api.routing_rules import (
    create_routing_rule,
    delete_routing_rule,
    get_routing_rule,
    list_routing_rules,
    update_routing_rule,
)
from ..client import AuthenticatedClient
from ..models.agent_dispatch_input import AgentDispatchInput
from ..models.metadata_input import MetadataInput
from ..models.room_dispatch_input import RoomDispatchInput
from ..models.routing_rule import RoutingRule
from ..models.routing_rule_create import RoutingRuleCreate
from ..models.routing_rule_deleted import RoutingRuleDeleted
from ..models.routing_rule_page import RoutingRulePage
from ..models.routing_rule_update import RoutingRuleUpdate
from ..pagination import AsyncPager, Pager
from ..types import UNSET, ParsedResponse, Unset


class RoutingRulesResource:
    """The `routing_rules` operations; `with_raw_response` gives each one's response."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = RoutingRulesResourceWithRawResponse(client)

    def create(
        self,
        *,
        gateway_id: str,
        name: str,
        numbers: builtins.list[str],
        dispatch: AgentDispatchInput | RoomDispatchInput,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RoutingRule:
        """Create a routing rule."""
        body = RoutingRuleCreate(
            gateway_id=gateway_id,
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return create_routing_rule.sync(client=self._client, body=body)

    def delete(self, rule_id: str) -> RoutingRuleDeleted:
        """Delete a routing rule."""

        return delete_routing_rule.sync(rule_id, client=self._client)

    def get(self, rule_id: str) -> RoutingRule:
        """Fetch one routing rule."""

        return get_routing_rule.sync(rule_id, client=self._client)

    def list(
        self,
        *,
        gateway_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Pager[RoutingRulePage, RoutingRule]:
        """List routing rules: every item, fetched page by page as iteration needs it."""

        def fetch(page_to_fetch: int) -> RoutingRulePage:
            return list_routing_rules.sync(
                client=self._client, gateway_id=gateway_id, id=id, search=search, per_page=per_page, page=page_to_fetch
            )

        return Pager(fetch, page)

    def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        dispatch: AgentDispatchInput | RoomDispatchInput | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RoutingRule:
        """Change a routing rule."""
        body = RoutingRuleUpdate(
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return update_routing_rule.sync(rule_id, client=self._client, body=body)


class RoutingRulesResourceWithRawResponse:
    """Each `routing_rules` operation, answering the whole response: status, headers, bytes and
    the parsed model. Error answers raise, as everywhere (`error.response` holds them)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        gateway_id: str,
        name: str,
        numbers: builtins.list[str],
        dispatch: AgentDispatchInput | RoomDispatchInput,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[RoutingRule]:
        """Create a routing rule."""
        body = RoutingRuleCreate(
            gateway_id=gateway_id,
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return create_routing_rule.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def delete(self, rule_id: str) -> ParsedResponse[RoutingRuleDeleted]:
        """Delete a routing rule."""

        return delete_routing_rule.sync_detailed(rule_id, client=self._client, raise_on_error=True)

    def get(self, rule_id: str) -> ParsedResponse[RoutingRule]:
        """Fetch one routing rule."""

        return get_routing_rule.sync_detailed(rule_id, client=self._client, raise_on_error=True)

    def list(
        self,
        *,
        gateway_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[RoutingRulePage]:
        """List routing rules (one page)."""

        return list_routing_rules.sync_detailed(
            client=self._client,
            gateway_id=gateway_id,
            id=id,
            search=search,
            page=page,
            per_page=per_page,
            raise_on_error=True,
        )

    def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        dispatch: AgentDispatchInput | RoomDispatchInput | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[RoutingRule]:
        """Change a routing rule."""
        body = RoutingRuleUpdate(
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return update_routing_rule.sync_detailed(rule_id, client=self._client, body=body, raise_on_error=True)


class AsyncRoutingRulesResource:
    """`RoutingRulesResource` for asyncio."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = AsyncRoutingRulesResourceWithRawResponse(client)

    async def create(
        self,
        *,
        gateway_id: str,
        name: str,
        numbers: builtins.list[str],
        dispatch: AgentDispatchInput | RoomDispatchInput,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RoutingRule:
        """Create a routing rule."""
        body = RoutingRuleCreate(
            gateway_id=gateway_id,
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return await create_routing_rule.asyncio(client=self._client, body=body)

    async def delete(self, rule_id: str) -> RoutingRuleDeleted:
        """Delete a routing rule."""

        return await delete_routing_rule.asyncio(rule_id, client=self._client)

    async def get(self, rule_id: str) -> RoutingRule:
        """Fetch one routing rule."""

        return await get_routing_rule.asyncio(rule_id, client=self._client)

    def list(
        self,
        *,
        gateway_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncPager[RoutingRulePage, RoutingRule]:
        """List routing rules: every item, fetched page by page as `async for` needs it."""

        async def fetch(page_to_fetch: int) -> RoutingRulePage:
            return await list_routing_rules.asyncio(
                client=self._client, gateway_id=gateway_id, id=id, search=search, per_page=per_page, page=page_to_fetch
            )

        return AsyncPager(fetch, page)

    async def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        dispatch: AgentDispatchInput | RoomDispatchInput | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> RoutingRule:
        """Change a routing rule."""
        body = RoutingRuleUpdate(
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return await update_routing_rule.asyncio(rule_id, client=self._client, body=body)


class AsyncRoutingRulesResourceWithRawResponse:
    """`RoutingRulesResourceWithRawResponse` for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        gateway_id: str,
        name: str,
        numbers: builtins.list[str],
        dispatch: AgentDispatchInput | RoomDispatchInput,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[RoutingRule]:
        """Create a routing rule."""
        body = RoutingRuleCreate(
            gateway_id=gateway_id,
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return await create_routing_rule.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def delete(self, rule_id: str) -> ParsedResponse[RoutingRuleDeleted]:
        """Delete a routing rule."""

        return await delete_routing_rule.asyncio_detailed(rule_id, client=self._client, raise_on_error=True)

    async def get(self, rule_id: str) -> ParsedResponse[RoutingRule]:
        """Fetch one routing rule."""

        return await get_routing_rule.asyncio_detailed(rule_id, client=self._client, raise_on_error=True)

    async def list(
        self,
        *,
        gateway_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[RoutingRulePage]:
        """List routing rules (one page)."""

        return await list_routing_rules.asyncio_detailed(
            client=self._client,
            gateway_id=gateway_id,
            id=id,
            search=search,
            page=page,
            per_page=per_page,
            raise_on_error=True,
        )

    async def update(
        self,
        rule_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        dispatch: AgentDispatchInput | RoomDispatchInput | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        metadata: MetadataInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[RoutingRule]:
        """Change a routing rule."""
        body = RoutingRuleUpdate(
            name=name,
            numbers=numbers,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        return await update_routing_rule.asyncio_detailed(rule_id, client=self._client, body=body, raise_on_error=True)
