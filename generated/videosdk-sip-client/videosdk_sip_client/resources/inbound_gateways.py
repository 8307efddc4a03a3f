"""`inbound_gateways`: the operations tagged `inbound_gateways`, as methods.

Generated from the document by scripts/generate (scripts/codegen/sdk_resources.py); each method
calls the generated function of its operation, so errors, tokens and retries are the client's.
"""

from __future__ import annotations

import builtins
from typing import Literal

from ..api.inbound_gateways import (
    create_inbound_gateway,
    delete_inbound_gateway,
    get_inbound_gateway,
    list_inbound_gateways,
    update_inbound_gateway,
)
from ..client import AuthenticatedClient
from ..models.inbound_gateway_create import InboundGatewayCreate
from ..models.inbound_gateway_update import InboundGatewayUpdate
from ..models.media_encryption import MediaEncryption
from ..models.message_answer import MessageAnswer
from ..models.sip_auth_input import SipAuthInput
from ..models.sip_gateway import SipGateway
from ..models.sip_gateway_page import SipGatewayPage
from ..models.sip_region import SipRegion
from ..models.string_map_input import StringMapInput
from ..pagination import AsyncPager, Pager
from ..types import UNSET, ParsedResponse, Unset


class InboundGatewaysResource:
    """The `inbound_gateways` operations; `with_raw_response` gives each one's response."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = InboundGatewaysResourceWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> SipGateway:
        """Create an inbound gateway."""
        body = InboundGatewayCreate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return create_inbound_gateway.sync(client=self._client, body=body)

    def delete(self, gateway_id: str) -> MessageAnswer:
        """Delete an inbound gateway."""

        return delete_inbound_gateway.sync(gateway_id, client=self._client)

    def get(self, gateway_id: str) -> SipGateway:
        """Fetch one inbound gateway."""

        return get_inbound_gateway.sync(gateway_id, client=self._client)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Pager[SipGatewayPage, SipGateway]:
        """List inbound gateways: every item, fetched page by page as iteration needs it."""

        def fetch(page_to_fetch: int) -> SipGatewayPage:
            return list_inbound_gateways.sync(
                client=self._client, id=id, search=search, per_page=per_page, page=page_to_fetch
            )

        return Pager(fetch, page)

    def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> SipGateway:
        """Change an inbound gateway."""
        body = InboundGatewayUpdate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return update_inbound_gateway.sync(gateway_id, client=self._client, body=body)


class InboundGatewaysResourceWithRawResponse:
    """Each `inbound_gateways` operation, answering the whole response: status, headers, bytes and
    the parsed model. Error answers raise, as everywhere (`error.response` holds them)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Create an inbound gateway."""
        body = InboundGatewayCreate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return create_inbound_gateway.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def delete(self, gateway_id: str) -> ParsedResponse[MessageAnswer]:
        """Delete an inbound gateway."""

        return delete_inbound_gateway.sync_detailed(gateway_id, client=self._client, raise_on_error=True)

    def get(self, gateway_id: str) -> ParsedResponse[SipGateway]:
        """Fetch one inbound gateway."""

        return get_inbound_gateway.sync_detailed(gateway_id, client=self._client, raise_on_error=True)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[SipGatewayPage]:
        """List inbound gateways (one page)."""

        return list_inbound_gateways.sync_detailed(
            client=self._client, id=id, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Change an inbound gateway."""
        body = InboundGatewayUpdate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return update_inbound_gateway.sync_detailed(gateway_id, client=self._client, body=body, raise_on_error=True)


class AsyncInboundGatewaysResource:
    """`InboundGatewaysResource` for asyncio."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = AsyncInboundGatewaysResourceWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> SipGateway:
        """Create an inbound gateway."""
        body = InboundGatewayCreate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return await create_inbound_gateway.asyncio(client=self._client, body=body)

    async def delete(self, gateway_id: str) -> MessageAnswer:
        """Delete an inbound gateway."""

        return await delete_inbound_gateway.asyncio(gateway_id, client=self._client)

    async def get(self, gateway_id: str) -> SipGateway:
        """Fetch one inbound gateway."""

        return await get_inbound_gateway.asyncio(gateway_id, client=self._client)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncPager[SipGatewayPage, SipGateway]:
        """List inbound gateways: every item, fetched page by page as `async for` needs it."""

        async def fetch(page_to_fetch: int) -> SipGatewayPage:
            return await list_inbound_gateways.asyncio(
                client=self._client, id=id, search=search, per_page=per_page, page=page_to_fetch
            )

        return AsyncPager(fetch, page)

    async def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> SipGateway:
        """Change an inbound gateway."""
        body = InboundGatewayUpdate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return await update_inbound_gateway.asyncio(gateway_id, client=self._client, body=body)


class AsyncInboundGatewaysResourceWithRawResponse:
    """`InboundGatewaysResourceWithRawResponse` for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Create an inbound gateway."""
        body = InboundGatewayCreate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return await create_inbound_gateway.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def delete(self, gateway_id: str) -> ParsedResponse[MessageAnswer]:
        """Delete an inbound gateway."""

        return await delete_inbound_gateway.asyncio_detailed(gateway_id, client=self._client, raise_on_error=True)

    async def get(self, gateway_id: str) -> ParsedResponse[SipGateway]:
        """Fetch one inbound gateway."""

        return await get_inbound_gateway.asyncio_detailed(gateway_id, client=self._client, raise_on_error=True)

    async def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[SipGatewayPage]:
        """List inbound gateways (one page)."""

        return await list_inbound_gateways.asyncio_detailed(
            client=self._client, id=id, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    async def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        allowed_addresses: builtins.list[str] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Change an inbound gateway."""
        body = InboundGatewayUpdate(
            name=name,
            numbers=numbers,
            auth=auth,
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
            geo_region=geo_region,
        )

        return await update_inbound_gateway.asyncio_detailed(
            gateway_id, client=self._client, body=body, raise_on_error=True
        )
