"""What ties records of one resource to another's, in one place: that a seed routing rule's
`gatewayId` names a known gateway (and takes that gateway's direction as its `type`), and that
a call is placed through a stored outbound routing rule."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from videosdk_sip.mock.problems import Problem, show
from videosdk_sip.mock.settings import Gateway
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.gateways import NumberClash

__all__ = ["Relations", "number_clash_problems"]

_LISTED = 10


class Relations:
    """Checks across stores, for the handlers."""

    def __init__(self, stores: Stores) -> None:
        self._stores = stores

    def gateway_for_rule(self, api_key: str, gateway_id: str) -> Gateway | Problem:
        """The live gateway of `api_key` a seed rule names, or the problem naming the field
        and the known gateways."""
        gateway = self._stores.gateways.get(api_key, gateway_id)
        if gateway is not None:
            return Gateway(gateway.id, gateway.direction)
        known = ", ".join(self._stores.gateways.live_ids(api_key)[:_LISTED]) or "none"
        return Problem(
            "gatewayId",
            "exists",
            f"gatewayId: no gateway {show(gateway_id)} exists; known gateways: {known}",
        )

    def outbound_rule_for_call(self, api_key: str, rule_id: str) -> Mapping[str, Any] | Problem:
        """The `NumberRoutingRule` answer of `api_key`'s rule `rule_id` when it is an outbound
        rule (calls are placed through outbound rules only); else the problem naming
        `routingRuleId`."""
        rule = self._stores.number_rules.get(api_key, rule_id)
        if rule is None:
            return Problem(
                "routingRuleId",
                "exists",
                f"routingRuleId: no routing rule {show(rule_id)} exists",
            )
        if rule.fields["type"] != "outbound":
            return Problem(
                "routingRuleId",
                "outbound",
                f"routingRuleId: rule {show(rule_id)} is an {rule.fields['type']} rule; "
                "calls are placed through outbound rules",
            )
        return rule.fields

    def number_rule_exists(self, api_key: str, rule_id: str) -> bool:
        """Whether `api_key` has the current routing rule `rule_id`."""
        return self._stores.number_rules.get(api_key, rule_id) is not None


def number_clash_problems(clash: NumberClash, field: str) -> list[Problem]:
    """One problem per number already on another gateway of the same direction; `field`
    names the request's list of numbers."""
    direction = clash.direction.lower()
    return [
        Problem(
            f"{field}[{index}]",
            "one-gateway-per-direction",
            f"{field}[{index}]: {show(number)} is already on {direction} gateway {show(other)}",
        )
        for index, number, other in clash.clashes
    ]
