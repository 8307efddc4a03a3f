"""`webhooks`: the operations tagged `webhooks`, as methods.

Generated from the document by scripts/generate (scripts/codegen/sdk_resources.py); each method
calls the generated function of its operation, so errors, tokens and retries are the client's.
"""

from __future__ import annotations

import builtins

from ..api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    update_webhook,
)
from ..client import AuthenticatedClient
from ..models.message_answer import MessageAnswer
from ..models.webhook import Webhook
from ..models.webhook_create import WebhookCreate
from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_page import WebhookPage
from ..models.webhook_update import WebhookUpdate
from ..pagination import AsyncPager, Pager
from ..types import UNSET, ParsedResponse, Unset


class WebhooksResource:
    """The `webhooks` operations; `with_raw_response` gives each one's response."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = WebhooksResourceWithRawResponse(client)

    def create(self, *, url: str, events: builtins.list[WebhookEventName]) -> Webhook:
        """Register a webhook."""
        body = WebhookCreate(
            url=url,
            events=events,
        )

        return create_webhook.sync(client=self._client, body=body)

    def delete(self, webhook_id: str) -> MessageAnswer:
        """Delete a webhook."""

        return delete_webhook.sync(webhook_id, client=self._client)

    def get(self, webhook_id: str) -> Webhook:
        """Fetch one webhook."""

        return get_webhook.sync(webhook_id, client=self._client)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Pager[WebhookPage, Webhook]:
        """List webhooks: every item, fetched page by page as iteration needs it."""

        def fetch(page_to_fetch: int) -> WebhookPage:
            return list_webhooks.sync(client=self._client, id=id, search=search, per_page=per_page, page=page_to_fetch)

        return Pager(fetch, page)

    def update(self, webhook_id: str, *, url: str, events: builtins.list[WebhookEventName]) -> Webhook:
        """Replace a webhook's URL and events."""
        body = WebhookUpdate(
            url=url,
            events=events,
        )

        return update_webhook.sync(webhook_id, client=self._client, body=body)


class WebhooksResourceWithRawResponse:
    """Each `webhooks` operation, answering the whole response: status, headers, bytes and
    the parsed model. Error answers raise, as everywhere (`error.response` holds them)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(self, *, url: str, events: builtins.list[WebhookEventName]) -> ParsedResponse[Webhook]:
        """Register a webhook."""
        body = WebhookCreate(
            url=url,
            events=events,
        )

        return create_webhook.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def delete(self, webhook_id: str) -> ParsedResponse[MessageAnswer]:
        """Delete a webhook."""

        return delete_webhook.sync_detailed(webhook_id, client=self._client, raise_on_error=True)

    def get(self, webhook_id: str) -> ParsedResponse[Webhook]:
        """Fetch one webhook."""

        return get_webhook.sync_detailed(webhook_id, client=self._client, raise_on_error=True)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[WebhookPage]:
        """List webhooks (one page)."""

        return list_webhooks.sync_detailed(
            client=self._client, id=id, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    def update(self, webhook_id: str, *, url: str, events: builtins.list[WebhookEventName]) -> ParsedResponse[Webhook]:
        """Replace a webhook's URL and events."""
        body = WebhookUpdate(
            url=url,
            events=events,
        )

        return update_webhook.sync_detailed(webhook_id, client=self._client, body=body, raise_on_error=True)


class AsyncWebhooksResource:
    """`WebhooksResource` for asyncio."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = AsyncWebhooksResourceWithRawResponse(client)

    async def create(self, *, url: str, events: builtins.list[WebhookEventName]) -> Webhook:
        """Register a webhook."""
        body = WebhookCreate(
            url=url,
            events=events,
        )

        return await create_webhook.asyncio(client=self._client, body=body)

    async def delete(self, webhook_id: str) -> MessageAnswer:
        """Delete a webhook."""

        return await delete_webhook.asyncio(webhook_id, client=self._client)

    async def get(self, webhook_id: str) -> Webhook:
        """Fetch one webhook."""

        return await get_webhook.asyncio(webhook_id, client=self._client)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncPager[WebhookPage, Webhook]:
        """List webhooks: every item, fetched page by page as `async for` needs it."""

        async def fetch(page_to_fetch: int) -> WebhookPage:
            return await list_webhooks.asyncio(
                client=self._client, id=id, search=search, per_page=per_page, page=page_to_fetch
            )

        return AsyncPager(fetch, page)

    async def update(self, webhook_id: str, *, url: str, events: builtins.list[WebhookEventName]) -> Webhook:
        """Replace a webhook's URL and events."""
        body = WebhookUpdate(
            url=url,
            events=events,
        )

        return await update_webhook.asyncio(webhook_id, client=self._client, body=body)


class AsyncWebhooksResourceWithRawResponse:
    """`WebhooksResourceWithRawResponse` for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(self, *, url: str, events: builtins.list[WebhookEventName]) -> ParsedResponse[Webhook]:
        """Register a webhook."""
        body = WebhookCreate(
            url=url,
            events=events,
        )

        return await create_webhook.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def delete(self, webhook_id: str) -> ParsedResponse[MessageAnswer]:
        """Delete a webhook."""

        return await delete_webhook.asyncio_detailed(webhook_id, client=self._client, raise_on_error=True)

    async def get(self, webhook_id: str) -> ParsedResponse[Webhook]:
        """Fetch one webhook."""

        return await get_webhook.asyncio_detailed(webhook_id, client=self._client, raise_on_error=True)

    async def list(
        self,
        *,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[WebhookPage]:
        """List webhooks (one page)."""

        return await list_webhooks.asyncio_detailed(
            client=self._client, id=id, search=search, page=page, per_page=per_page, raise_on_error=True
        )

    async def update(
        self, webhook_id: str, *, url: str, events: builtins.list[WebhookEventName]
    ) -> ParsedResponse[Webhook]:
        """Replace a webhook's URL and events."""
        body = WebhookUpdate(
            url=url,
            events=events,
        )

        return await update_webhook.asyncio_detailed(webhook_id, client=self._client, body=body, raise_on_error=True)
