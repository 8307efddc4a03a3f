"""The gateways' store: today the gateways the mock is configured with, read-only."""

from __future__ import annotations

from videosdk_sip.mock.settings import Gateway

__all__ = ["GatewayStore"]


class GatewayStore:
    """Gateways by id, in the order they were configured."""

    def __init__(self, gateways: tuple[Gateway, ...]) -> None:
        self._gateways = {gateway.id: gateway for gateway in gateways}

    def get(self, gateway_id: str) -> Gateway | None:
        return self._gateways.get(gateway_id)

    def ids(self) -> list[str]:
        return list(self._gateways)
