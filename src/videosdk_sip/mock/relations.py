"""What ties records of one resource to another's, in one place: that a seed routing rule's
`gatewayId` names a known gateway (and takes that gateway's direction as its `type`), and that
a call is placed through a stored outbound routing rule."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from videosdk_sip.mock.problems import Problem, show
from videosdk_sip.mock.settings import Gateway
from videosdk_sip.mock.stores import Stores

__all__ = ["Relations"]

_LISTED = 10


class Relations:
    """Checks across stores, for the handlers."""

    def __init__(self, stores: Stores) -> None:
        self._stores = stores

    def gateway_for_rule(self, gateway_id: str) -> Gateway | Problem:
        """The gateway a rule names, or the problem naming the field and the known gateways."""
        gateways = self._stores.gateways.by_id
        gateway = gateways.get(gateway_id)
        if gateway is not None:
            return gateway
        known = ", ".join(list(gateways)[:_LISTED])
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
