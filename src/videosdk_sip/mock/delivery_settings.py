"""How the mock delivers webhook events: timeouts, retries, backoff and its bounds."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

__all__ = ["LOOPBACK", "DeliverySettings"]

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
"""The hosts of this machine, for `DeliverySettings.hosts`."""


def _positive_number(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 60:
        raise ValueError(f"{attribute.name} must be a number of seconds in (0, 60], not {value!r}")


def _count(low: int, high: int) -> Callable[[object, attrs.Attribute[int], int], None]:
    def check(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(
                f"{attribute.name} must be a whole number from {low} to {high}, not {value!r}"
            )

    return check


def _host_set(value: Iterable[str] | None) -> frozenset[str] | None:
    return None if value is None else frozenset(host.lower() for host in value)


@attrs.frozen
class DeliverySettings:
    """Each event goes to each subscribed webhook in at most `attempts` POSTs, each cut off
    after `timeout` seconds; attempt n+1 waits `backoff * 2**(n-1)` seconds, at most
    `backoff_cap`. At most `queue_size` deliveries wait at once (more are dropped, and the
    drop recorded); the last `log_size` deliveries are kept for inspection. Events go only
    to URLs on `hosts` (by default this machine's: others are dropped, and the drop
    recorded), so a mock under generated tests sends nothing off the machine; `None` allows
    any host."""

    timeout: float = attrs.field(default=2.0, validator=_positive_number)
    attempts: int = attrs.field(default=3, validator=_count(1, 10))
    backoff: float = attrs.field(default=0.1, validator=_positive_number)
    backoff_cap: float = attrs.field(default=1.0, validator=_positive_number)
    queue_size: int = attrs.field(default=1000, validator=_count(1, 1_000_000))
    log_size: int = attrs.field(default=10_000, validator=_count(1, 1_000_000))
    hosts: frozenset[str] | None = attrs.field(default=LOOPBACK, converter=_host_set)

    def allows(self, host: str | None) -> bool:
        return self.hosts is None or (host is not None and host.lower() in self.hosts)

    def delay_before(self, attempt: int) -> float:
        """Seconds to wait before attempt number `attempt` (2 or more)."""
        return float(min(self.backoff_cap, self.backoff * 2 ** (attempt - 2)))
