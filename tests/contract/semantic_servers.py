"""Servers that answer every request in a valid shape but drift from what the API means, one
drift each, and a correct server that answers tolerantly (extra fields, unknown values)."""

from __future__ import annotations

import itertools
import json
from typing import Any
from urllib.parse import parse_qsl, urlencode

from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import RULES, ASGIApp, Receive, Scope, Send, _read_body, _replaying, rewriting

REQUIRED = {"id", "name", "type", "numbers", "gatewayId", "dispatch"}


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _is_item(scope: Scope) -> bool:
    return bool(scope["path"].startswith(RULES + "/"))


def _is_listing(scope: Scope) -> bool:
    return bool(scope["method"] == "GET" and scope["path"] == RULES)


def answers_another_id_on_get(settings: MockSettings) -> ASGIApp:
    """A get answers the stored rule under an id the create never answered."""

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        rule = _json(body)
        if scope["method"] == "GET" and _is_item(scope) and status == 200 and rule:
            rule["id"] = "rule_" + rule["id"][::-1]
            return status, json.dumps(rule).encode()
        return status, body

    return rewriting(create_app(settings), rewrite)


def reports_a_wrong_total(settings: MockSettings) -> ASGIApp:
    """Every listing reports one rule more in `total` than there are."""

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        page = _json(body)
        if _is_listing(scope) and status == 200 and page:
            page["pageInfo"]["total"] += 1
            return status, json.dumps(page).encode()
        return status, body

    return rewriting(create_app(settings), rewrite)


def ignores_list_filters(settings: MockSettings) -> ASGIApp:
    """A listing answers every rule of the key, whatever `search`, `id` or `gatewayId` ask."""
    app = create_app(settings)

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _is_listing(scope):
            query = parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True)
            kept = [(name, value) for name, value in query if name in ("page", "perPage")]
            scope = {**scope, "query_string": urlencode(kept).encode()}
        await app(scope, receive, send)

    return wrapped


def replaces_on_update(settings: MockSettings) -> ASGIApp:
    """An update answers the rule with every optional field it did not send dropped."""
    app = create_app(settings)

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "PUT" or not _is_item(scope):
            await app(scope, receive, send)
            return
        body = await _read_body(receive)
        sent = _json(body)

        def rewrite(scope: Scope, status: int, answer: bytes) -> tuple[int, bytes]:
            rule = _json(answer)
            if status != 200 or not isinstance(rule, dict) or not isinstance(sent, dict):
                return status, answer
            kept = {name: value for name, value in rule.items() if name in REQUIRED or name in sent}
            return status, json.dumps(kept).encode()

        await rewriting(app, rewrite)(scope, _replaying(body), send)

    return wrapped


def lists_deleted_rules(settings: MockSettings) -> ASGIApp:
    """Deletes a rule for gets, but every listing still shows the deleted rules on its last page."""
    app = create_app(settings)
    deleted: dict[str, Any] = {}

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        if scope["method"] == "DELETE" and _is_item(scope):
            kept: dict[str, Any] = {}

            # The rule as stored, read just before it goes.
            def keep(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
                if status == 200:
                    kept["rule"] = _json(body)
                return status, body

            async def discard(message: Any) -> None:
                return None

            await rewriting(app, keep)({**scope, "method": "GET"}, _replaying(b""), discard)

            def remember(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
                if status == 200 and kept.get("rule"):
                    deleted[kept["rule"]["id"]] = kept["rule"]
                return status, body

            await rewriting(app, remember)(scope, receive, send)
            return

        def add_deleted(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
            page = _json(body)
            if not _is_listing(scope) or status != 200 or not page:
                return status, body
            info = page["pageInfo"]
            info["total"] += len(deleted)
            info["lastPage"] = max(1, -(-info["total"] // info["perPage"]))
            if info["currentPage"] == info["lastPage"]:
                page["data"] = (page["data"] + list(deleted.values()))[: info["perPage"]]
            return status, json.dumps(page).encode()

        await rewriting(app, add_deleted)(scope, receive, send)

    return wrapped


def answers_tolerantly(settings: MockSettings) -> ASGIApp:
    """A correct server whose answers carry fields the contract does not name (one different
    in every answer) and a `type` value it does not list."""
    counter = itertools.count()

    def decorate(rule: dict[str, Any]) -> None:
        rule["revision"] = next(counter)
        rule["region"] = "eu-west"
        if rule.get("type") == "OUTBOUND":
            rule["type"] = "OUTBOUND_TRUNK"

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        answer = _json(body)
        if status != 200 or not isinstance(answer, dict):
            return status, body
        if isinstance(answer.get("data"), list):
            answer["pageInfo"]["cursor"] = f"c{next(counter)}"
            for rule in answer["data"]:
                decorate(rule)
        elif "numbers" in answer:
            decorate(answer)
        answer["requestedAt"] = next(counter)
        return status, json.dumps(answer).encode()

    return rewriting(create_app(settings), rewrite)
