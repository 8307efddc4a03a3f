"""The gateways' store: today the gateways the mock is configured with, read-only."""

from __future__ import annotations

from collections.abc import Mapping

from videosdk_sip.mock.settings import Gateway

__all__ = ["GatewayStore"]


class GatewayStore:
    """Gateways by id (`by_id`), in the order they were configured."""

    def __init__(self, gateways: tuple[Gateway, ...]) -> None:
        self.by_id: Mapping[str, Gateway] = {gateway.id: gateway for gateway in gateways}
