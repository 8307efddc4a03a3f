"""Delivering call events to webhooks: real HTTP POSTs, in the background.

An event becomes one `Delivery` per subscribed webhook. Deliveries wait in one lane per
webhook, so each webhook gets its events in the order they happened and a slow or dead
receiver holds up only its own lane; a lane is a task on the event loop that served the
request, and no request ever waits for one. Each delivery is at most `attempts` POSTs, each
cut off after `timeout` seconds, with exponential backoff between them; a 2xx answer
delivers it. At most `queue_size` deliveries are unfinished at once: past that a new one is
dropped, and the drop recorded, rather than let a slow receiver grow memory without end.
The last `log_size` deliveries are kept, for `records` and `GET /_mock/deliveries`.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, Final
from urllib.parse import urlsplit

import httpx
import orjson

from videosdk_sip.mock.delivery_settings import DeliverySettings
from videosdk_sip.mock.stores.clock import iso_at, now_iso
from videosdk_sip.mock.stores.webhooks import Targets, WebhookStore

__all__ = ["STATES", "Delivery", "DeliveryEngine"]

logger = logging.getLogger("videosdk_sip.mock.delivery")

STATES: Final = ("pending", "delivered", "failed", "dropped")
_USER_AGENT: Final = "videosdk-sip-mock"
_KNOWN_URLS: Final = 4096


_Dropped = tuple[int, str, Targets, str, float, str]
"""Deliveries dropped before any attempt, one per event and subscriber of `Targets`, their
ids numbered on from the first: (first id number, API key, targets, call id, when, why).
Recording a publish's drops is one tuple however many webhooks it reaches, so a full queue
costs a request next to nothing."""


class Delivery:
    """One event on its way to one webhook, with every attempt made so far."""

    __slots__ = (
        "api_key",
        "attempts",
        "call",
        "created",
        "delivery_id",
        "event",
        "reason",
        "state",
        "url",
        "webhook_id",
    )

    def __init__(
        self,
        delivery_id: str,
        api_key: str,
        webhook_id: str,
        url: str,
        event: str,
        call: Mapping[str, Any],
    ) -> None:
        self.delivery_id = delivery_id
        self.api_key = api_key
        self.webhook_id = webhook_id
        self.url = url
        self.event = event
        self.call = call
        self.created = time.time()
        self.state = "pending"
        self.reason: str | None = None
        self.attempts: list[dict[str, Any]] = []

    def payload(self) -> dict[str, Any]:
        """The `SipWebhookEvent` POSTed."""
        return {"webhookType": self.event, "data": self.call}

    def as_json(self) -> dict[str, Any]:
        """What inspection shows: never the API key."""
        return {
            "id": self.delivery_id,
            "webhookId": self.webhook_id,
            "url": self.url,
            "event": self.event,
            "callId": str(self.call.get("callId", "")),
            "createdAt": iso_at(self.created),
            "state": self.state,
            "reason": self.reason,
            "attempts": [dict(attempt) for attempt in self.attempts],
            "payload": orjson.loads(orjson.dumps(self.payload())),
        }


def _dropped_json(dropped: _Dropped, refusal: Callable[[str], str | None]) -> list[dict[str, Any]]:
    number, _, targets, call_id, created, reason = dropped
    records: list[dict[str, Any]] = []
    for event, subscribers in targets:
        for webhook_id, url in subscribers:
            records.append(
                {
                    "id": f"dlv_{number:09d}",
                    "webhookId": webhook_id,
                    "url": url,
                    "event": event,
                    "callId": call_id,
                    "createdAt": iso_at(created),
                    "state": "dropped",
                    "reason": refusal(url) or reason,
                    "attempts": [],
                    "payload": None,
                }
            )
            number += 1
    return records


class DeliveryEngine:
    """Turns published call events into deliveries and runs them on the current event loop.

    `transport` replaces httpx's network transport (for tests that answer in process).
    """

    def __init__(
        self,
        settings: DeliverySettings,
        webhooks: WebhookStore,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._settings = settings
        self._webhooks = webhooks
        self._transport = transport
        self._log: collections.deque[Delivery | _Dropped] = collections.deque(
            maxlen=settings.log_size
        )
        self._next_id = 1
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: httpx.AsyncClient | None = None
        self._lanes: dict[str, collections.deque[Delivery]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._unfinished = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._refusals: dict[str, str | None] = {}
        self._full = f"{settings.queue_size} deliveries were already waiting (queue_size)"

    def publish(self, api_key: str, events: tuple[str, ...], call: Mapping[str, Any]) -> None:
        """Queues each event for each of `api_key`'s webhooks subscribed to it; never waits.

        A delivery that cannot be queued (no event loop, a host not allowed, the queue full)
        is recorded as dropped at once, for the cost of a tuple."""
        loop: asyncio.AbstractEventLoop | None
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None and loop is not self._loop:
            self._switch_loop(loop)
        subscriptions = self._webhooks.subscriptions(api_key, events)
        if not subscriptions.deliveries:
            return
        targets = subscriptions.targets
        reason = None
        if loop is None:
            reason = "no running event loop to deliver on"
        elif self._unfinished >= self._settings.queue_size:
            reason = self._full
        if reason is not None:
            self._drop(api_key, targets, subscriptions.deliveries, call, reason)
            return
        assert loop is not None
        for event, subscribers in targets:
            for subscriber in subscribers:
                webhook_id, url = subscriber
                refusal = self._refusal(url)
                if refusal is None and self._unfinished >= self._settings.queue_size:
                    refusal = self._full
                if refusal is not None:
                    self._drop(api_key, ((event, (subscriber,)),), 1, call, refusal)
                    continue
                delivery_id = f"dlv_{self._next_id:09d}"
                self._next_id += 1
                delivery = Delivery(delivery_id, api_key, webhook_id, url, event, call)
                self._log.append(delivery)
                self._enqueue(loop, delivery)

    def _drop(
        self, api_key: str, targets: Targets, count: int, call: Mapping[str, Any], reason: str
    ) -> None:
        """Records `count` deliveries, one per event and subscriber of `targets`, as dropped."""
        first = self._next_id
        self._next_id += count
        call_id = str(call.get("callId", ""))
        self._log.append((first, api_key, targets, call_id, time.time(), reason))

    def records(
        self,
        api_key: str | None = None,
        *,
        webhook_id: str | None = None,
        event: str | None = None,
        call_id: str | None = None,
        state: str | None = None,
    ) -> list[dict[str, Any]]:
        """The kept deliveries matching every filter given, oldest first."""
        shown: list[dict[str, Any]] = []
        for entry in list(self._log):
            if isinstance(entry, Delivery):
                if api_key is None or entry.api_key == api_key:
                    shown.append(entry.as_json())
            elif api_key is None or entry[1] == api_key:
                shown.extend(_dropped_json(entry, self._refusal))
        return [
            record
            for record in shown
            if (webhook_id is None or record["webhookId"] == webhook_id)
            and (event is None or record["event"] == event)
            and (call_id is None or record["callId"] == call_id)
            and (state is None or record["state"] == state)
        ]

    @property
    def unfinished(self) -> int:
        """How many deliveries are waiting or under way."""
        return self._unfinished

    async def wait_idle(self) -> None:
        """Waits until no delivery is unfinished (bound it with `asyncio.timeout`)."""
        await self._idle.wait()

    async def aclose(self) -> None:
        """Stops every lane (unfinished deliveries fail) and closes the HTTP client."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self._abandon("the mock stopped delivering")
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _refusal(self, url: str) -> str | None:
        """Why no POST may go to `url` (worked out once per URL), or None."""
        if url in self._refusals:
            return self._refusals[url]
        try:
            host = urlsplit(url).hostname
            refusal = (
                None
                if self._settings.allows(host)
                else f"the host {host!r} is not one deliveries may go to (hosts)"
            )
        except ValueError:
            refusal = "not a URL the mock can POST to"
        if len(self._refusals) >= _KNOWN_URLS:
            self._refusals.clear()
        self._refusals[url] = refusal
        return refusal

    def _switch_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        # A new loop (a test's, or a restarted server's): the old lanes died with theirs.
        self._abandon("the event loop it was queued on stopped")
        self._loop = loop
        self._client = None
        self._idle = asyncio.Event()
        self._idle.set()

    def _enqueue(self, loop: asyncio.AbstractEventLoop, delivery: Delivery) -> None:
        self._unfinished += 1
        self._idle.clear()
        lane = self._lanes.get(delivery.webhook_id)
        if lane is not None:
            lane.append(delivery)
            return
        lane = collections.deque([delivery])
        self._lanes[delivery.webhook_id] = lane
        task = loop.create_task(self._run_lane(delivery.webhook_id, lane))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_lane(self, webhook_id: str, lane: collections.deque[Delivery]) -> None:
        try:
            while lane:
                delivery = lane[0]
                await self._deliver(delivery)
                lane.popleft()
                self._unfinished -= 1
        finally:
            if self._lanes.get(webhook_id) is lane:
                del self._lanes[webhook_id]
            if self._unfinished <= 0:
                self._unfinished = 0
                self._idle.set()

    async def _deliver(self, delivery: Delivery) -> None:
        settings = self._settings
        for number in range(1, settings.attempts + 1):
            if number > 1:
                await asyncio.sleep(settings.delay_before(number))
            if await self._attempt(delivery, number):
                delivery.state = "delivered"
                return
        delivery.state = "failed"
        delivery.reason = f"no 2xx answer in {settings.attempts} attempts"

    async def _attempt(self, delivery: Delivery, number: int) -> bool:
        client = self._http_client()
        record: dict[str, Any] = {
            "number": number,
            "at": now_iso(),
            "statusCode": None,
            "error": None,
        }
        delivery.attempts.append(record)
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self._settings.timeout):
                answer = await client.post(
                    delivery.url,
                    content=orjson.dumps(delivery.payload()),
                    headers={
                        "content-type": "application/json",
                        "user-agent": _USER_AGENT,
                        "x-mock-delivery-id": delivery.delivery_id,
                        "x-mock-delivery-attempt": str(number),
                    },
                )
            record["statusCode"] = answer.status_code
            ok = 200 <= answer.status_code < 300
            if not ok:
                record["error"] = f"answered {answer.status_code}"
        except (TimeoutError, httpx.TimeoutException):
            record["error"] = f"no answer within {self._settings.timeout:g} s"
            ok = False
        except (httpx.HTTPError, httpx.InvalidURL, UnicodeError) as failure:
            record["error"] = f"{type(failure).__name__}: {failure}"[:200]
            ok = False
        except Exception:  # a delivery must never take its lane down
            # The webhook's id, not its URL: a URL may carry a secret in its query.
            logger.exception(
                "delivering %s to webhook %s failed", delivery.event, delivery.webhook_id
            )
            record["error"] = "the mock failed to send it"
            ok = False
        record["durationMs"] = round((time.perf_counter() - started) * 1000, 1)
        return ok

    def _http_client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(self._settings.timeout),
                transport=self._transport,
                trust_env=False,
                follow_redirects=False,
            )
        return self._client

    def _abandon(self, reason: str) -> None:
        for lane in self._lanes.values():
            for delivery in lane:
                if delivery.state == "pending":
                    delivery.state = "failed"
                    delivery.reason = reason
        self._lanes.clear()
        self._unfinished = 0
        self._idle.set()
