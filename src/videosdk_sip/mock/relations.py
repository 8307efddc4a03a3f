"""What ties records of one resource to another's, in one place: today, that a routing rule's
`gatewayId` names a known gateway (and takes that gateway's direction as its `type`)."""

from __future__ import annotations

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
        gateway = self._stores.gateways.get(gateway_id)
        if gateway is not None:
            return gateway
        known = ", ".join(self._stores.gateways.ids()[:_LISTED])
        return Problem(
            "gatewayId",
            "exists",
            f"gatewayId: no gateway {show(gateway_id)} exists; known gateways: {known}",
        )
