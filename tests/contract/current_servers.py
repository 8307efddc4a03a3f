"""Variants of the mock serving the current API (gateways, phone numbers, number routing
rules, webhooks, calls) that answer every request in a valid shape but each drift from what
the API means in one realistic way, and a correct variant that answers tolerantly."""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import ASGIApp, Message, Receive, Scope, Send, _read_body, _replaying, rewriting

INBOUND_GATEWAYS = "/v2/sip/inbound-gateways"
OUTBOUND_GATEWAYS = "/v2/sip/outbound-gateways"
NUMBER_RULES = "/v2/sip/routing-rule"
WEBHOOKS = "/v2/sip/webhooks"
COLLECTIONS = (INBOUND_GATEWAYS, OUTBOUND_GATEWAYS, NUMBER_RULES, WEBHOOKS)
"""The current API's resources with a create, get, update, list and delete each."""

PAGED = (*COLLECTIONS, "/v2/sip/call", "/v2/sip/phone-numbers")
"""Every listing of the current API: the resources above, calls and phone numbers."""

PAGING = ("page", "perPage")

GATEWAY_DEFAULTS: Mapping[str, Any] = {
    "allowedNumbers": [],
    "metadata": {},
    "mediaEncryption": "disable",
}
REPLACED_BY_UPDATE: Mapping[str, Mapping[str, Any]] = {
    INBOUND_GATEWAYS: {**GATEWAY_DEFAULTS, "allowedAddresses": []},
    OUTBOUND_GATEWAYS: GATEWAY_DEFAULTS,
    NUMBER_RULES: {
        "agentMetadata": {},
        "allowedNumbers": [],
        "allowedIpAddresses": [],
        "recording": False,
        "dtmf": False,
        "noiseCancellation": False,
        "hidePhoneNumber": False,
    },
}
"""Per resource, the optional fields a create defaults and their defaults: what a server that
treats a partial update as a replacement resets when the update does not send them. `tags`
is left alone: it holds the run's mark, and a resource that loses it is spared by cleanup
and reported on its own, which would hide whether the update check alone catches this."""


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _collection_of_item(scope: Scope) -> str | None:
    """The current collection whose item this request names (`/collection/{id}`), if any."""
    path = str(scope.get("path", ""))
    head, _, rest = path.rpartition("/")
    return head if head in COLLECTIONS and rest else None


def _is_listing(scope: Scope) -> bool:
    return scope.get("method") == "GET" and scope.get("path") in COLLECTIONS


def _http(scope: Scope) -> bool:
    return bool(scope["type"] == "http")


async def _ask(app: ASGIApp, scope: Scope, method: str, body: bytes = b"") -> tuple[int, Any]:
    """`method` on the scope's path, answered by `app` in process: the status and the JSON."""
    answer: dict[str, Any] = {"status": 0, "chunks": []}

    async def keep(message: Message) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            answer["chunks"].append(message.get("body", b""))

    await app({**scope, "method": method}, _replaying(body), keep)
    return answer["status"], _json(b"".join(answer["chunks"]))


def answers_another_id_on_get(settings: MockSettings) -> ASGIApp:
    """A get answers the stored resource under an id its create never answered (an id
    re-encoded on the way out)."""

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        resource = _json(body)
        is_get = scope["method"] == "GET" and _collection_of_item(scope) is not None
        if is_get and status == 200 and isinstance(resource, dict) and "id" in resource:
            resource["id"] = "x" + str(resource["id"])[::-1]
            return status, json.dumps(resource).encode()
        return status, body

    return rewriting(create_app(settings), rewrite)


def reports_a_wrong_total(settings: MockSettings) -> ASGIApp:
    """Every listing, calls' and numbers' included, counts one item more in `total` than it
    serves (a count that includes a soft-deleted or hidden record), with `lastPage` computed
    from that count."""

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        page = _json(body)
        listing = scope["method"] == "GET" and scope["path"] in PAGED
        if listing and status == 200 and isinstance(page, dict):
            info = page["pageInfo"]
            info["total"] += 1
            info["lastPage"] = max(1, -(-info["total"] // info["perPage"]))
            return status, json.dumps(page).encode()
        return status, body

    return rewriting(create_app(settings), rewrite)


def ignores_list_filters(settings: MockSettings) -> ASGIApp:
    """A listing checks its filters (a bad one is still refused) but then answers every item
    of the key, whatever they ask (paging kept)."""
    app = create_app(settings)

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if not _http(scope) or not _is_listing(scope):
            await app(scope, receive, send)
            return
        status, _answer = await _ask(app, scope, "GET")
        if status == 200:
            query = parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True)
            kept = [(name, value) for name, value in query if name in PAGING]
            scope = {**scope, "query_string": urlencode(kept).encode()}
        await app(scope, receive, send)

    return wrapped


def replaces_on_update(settings: MockSettings) -> ASGIApp:
    """A partial update (PATCH) is stored as a replacement: once it is accepted, every
    optional field it did not send goes back to its create default, and the answer and later
    gets say so."""
    app = create_app(settings)

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        collection = _collection_of_item(scope) if _http(scope) else None
        defaults = REPLACED_BY_UPDATE.get(collection or "")
        if scope.get("method") != "PATCH" or defaults is None:
            await app(scope, receive, send)
            return
        body = await _read_body(receive)
        status, _answer = await _ask(app, scope, "PATCH", body)
        sent = _json(body)
        if status != 200 or not isinstance(sent, dict):
            await app(scope, _replaying(body), send)
            return
        reset = {name: value for name, value in defaults.items() if name not in sent}
        await app(scope, _replaying(json.dumps(reset or sent).encode()), send)

    return wrapped


def serves_deleted_resources(settings: MockSettings) -> ASGIApp:
    """A delete answers as done and the resource leaves every list, but a get by its id
    still answers it (a soft delete that the get forgets to honour)."""
    app = create_app(settings)
    deleted: dict[str, Any] = {}

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        collection = _collection_of_item(scope) if _http(scope) else None
        if collection is None:
            await app(scope, receive, send)
            return
        path = scope["path"]
        if scope["method"] == "GET" and path in deleted:
            body = json.dumps(deleted[path]).encode()
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if scope["method"] != "DELETE":
            await app(scope, receive, send)
            return
        status, stored = await _ask(app, scope, "GET")

        def remember(scope: Scope, answered: int, body: bytes) -> tuple[int, bytes]:
            if answered == 200 and status == 200:
                deleted[path] = stored
            return answered, body

        await rewriting(app, remember)(scope, receive, send)

    return wrapped


def release_keeps_rule_numbers(settings: MockSettings) -> ASGIApp:
    """A release answers as done and unregisters the number, but the routing rules that
    routed it keep it (the cascade to the rules is missing)."""
    app = create_app(settings)
    app.stores.number_rules.drop_number = lambda api_key, number: None  # type: ignore[method-assign]
    return app


def detach_keeps_gateway_numbers(settings: MockSettings) -> ASGIApp:
    """A detach answers as done, naming the gateways the number left, but the gateways keep
    the number."""
    app = create_app(settings)
    gateways = app.stores.gateways

    def detach_nothing(api_key: str, number: str) -> dict[str, str]:
        return {direction: held.id for direction, held in gateways.holding(api_key, number).items()}

    gateways.detach = detach_nothing  # type: ignore[method-assign,assignment]
    return app


def shares_inbound_numbers(settings: MockSettings) -> ASGIApp:
    """Inbound routing rules may take a number another inbound rule already routes (the
    uniqueness check is missing; the newest rule wins the index)."""
    app = create_app(settings)
    app.stores.number_rules._clash = lambda *args: None  # type: ignore[method-assign]
    return app


def answers_tolerantly(settings: MockSettings) -> ASGIApp:
    """A correct server whose answers carry fields the contract does not name (one different
    in every answer), values of fields the contract does not list (a call's and a number's
    `status`, a number's `provider`, an inbound gateway's `transport`) and extra keys inside
    documented objects."""
    counter = itertools.count()
    unknown = {"status": "provisioning_v2", "provider": "carrier-x"}

    def decorate(item: object) -> None:
        if not isinstance(item, dict):
            return
        item["revision"] = next(counter)
        item["region"] = "eu-west"
        if "numbers" in item and "mediaEncryption" in item:  # a gateway
            if item.get("transport") is None:
                item["transport"] = "wss"
            if isinstance(item.get("auth"), dict):
                item["auth"]["realm"] = "sip.example"
        for name in ("phoneNumber", "data", "inbound", "outbound"):
            if isinstance(item.get(name), dict):
                decorate(item[name])
        if "callId" in item or "e164" in item:
            for name, value in unknown.items():
                if name in item:
                    item[name] = value

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        answer = _json(body)
        if status != 200 or not isinstance(answer, dict) or not scope["path"].startswith("/v2/"):
            return status, body
        if isinstance(answer.get("data"), list):
            answer["pageInfo"]["cursor"] = f"c{next(counter)}"
            for item in answer["data"]:
                decorate(item)
        else:
            decorate(answer)
        answer["requestedAt"] = next(counter)
        return status, json.dumps(answer).encode()

    return rewriting(create_app(settings), rewrite)
