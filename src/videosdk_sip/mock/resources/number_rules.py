"""The current routing rules (`/v2/sip/routing-rule`): create, list, get, partial update,
delete. Rules bind registered phone numbers; `relations` checks that."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import orjson

from videosdk_sip.mock.answers import Answer, error, invalid, not_found
from videosdk_sip.mock.problems import Problem
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.resources.interface import Handler, Request
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.number_rules import NUMBER_RULE_DELETED, StoredRule

__all__ = ["NumberRules"]

# the header map a rule of each type may not carry (non-empty), and the rule it breaks
_FORBIDDEN_MAP: Final = {
    "inbound": ("headers", "outbound-only"),
    "outbound": ("headersToAttributes", "inbound-only"),
}


def _header_map_problem(kind: str, request: Mapping[str, Any]) -> Problem | None:
    name, rule = _FORBIDDEN_MAP[kind]
    if not request.get(name):
        return None
    allowed = "outbound" if kind == "inbound" else "inbound"
    return Problem(name, rule, f"{name}: only {allowed} rules take it; this rule is {kind}")


def _api_key_problem(api_key: str, request: Mapping[str, Any]) -> Problem | None:
    if "apiKey" not in request or request["apiKey"] == api_key:
        return None
    return Problem(
        "apiKey", "valid", "apiKey: Invalid API Key: not the API key this request is made with"
    )


class NumberRules:
    """What each current routing-rule operation does."""

    def __init__(self, stores: Stores, relations: Relations) -> None:
        self._rules = stores.number_rules
        self._relations = relations

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createNumberRoutingRule": self.create,
            "listNumberRoutingRules": self.list_page,
            "getNumberRoutingRule": self.get,
            "updateNumberRoutingRule": self.update,
            "deleteNumberRoutingRule": self.delete,
        }

    def create(self, request: Request) -> Answer:
        body = request.body
        checks = (_header_map_problem(body["type"], body), _api_key_problem(request.api_key, body))
        problems = [problem for problem in checks if problem is not None]
        if problems:
            return invalid(*problems)
        created = self._relations.create_number_rule(request.api_key, body)
        if not isinstance(created, StoredRule):
            return _refused(created)
        return Answer(201, created.body)

    def list_page(self, request: Request) -> Answer | bytes:
        query = request.query
        body = self._rules.page(
            request.api_key,
            search=query.get("search"),
            kind=query.get("type"),
            rule_ids=_split(query.get("ruleIds")),
            room_types=_split(query.get("roomType")),
            page=query.get("page", 1),
            per_page=query.get("perPage", 10),
        )
        return body

    def get(self, request: Request) -> Answer | bytes:
        rule_id = request.path_values["ruleId"]
        rule = self._rules.get(request.api_key, rule_id)
        return rule.body if rule is not None else _no_rule(rule_id)

    def update(self, request: Request) -> Answer | bytes:
        rule_id = request.path_values["ruleId"]
        current = self._rules.get(request.api_key, rule_id)
        if current is None:
            return _no_rule(rule_id)
        checks = (
            _header_map_problem(current.kind, request.body),
            _api_key_problem(request.api_key, request.body),
        )
        problems = [problem for problem in checks if problem is not None]
        if problems:
            return invalid(*problems)
        updated = self._relations.update_number_rule(request.api_key, rule_id, request.body)
        if updated is None:
            return _no_rule(rule_id)
        if not isinstance(updated, StoredRule):
            return _refused(updated)
        return updated.body

    def delete(self, request: Request) -> Answer | bytes:
        rule_id = request.path_values["ruleId"]
        if not self._rules.delete(request.api_key, rule_id):
            return _no_rule(rule_id)
        return orjson.dumps({"message": NUMBER_RULE_DELETED, "ruleId": rule_id})


def _split(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _no_rule(rule_id: str) -> Answer:
    return not_found("ruleId", "routing rule", rule_id)


def _refused(problems: list[Problem]) -> Answer:
    code = "NUMBER_IN_USE" if problems[0].rule == "one-inbound-rule" else "VALIDATION_ERROR"
    return error(400, code, problems)
