"""`outbound_gateways`: the operations tagged `outbound_gateways`, as methods.

Generated from the document by scripts/generate (scripts/codegen/sdk_resources.py); each method
calls the generated function of its operation, so errors, tokens and retries are the client's.
"""

from __future__ import annotations

import builtins
from typing import Literal

from ..api.outbound_gateways import (
    create_outbound_gateway,
    delete_outbound_gateway,
    get_outbound_gateway,
    list_outbound_gateways,
    update_outbound_gateway,
)
from ..client import AuthenticatedClient
from ..models.media_encryption import MediaEncryption
from ..models.message_answer import MessageAnswer
from ..models.outbound_gateway_create import OutboundGatewayCreate
from ..models.outbound_gateway_update import OutboundGatewayUpdate
from ..models.sip_auth_input import SipAuthInput
from ..models.sip_gateway import SipGateway
from ..models.sip_gateway_page import SipGatewayPage
from ..models.sip_region import SipRegion
from ..models.sip_transport import SipTransport
from ..models.string_map_input import StringMapInput
from ..pagination import AsyncPager, Pager
from ..types import UNSET, ParsedResponse, Unset


class OutboundGatewaysResource:
    """The `outbound_gateways` operations; `with_raw_response` gives each one's response."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = OutboundGatewaysResourceWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        address: str,
        transport: SipTransport | Literal["udp", "tcp", "tls"],
        auth: SipAuthInput,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> SipGateway:
        """Create an outbound gateway."""
        body = OutboundGatewayCreate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return create_outbound_gateway.sync(client=self._client, body=body)

    def delete(self, gateway_id: str) -> MessageAnswer:
        """Delete an outbound gateway."""

        return delete_outbound_gateway.sync(gateway_id, client=self._client)

    def get(self, gateway_id: str) -> SipGateway:
        """Fetch one outbound gateway."""

        return get_outbound_gateway.sync(gateway_id, client=self._client)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Pager[SipGatewayPage, SipGateway]:
        """List outbound gateways: every item, fetched page by page as iteration needs it."""

        def fetch(page_to_fetch: int) -> SipGatewayPage:
            return list_outbound_gateways.sync(
                client=self._client, id=id, search=search, per_page=per_page, page=page_to_fetch
            )

        return Pager(fetch, page)

    def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> SipGateway:
        """Change an outbound gateway."""
        body = OutboundGatewayUpdate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            allowed_numbers=allowed_numbers,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return update_outbound_gateway.sync(gateway_id, client=self._client, body=body)


class OutboundGatewaysResourceWithRawResponse:
    """Each `outbound_gateways` operation, answering the whole response: status, headers, bytes and
    the parsed model. Error answers raise, as everywhere (`error.response` holds them)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        address: str,
        transport: SipTransport | Literal["udp", "tcp", "tls"],
        auth: SipAuthInput,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Create an outbound gateway."""
        body = OutboundGatewayCreate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return create_outbound_gateway.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def delete(self, gateway_id: str) -> ParsedResponse[MessageAnswer]:
        """Delete an outbound gateway."""

        return delete_outbound_gateway.sync_detailed(gateway_id, client=self._client, raise_on_error=True)

    def get(self, gateway_id: str) -> ParsedResponse[SipGateway]:
        """Fetch one outbound gateway."""

        return get_outbound_gateway.sync_detailed(gateway_id, client=self._client, raise_on_error=True)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[SipGatewayPage]:
        """List outbound gateways (one page)."""

        return list_outbound_gateways.sync_detailed(
            client=self._client, id=id, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Change an outbound gateway."""
        body = OutboundGatewayUpdate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            allowed_numbers=allowed_numbers,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return update_outbound_gateway.sync_detailed(gateway_id, client=self._client, body=body, raise_on_error=True)


class AsyncOutboundGatewaysResource:
    """`OutboundGatewaysResource` for asyncio."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = AsyncOutboundGatewaysResourceWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        address: str,
        transport: SipTransport | Literal["udp", "tcp", "tls"],
        auth: SipAuthInput,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> SipGateway:
        """Create an outbound gateway."""
        body = OutboundGatewayCreate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return await create_outbound_gateway.asyncio(client=self._client, body=body)

    async def delete(self, gateway_id: str) -> MessageAnswer:
        """Delete an outbound gateway."""

        return await delete_outbound_gateway.asyncio(gateway_id, client=self._client)

    async def get(self, gateway_id: str) -> SipGateway:
        """Fetch one outbound gateway."""

        return await get_outbound_gateway.asyncio(gateway_id, client=self._client)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncPager[SipGatewayPage, SipGateway]:
        """List outbound gateways: every item, fetched page by page as `async for` needs it."""

        async def fetch(page_to_fetch: int) -> SipGatewayPage:
            return await list_outbound_gateways.asyncio(
                client=self._client, id=id, search=search, per_page=per_page, page=page_to_fetch
            )

        return AsyncPager(fetch, page)

    async def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> SipGateway:
        """Change an outbound gateway."""
        body = OutboundGatewayUpdate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            allowed_numbers=allowed_numbers,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return await update_outbound_gateway.asyncio(gateway_id, client=self._client, body=body)


class AsyncOutboundGatewaysResourceWithRawResponse:
    """`OutboundGatewaysResourceWithRawResponse` for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        address: str,
        transport: SipTransport | Literal["udp", "tcp", "tls"],
        auth: SipAuthInput,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Create an outbound gateway."""
        body = OutboundGatewayCreate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return await create_outbound_gateway.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def delete(self, gateway_id: str) -> ParsedResponse[MessageAnswer]:
        """Delete an outbound gateway."""

        return await delete_outbound_gateway.asyncio_detailed(gateway_id, client=self._client, raise_on_error=True)

    async def get(self, gateway_id: str) -> ParsedResponse[SipGateway]:
        """Fetch one outbound gateway."""

        return await get_outbound_gateway.asyncio_detailed(gateway_id, client=self._client, raise_on_error=True)

    async def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[SipGatewayPage]:
        """List outbound gateways (one page)."""

        return await list_outbound_gateways.asyncio_detailed(
            client=self._client, id=id, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    async def update(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        numbers: builtins.list[str] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
        geo_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        allowed_numbers: builtins.list[str] | Unset = UNSET,
        record: bool | Unset = UNSET,
        noise_cancellation: bool | Unset = UNSET,
        enable_dtmf: bool | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
    ) -> ParsedResponse[SipGateway]:
        """Change an outbound gateway."""
        body = OutboundGatewayUpdate(
            name=name,
            numbers=numbers,
            address=address,
            transport=transport,
            auth=auth,
            geo_region=geo_region,
            media_encryption=media_encryption,
            allowed_numbers=allowed_numbers,
            record=record,
            noise_cancellation=noise_cancellation,
            enable_dtmf=enable_dtmf,
            metadata=metadata,
            tags=tags,
        )

        return await update_outbound_gateway.asyncio_detailed(
            gateway_id, client=self._client, body=body, raise_on_error=True
        )
