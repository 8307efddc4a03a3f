"""The webhooks' store: in memory, kept apart by API key. Deleting is final (the vendor's
soft delete): a deleted webhook is never answered again and gets no more events."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Mapping
from typing import Any, Final

import attrs
import orjson

from videosdk_sip.mock.stores.clock import now_iso
from videosdk_sip.mock.stores.paging import page_envelope, page_slice

__all__ = ["DELETED_MESSAGE", "Subscriber", "Subscriptions", "Targets", "WebhookStore"]

DELETED_MESSAGE = "Webhook deleted successfully"


Subscriber = tuple[str, str]
"""A webhook that wants an event: its id, and the URL to POST it to. A plain tuple of
strings, which the garbage collector stops tracking, as it does the tuples holding it:
each dropped delivery is kept as a tuple holding these (see `delivery`)."""

Targets = tuple[tuple[str, tuple[Subscriber, ...]], ...]
"""Each event that has subscribers, with them, oldest first."""


@attrs.frozen
class Subscriptions:
    """Who gets a change's events: `targets`, and how many deliveries that makes."""

    targets: Targets
    deliveries: int


_NONE: Final = Subscriptions((), 0)


class WebhookStore:
    """Webhooks by API key, oldest first. Answers are dicts in the `Webhook` shape, carrying
    the id as both `id` and `webhookId` (decision C13: clients read either)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._webhooks: dict[str, dict[str, dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        # (api key, events) -> who gets them, worked out once per change of the webhooks:
        # every change of a call asks.
        self._subscribed: dict[tuple[str, tuple[str, ...]], Subscriptions] = {}

    def create(self, api_key: str, request: Mapping[str, Any]) -> dict[str, Any]:
        with self._lock:
            webhook_id = f"wh_{next(self._ids):09d}"
            now = now_iso()
            webhook = {
                "id": webhook_id,
                "webhookId": webhook_id,
                "url": request["url"],
                "events": list(request["events"]),
                "createdAt": now,
                "updatedAt": now,
            }
            self._webhooks.setdefault(api_key, {})[webhook_id] = webhook
            self._subscribed.clear()
            return dict(webhook)

    def get(self, api_key: str, webhook_id: str) -> dict[str, Any] | None:
        with self._lock:
            webhook = self._webhooks.get(api_key, {}).get(webhook_id)
            return dict(webhook) if webhook is not None else None

    def replace(
        self, api_key: str, webhook_id: str, request: Mapping[str, Any]
    ) -> dict[str, Any] | None:
        """Sets the URL and events (a full replacement); None when there is no such webhook."""
        with self._lock:
            webhook = self._webhooks.get(api_key, {}).get(webhook_id)
            if webhook is None:
                return None
            webhook["url"] = request["url"]
            webhook["events"] = list(request["events"])
            webhook["updatedAt"] = now_iso()
            self._subscribed.clear()
            return dict(webhook)

    def delete(self, api_key: str, webhook_id: str) -> bool:
        with self._lock:
            self._subscribed.clear()
            return self._webhooks.get(api_key, {}).pop(webhook_id, None) is not None

    def page(
        self,
        api_key: str,
        *,
        webhook_id: str | None = None,
        search: str | None = None,
        page: int = 1,
        per_page: int = 10,
    ) -> bytes:
        """A `WebhookPage`: the `page`-th page (from 1) of the webhooks matching every filter
        given; `search` matches URLs containing it, ignoring case."""
        needle = search.casefold() if search is not None else None
        with self._lock:
            matching = [
                webhook
                for webhook in self._webhooks.get(api_key, {}).values()
                if (webhook_id is None or webhook["id"] == webhook_id)
                and (needle is None or needle in webhook["url"].casefold())
            ]
            shown = [orjson.dumps(webhook) for webhook in page_slice(matching, page, per_page)]
        return page_envelope(shown, len(matching), page, per_page)

    def subscriptions(self, api_key: str, events: tuple[str, ...]) -> Subscriptions:
        """The webhooks of `api_key` subscribed to each of `events`, oldest first."""
        key = (api_key, events)
        found = self._subscribed.get(key)  # a dict read is atomic: no lock on the hot path
        if found is not None:
            return found
        with self._lock:
            found = self._subscribed.get(key)
            if found is None:
                webhooks = self._webhooks.get(api_key, {}).values()
                targets = tuple(
                    (event, subscribers)
                    for event in events
                    if (
                        subscribers := tuple(
                            (webhook["id"], webhook["url"])
                            for webhook in webhooks
                            if event in webhook["events"]
                        )
                    )
                )
                count = sum(len(subscribers) for _, subscribers in targets)
                found = Subscriptions(targets, count) if targets else _NONE
                self._subscribed[key] = found
            return found
