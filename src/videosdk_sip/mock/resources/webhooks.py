"""The webhooks (`/v2/sip/webhooks`): create, list, get, replace, delete."""

from __future__ import annotations

from collections.abc import Mapping

import orjson

from videosdk_sip.mock.answers import Answer, not_found
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.resources.interface import Handler, Request
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.webhooks import DELETED_MESSAGE

__all__ = ["Webhooks"]


class Webhooks:
    """What each webhook operation does to the webhook store. The document's schemas already
    hold every rule a request must keep (an http(s) URL, known events, each once)."""

    def __init__(self, stores: Stores, relations: Relations) -> None:
        self._webhooks = stores.webhooks

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createWebhook": self.create,
            "listWebhooks": self.list_page,
            "getWebhook": self.get,
            "updateWebhook": self.update,
            "deleteWebhook": self.delete,
        }

    def create(self, request: Request) -> Answer | bytes:
        return _json(self._webhooks.create(request.api_key, request.body))

    def list_page(self, request: Request) -> Answer | bytes:
        query = request.query
        return self._webhooks.page(
            request.api_key,
            webhook_id=query.get("id"),
            search=query.get("search"),
            page=query.get("page", 1),
            per_page=query.get("perPage", 10),
        )

    def get(self, request: Request) -> Answer | bytes:
        webhook_id = request.path_values["webhookId"]
        webhook = self._webhooks.get(request.api_key, webhook_id)
        return _json(webhook) if webhook is not None else _no_webhook(webhook_id)

    def update(self, request: Request) -> Answer | bytes:
        webhook_id = request.path_values["webhookId"]
        webhook = self._webhooks.replace(request.api_key, webhook_id, request.body)
        return _json(webhook) if webhook is not None else _no_webhook(webhook_id)

    def delete(self, request: Request) -> Answer | bytes:
        webhook_id = request.path_values["webhookId"]
        if not self._webhooks.delete(request.api_key, webhook_id):
            return _no_webhook(webhook_id)
        return _json({"message": DELETED_MESSAGE})


def _json(body: object) -> bytes:
    return orjson.dumps(body)


def _no_webhook(webhook_id: str) -> Answer:
    return not_found("webhookId", "webhook", webhook_id)
