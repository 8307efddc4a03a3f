"""The seed routing rules (`/v2/sip/routing-rules`): create, list, get, update, delete."""

from __future__ import annotations

from collections.abc import Mapping

import orjson

from videosdk_sip.mock.answers import Answer, error, invalid, not_found, too_large
from videosdk_sip.mock.problems import Problem, show
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.resources.interface import Handler, Request
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.routing_rules import (
    DELETED_MESSAGE,
    NumberInUse,
    RuleLimitReached,
    RuleTooLarge,
)

__all__ = ["RoutingRules"]


class RoutingRules:
    """What each routing-rule operation does to the rule store."""

    def __init__(self, stores: Stores, relations: Relations) -> None:
        self._rules = stores.routing_rules
        self._relations = relations

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createRoutingRule": self.create,
            "listRoutingRules": self.list_page,
            "getRoutingRule": self.get,
            "updateRoutingRule": self.update,
            "deleteRoutingRule": self.delete,
        }

    def create(self, request: Request) -> Answer | bytes:
        gateway = self._relations.gateway_for_rule(request.api_key, request.body["gatewayId"])
        if isinstance(gateway, Problem):
            return invalid(gateway)
        try:
            return self._rules.create(request.api_key, request.body, gateway)
        except NumberInUse as clash:
            return _number_in_use(clash)
        except RuleLimitReached as full:
            return _limit_reached(full)
        except RuleTooLarge as large:
            return _too_large(large)

    def list_page(self, request: Request) -> Answer | bytes:
        query = request.query
        return self._rules.page(
            request.api_key,
            gateway_id=query.get("gatewayId"),
            rule_id=query.get("id"),
            search=query.get("search"),
            page=query.get("page", 1),
            per_page=query.get("perPage", 10),
        )

    def get(self, request: Request) -> Answer | bytes:
        rule_id = request.path_values["ruleId"]
        body = self._rules.get(request.api_key, rule_id)
        return body if body is not None else _no_rule(rule_id)

    def update(self, request: Request) -> Answer | bytes:
        rule_id = request.path_values["ruleId"]
        try:
            body = self._rules.update(request.api_key, rule_id, request.body)
        except NumberInUse as clash:
            return _number_in_use(clash)
        except RuleTooLarge as large:
            return _too_large(large)
        return body if body is not None else _no_rule(rule_id)

    def delete(self, request: Request) -> Answer | bytes:
        rule_id = request.path_values["ruleId"]
        if not self._rules.delete(request.api_key, rule_id):
            return _no_rule(rule_id)
        return orjson.dumps({"message": DELETED_MESSAGE, "ruleId": rule_id})


def _no_rule(rule_id: str) -> Answer:
    return not_found("ruleId", "routing rule", rule_id)


def _limit_reached(full: RuleLimitReached) -> Answer:
    return error(
        409,
        "RULE_LIMIT_REACHED",
        [
            Problem(
                "body",
                "maxRulesPerKey",
                f"body: this API key already holds {full.limit} routing rules, the most "
                "this server keeps for one key; delete one first",
            )
        ],
    )


def _too_large(large: RuleTooLarge) -> Answer:
    return too_large(
        f"body: the rule would take {large.size} bytes once stored, more than the "
        f"{large.limit} bytes this server keeps for one rule",
        rule="maxRuleBytes",
    )


def _number_in_use(clash: NumberInUse) -> Answer:
    return error(
        409,
        "NUMBER_IN_USE",
        [
            Problem(
                f"numbers[{index}]",
                "unique-on-inbound-gateway",
                f"numbers[{index}]: {show(number)} is already routed by rule {show(other)} "
                f"on inbound gateway {show(clash.gateway_id)}",
            )
            for index, number, other in clash.clashes
        ],
    )
