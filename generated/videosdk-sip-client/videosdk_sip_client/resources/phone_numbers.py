"""`phone_numbers`: the operations tagged `phone_numbers`, as methods.

Generated from the document by scripts/generate (scripts/codegen/sdk_resources.py); each method
calls the generated function of its operation, so errors, tokens and retries are the client's.
"""

from __future__ import annotations

import builtins
from typing import Literal

from ..api.phone_numbers import (
    create_phone_numbers,
    detach_phone_number,
    get_phone_number,
    list_phone_numbers,
    release_phone_number,
    update_phone_number_gateway,
)
from ..client import AuthenticatedClient
from ..models.inbound_provisioning import InboundProvisioning
from ..models.media_encryption import MediaEncryption
from ..models.message_answer import MessageAnswer
from ..models.outbound_provisioning import OutboundProvisioning
from ..models.phone_number_detach import PhoneNumberDetach
from ..models.phone_number_detached import PhoneNumberDetached
from ..models.phone_number_detail import PhoneNumberDetail
from ..models.phone_number_gateway_update import PhoneNumberGatewayUpdate
from ..models.phone_number_page import PhoneNumberPage
from ..models.phone_number_released import PhoneNumberReleased
from ..models.phone_numbers_create import PhoneNumbersCreate
from ..models.sip_auth_input import SipAuthInput
from ..models.sip_region import SipRegion
from ..models.sip_transport import SipTransport
from ..pagination import AsyncPager, Pager
from ..types import UNSET, ParsedResponse, Unset


class PhoneNumbersResource:
    """The `phone_numbers` operations; `with_raw_response` gives each one's response."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = PhoneNumbersResourceWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        phone_numbers: builtins.list[str],
        inbound: InboundProvisioning,
        outbound: OutboundProvisioning,
        is_shared: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
    ) -> MessageAnswer:
        """Register phone numbers and provision their gateways."""
        body = PhoneNumbersCreate(
            name=name,
            phone_numbers=phone_numbers,
            inbound=inbound,
            outbound=outbound,
            is_shared=is_shared,
            media_encryption=media_encryption,
        )

        return create_phone_numbers.sync(client=self._client, body=body)

    def detach(self, *, phone_number: str) -> PhoneNumberDetached:
        """Detach a phone number from its gateways."""
        body = PhoneNumberDetach(
            phone_number=phone_number,
        )

        return detach_phone_number.sync(client=self._client, body=body)

    def get(self, e164: str) -> PhoneNumberDetail:
        """Fetch one phone number with its gateways."""

        return get_phone_number.sync(e164, client=self._client)

    def list(
        self, *, search: str | Unset = UNSET, page: int | Unset = UNSET, per_page: int | Unset = UNSET
    ) -> Pager[PhoneNumberPage, PhoneNumberDetail]:
        """List phone numbers: every item, fetched page by page as iteration needs it."""

        def fetch(page_to_fetch: int) -> PhoneNumberPage:
            return list_phone_numbers.sync(client=self._client, search=search, per_page=per_page, page=page_to_fetch)

        return Pager(fetch, page)

    def release(self, phone_number_id: str) -> PhoneNumberReleased:
        """Release a phone number."""

        return release_phone_number.sync(phone_number_id, client=self._client)

    def update_gateway(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        sip_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
    ) -> MessageAnswer:
        """Change a gateway provisioned for phone numbers."""
        body = PhoneNumberGatewayUpdate(
            name=name,
            media_encryption=media_encryption,
            sip_region=sip_region,
            address=address,
            transport=transport,
            auth=auth,
        )

        return update_phone_number_gateway.sync(gateway_id, client=self._client, body=body)


class PhoneNumbersResourceWithRawResponse:
    """Each `phone_numbers` operation, answering the whole response: status, headers, bytes and
    the parsed model. Error answers raise, as everywhere (`error.response` holds them)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        phone_numbers: builtins.list[str],
        inbound: InboundProvisioning,
        outbound: OutboundProvisioning,
        is_shared: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
    ) -> ParsedResponse[MessageAnswer]:
        """Register phone numbers and provision their gateways."""
        body = PhoneNumbersCreate(
            name=name,
            phone_numbers=phone_numbers,
            inbound=inbound,
            outbound=outbound,
            is_shared=is_shared,
            media_encryption=media_encryption,
        )

        return create_phone_numbers.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def detach(self, *, phone_number: str) -> ParsedResponse[PhoneNumberDetached]:
        """Detach a phone number from its gateways."""
        body = PhoneNumberDetach(
            phone_number=phone_number,
        )

        return detach_phone_number.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def get(self, e164: str) -> ParsedResponse[PhoneNumberDetail]:
        """Fetch one phone number with its gateways."""

        return get_phone_number.sync_detailed(e164, client=self._client, raise_on_error=True)

    def list(
        self, *, search: str | Unset = UNSET, page: int | Unset = UNSET, per_page: int | Unset = UNSET
    ) -> ParsedResponse[PhoneNumberPage]:
        """List phone numbers (one page)."""

        return list_phone_numbers.sync_detailed(
            client=self._client, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    def release(self, phone_number_id: str) -> ParsedResponse[PhoneNumberReleased]:
        """Release a phone number."""

        return release_phone_number.sync_detailed(phone_number_id, client=self._client, raise_on_error=True)

    def update_gateway(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        sip_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
    ) -> ParsedResponse[MessageAnswer]:
        """Change a gateway provisioned for phone numbers."""
        body = PhoneNumberGatewayUpdate(
            name=name,
            media_encryption=media_encryption,
            sip_region=sip_region,
            address=address,
            transport=transport,
            auth=auth,
        )

        return update_phone_number_gateway.sync_detailed(
            gateway_id, client=self._client, body=body, raise_on_error=True
        )


class AsyncPhoneNumbersResource:
    """`PhoneNumbersResource` for asyncio."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = AsyncPhoneNumbersResourceWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        phone_numbers: builtins.list[str],
        inbound: InboundProvisioning,
        outbound: OutboundProvisioning,
        is_shared: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
    ) -> MessageAnswer:
        """Register phone numbers and provision their gateways."""
        body = PhoneNumbersCreate(
            name=name,
            phone_numbers=phone_numbers,
            inbound=inbound,
            outbound=outbound,
            is_shared=is_shared,
            media_encryption=media_encryption,
        )

        return await create_phone_numbers.asyncio(client=self._client, body=body)

    async def detach(self, *, phone_number: str) -> PhoneNumberDetached:
        """Detach a phone number from its gateways."""
        body = PhoneNumberDetach(
            phone_number=phone_number,
        )

        return await detach_phone_number.asyncio(client=self._client, body=body)

    async def get(self, e164: str) -> PhoneNumberDetail:
        """Fetch one phone number with its gateways."""

        return await get_phone_number.asyncio(e164, client=self._client)

    def list(
        self, *, search: str | Unset = UNSET, page: int | Unset = UNSET, per_page: int | Unset = UNSET
    ) -> AsyncPager[PhoneNumberPage, PhoneNumberDetail]:
        """List phone numbers: every item, fetched page by page as `async for` needs it."""

        async def fetch(page_to_fetch: int) -> PhoneNumberPage:
            return await list_phone_numbers.asyncio(
                client=self._client, search=search, per_page=per_page, page=page_to_fetch
            )

        return AsyncPager(fetch, page)

    async def release(self, phone_number_id: str) -> PhoneNumberReleased:
        """Release a phone number."""

        return await release_phone_number.asyncio(phone_number_id, client=self._client)

    async def update_gateway(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        sip_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
    ) -> MessageAnswer:
        """Change a gateway provisioned for phone numbers."""
        body = PhoneNumberGatewayUpdate(
            name=name,
            media_encryption=media_encryption,
            sip_region=sip_region,
            address=address,
            transport=transport,
            auth=auth,
        )

        return await update_phone_number_gateway.asyncio(gateway_id, client=self._client, body=body)


class AsyncPhoneNumbersResourceWithRawResponse:
    """`PhoneNumbersResourceWithRawResponse` for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        phone_numbers: builtins.list[str],
        inbound: InboundProvisioning,
        outbound: OutboundProvisioning,
        is_shared: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
    ) -> ParsedResponse[MessageAnswer]:
        """Register phone numbers and provision their gateways."""
        body = PhoneNumbersCreate(
            name=name,
            phone_numbers=phone_numbers,
            inbound=inbound,
            outbound=outbound,
            is_shared=is_shared,
            media_encryption=media_encryption,
        )

        return await create_phone_numbers.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def detach(self, *, phone_number: str) -> ParsedResponse[PhoneNumberDetached]:
        """Detach a phone number from its gateways."""
        body = PhoneNumberDetach(
            phone_number=phone_number,
        )

        return await detach_phone_number.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def get(self, e164: str) -> ParsedResponse[PhoneNumberDetail]:
        """Fetch one phone number with its gateways."""

        return await get_phone_number.asyncio_detailed(e164, client=self._client, raise_on_error=True)

    async def list(
        self, *, search: str | Unset = UNSET, page: int | Unset = UNSET, per_page: int | Unset = UNSET
    ) -> ParsedResponse[PhoneNumberPage]:
        """List phone numbers (one page)."""

        return await list_phone_numbers.asyncio_detailed(
            client=self._client, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    async def release(self, phone_number_id: str) -> ParsedResponse[PhoneNumberReleased]:
        """Release a phone number."""

        return await release_phone_number.asyncio_detailed(phone_number_id, client=self._client, raise_on_error=True)

    async def update_gateway(
        self,
        gateway_id: str,
        *,
        name: str | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        sip_region: SipRegion | Literal["auto", "us002", "in002"] | Unset = UNSET,
        address: str | Unset = UNSET,
        transport: SipTransport | Literal["udp", "tcp", "tls"] | Unset = UNSET,
        auth: SipAuthInput | Unset = UNSET,
    ) -> ParsedResponse[MessageAnswer]:
        """Change a gateway provisioned for phone numbers."""
        body = PhoneNumberGatewayUpdate(
            name=name,
            media_encryption=media_encryption,
            sip_region=sip_region,
            address=address,
            transport=transport,
            auth=auth,
        )

        return await update_phone_number_gateway.asyncio_detailed(
            gateway_id, client=self._client, body=body, raise_on_error=True
        )
