"""What a mock server is configured with: API keys, gateways, faults and limits."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast

import attrs
import yaml
from videosdk_sip_client.exceptions import UsageError

from videosdk_sip import SPEC_PATH
from videosdk_sip.credentials import credentials_from_env
from videosdk_sip.mock.call_settings import CallSettings
from videosdk_sip.mock.delivery_settings import DeliverySettings

__all__ = [
    "DEFAULT_GATEWAYS",
    "ConnectionLimits",
    "FaultSettings",
    "FaultSpecError",
    "Gateway",
    "GatewaysFileError",
    "MockSettings",
    "load_gateways",
    "parse_faults",
]

Direction = Literal["INBOUND", "OUTBOUND"]
DIRECTIONS: tuple[Direction, ...] = ("INBOUND", "OUTBOUND")


def _check_gateway_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"gateway id must be a non-empty string, not {value!r}")


def _check_direction(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in DIRECTIONS:
        raise ValueError(f"gateway direction must be 'INBOUND' or 'OUTBOUND', not {value!r}")


@attrs.frozen
class Gateway:
    """A SIP gateway the mock knows. A rule's `type` is its gateway's `direction`."""

    id: str = attrs.field(validator=_check_gateway_id)
    direction: Direction = attrs.field(validator=_check_direction)


DEFAULT_GATEWAYS: tuple[Gateway, ...] = (
    Gateway("gateway_in_123456789", "INBOUND"),
    Gateway("gateway_out_987654321", "OUTBOUND"),
)
"""The gateways of the vendor's examples: one inbound, one outbound."""


def _check_rate(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (isinstance(value, int | float) and 0.0 <= value <= 1.0):
        raise ValueError(f"{attribute.name} must be a share from 0 to 1, not {value!r}")


def _check_latency(
    instance: object, attribute: attrs.Attribute[tuple[int, int]], value: tuple[int, int]
) -> None:
    low, high = value
    if not 0 <= low <= high <= MAX_LATENCY_MS:
        raise ValueError(
            f"latency_ms must be (low, high) with 0 <= low <= high <= {MAX_LATENCY_MS}, "
            f"not {value!r}"
        )


MAX_LATENCY_MS = 60_000


@attrs.frozen
class FaultSettings:
    """Seeded random faults, for testing a client's retries. All off by default.

    For each request to an API operation the mock first waits a delay drawn uniformly from
    `latency_ms` (milliseconds, inclusive), then draws one number to pick at most one fault:
    with probability `rate_limit` a 429 with `Retry-After: retry_after`, with `unavailable` a
    503, with `drop` the connection is closed before any answer. Faults happen before the
    request is looked at, so a faulted request never changes the stored state. The same seed
    and the same sequence of requests give the same faults.
    """

    seed: int = 0
    rate_limit: float = attrs.field(default=0.0, validator=_check_rate)
    unavailable: float = attrs.field(default=0.0, validator=_check_rate)
    drop: float = attrs.field(default=0.0, validator=_check_rate)
    latency_ms: tuple[int, int] = attrs.field(default=(0, 0), validator=_check_latency)
    retry_after: int = 1

    def __attrs_post_init__(self) -> None:
        total = self.rate_limit + self.unavailable + self.drop
        if total > 1.0 + 1e-9:
            raise ValueError(f"the fault shares add up to {total:g}; they must add up to 1 at most")
        if not isinstance(self.retry_after, int) or self.retry_after < 0:
            raise ValueError("retry_after must be a whole number of seconds >= 0")

    def describe(self) -> str:
        """The settings in `--faults` syntax."""
        low, high = self.latency_ms
        latency = f"{low}ms" if low == high else f"{low}-{high}ms"
        return (
            f"seed={self.seed},429={self.rate_limit:g},503={self.unavailable:g},"
            f"drop={self.drop:g},latency={latency},retry-after={self.retry_after}"
        )


class FaultSpecError(UsageError):
    """A `--faults` string that cannot be read; the message names the part and the rule."""


_FAULT_KEYS = ("seed", "429", "503", "drop", "latency", "retry-after")
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)?$")


def _duration_ms(text: str, item: str) -> int:
    match = _DURATION.match(text.strip())
    if match is None:
        raise FaultSpecError(
            f"--faults: {item!r}: latency must be like '20ms', '5-50ms' or '1s', not {text!r}"
        )
    value = float(match.group(1)) * (1000 if match.group(2) == "s" else 1)
    return math.ceil(value)


def parse_faults(spec: str) -> FaultSettings:
    """Read a `--faults` string: comma-separated `key=value` items, each key at most once.

    Keys: `seed` (an integer, default 0), `429` and `503` (the share of requests answered
    with that status, from 0 to 1), `drop` (the share of connections closed without an
    answer), `latency` (added delay: `20ms`, `5-50ms`, `0.5s`, `1-2s`; a bare number is
    milliseconds), `retry-after` (seconds in a 429's `Retry-After`, default 1).
    Example: `seed=7,429=0.1,503=0.05,drop=0.02,latency=5-50ms`.
    """
    values: dict[str, str] = {}
    for raw in spec.split(","):
        item = raw.strip()
        if not item:
            continue
        key, sep, value = item.partition("=")
        key = key.strip().lower()
        if not sep or not value.strip():
            raise FaultSpecError(f"--faults: {item!r}: expected key=value")
        if key not in _FAULT_KEYS:
            raise FaultSpecError(
                f"--faults: {item!r}: unknown key {key!r}; known keys: {', '.join(_FAULT_KEYS)}"
            )
        if key in values:
            raise FaultSpecError(f"--faults: {key!r} is given more than once")
        values[key] = value.strip()
    if not values:
        raise FaultSpecError("--faults: empty; expected items like 'seed=7,429=0.1'")

    def share(key: str) -> float:
        text = values.get(key)
        if text is None:
            return 0.0
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not 0.0 <= number <= 1.0:
            raise FaultSpecError(f"--faults: '{key}={text}': must be a share from 0 to 1")
        return number

    def whole(key: str, default: int) -> int:
        text = values.get(key)
        if text is None:
            return default
        if not re.fullmatch(r"-?\d+", text):
            raise FaultSpecError(f"--faults: '{key}={text}': must be a whole number")
        return int(text)

    latency = (0, 0)
    if "latency" in values:
        text = values["latency"]
        low_text, dash, high_text = text.partition("-")
        item = f"latency={text}"
        if dash:
            # "5-50ms": the unit written once applies to both ends.
            unit = "s" if high_text.endswith("s") and not high_text.endswith("ms") else "ms"
            low_text = low_text if low_text.endswith("s") else low_text + unit
            latency = (_duration_ms(low_text, item), _duration_ms(high_text, item))
        else:
            both = _duration_ms(text, item)
            latency = (both, both)
        if latency[0] > latency[1]:
            raise FaultSpecError(f"--faults: {item!r}: the low end is above the high end")
        if latency[1] > MAX_LATENCY_MS:
            raise FaultSpecError(f"--faults: {item!r}: at most {MAX_LATENCY_MS}ms")
    retry_after = whole("retry-after", 1)
    if retry_after < 0:
        raise FaultSpecError(f"--faults: 'retry-after={retry_after}': must be 0 or more")
    rates = (share("429"), share("503"), share("drop"))
    if sum(rates) > 1.0 + 1e-9:
        raise FaultSpecError(
            f"--faults: 429, 503 and drop add up to {sum(rates):g}; they must add up to 1 at most"
        )
    return FaultSettings(
        seed=whole("seed", 0),
        rate_limit=rates[0],
        unavailable=rates[1],
        drop=rates[2],
        latency_ms=latency,
        retry_after=retry_after,
    )


def _freeze_credentials(value: Mapping[str, str]) -> Mapping[str, str]:
    credentials = dict(value)
    if not credentials:
        raise ValueError("credentials: at least one API key and secret are needed")
    for api_key, secret in credentials.items():
        if not isinstance(api_key, str) or not api_key:
            raise ValueError("credentials: every API key must be a non-empty string")
        if not isinstance(secret, str) or not secret:
            # Name the key, never the secret.
            raise ValueError(f"credentials: the secret for API key {api_key!r} is empty")
    return MappingProxyType(credentials)


def _default_credentials() -> Mapping[str, str]:
    api_key, secret = credentials_from_env()
    return {api_key: secret}


def _keys_only(credentials: Mapping[str, str]) -> str:
    return "{" + ", ".join(f"{key!r}: '***'" for key in credentials) + "}"


def _check_gateways(
    instance: object, attribute: attrs.Attribute[tuple[Gateway, ...]], value: tuple[Gateway, ...]
) -> None:
    if not value:
        raise ValueError("gateways: at least one gateway is needed")
    seen: set[str] = set()
    for gateway in value:
        if not isinstance(gateway, Gateway):
            raise ValueError(f"gateways: expected Gateway instances, not {gateway!r}")
        if gateway.id in seen:
            raise ValueError(f"gateways: the id {gateway.id!r} is listed more than once")
        seen.add(gateway.id)


def _gateway_tuple(value: Iterable[Gateway]) -> tuple[Gateway, ...]:
    return tuple(value)


_E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")


def _number_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _check_numbers(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for index, number in enumerate(value):
        if not isinstance(number, str) or not _E164.match(number):
            raise ValueError(
                f"phone_numbers[{index}]: {number!r} is not an E.164 number ('+' then digits)"
            )
    if len(set(value)) != len(value):
        raise ValueError("phone_numbers: a number is listed more than once")


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or value < 1:
        raise ValueError(f"{attribute.name} must be a whole number >= 1, not {value!r}")


def _seconds(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 3600:
        raise ValueError(
            f"{attribute.name} must be a number of seconds from 0 to 3600, not {value!r}"
        )


@attrs.frozen
class ConnectionLimits:
    """What one HTTP connection may take from the server.

    `max_head_bytes` bounds a request's line and headers (above: 431, then the connection
    is closed). A new connection, or one that has been answered, is closed when no request
    starts within `idle_timeout` seconds; a request whose head is not complete within
    `head_timeout` seconds of that moment gets a 408 and the connection is closed. Above
    `max_connections` open connections, the one idle longest is closed to make room (a new
    connection is refused with a 503 when none is idle).
    """

    max_head_bytes: int = attrs.field(default=16_384, validator=_positive)
    idle_timeout: float = attrs.field(default=5.0, validator=_seconds)
    head_timeout: float = attrs.field(default=10.0, validator=_seconds)
    max_connections: int = attrs.field(default=256, validator=_positive)

    def __attrs_post_init__(self) -> None:
        if self.head_timeout < self.idle_timeout:
            raise ValueError(
                f"head_timeout ({self.head_timeout:g}) must be at least idle_timeout "
                f"({self.idle_timeout:g})"
            )


@attrs.frozen
class MockSettings:
    """Everything a mock server is configured with.

    `credentials` maps each accepted API key to its secret (default: `VIDEOSDK_API_KEY` and
    `VIDEOSDK_SECRET`, else the development pair); their repr shows the keys only.
    `token_cache_size` bounds the cache of already-verified tokens (0 turns it off; a cached
    token is still refused once its `exp` has passed) and `token_cache_bytes` the bytes of
    tokens it holds. `max_token_lifetime` (seconds) refuses a token whose `exp` is further
    ahead than that.
    `max_rules_per_key` and `max_rule_bytes` bound each API key's rules: a create beyond
    the count is a 409 `RULE_LIMIT_REACHED`, a rule whose stored JSON would exceed the size
    a 413 `PAYLOAD_TOO_LARGE` (rule `maxRuleBytes`). `calls` sets the pace and outcomes of
    simulated calls, `delivery` how webhook events are delivered.
    Every API key starts with the `gateways` as gateway records and the `phone_numbers`
    registered, on no gateway.
    """

    credentials: Mapping[str, str] = attrs.field(
        factory=_default_credentials, converter=_freeze_credentials, repr=_keys_only
    )
    gateways: tuple[Gateway, ...] = attrs.field(
        default=DEFAULT_GATEWAYS, converter=_gateway_tuple, validator=_check_gateways
    )
    phone_numbers: tuple[str, ...] = attrs.field(
        default=(), converter=_number_tuple, validator=_check_numbers
    )
    faults: FaultSettings | None = None
    spec_path: Path = SPEC_PATH
    max_body_bytes: int = attrs.field(default=1_048_576, validator=_positive)
    max_depth: int = attrs.field(default=32, validator=_positive)
    token_cache_size: int = 4096
    token_cache_bytes: int = attrs.field(default=1_048_576, validator=_positive)
    max_token_lifetime: int = attrs.field(default=30 * 86_400, validator=_positive)
    connections: ConnectionLimits = ConnectionLimits()
    max_rules_per_key: int = attrs.field(default=10_000, validator=_positive)
    max_rule_bytes: int = attrs.field(default=16_384, validator=_positive)
    calls: CallSettings = attrs.field(factory=CallSettings)
    delivery: DeliverySettings = attrs.field(factory=DeliverySettings)


class GatewaysFileError(UsageError):
    """A `--gateways` file that cannot be used; the message names the file and the field."""


def load_gateways(path: Path | str) -> tuple[Gateway, ...]:
    """The gateways listed in a JSON or YAML file (`.json` is read as JSON, anything else as YAML).

    The file holds a list of gateways, or a mapping with the list under `gateways`; each
    gateway is a mapping with `id` (a non-empty string) and `direction` (`INBOUND` or
    `OUTBOUND`, any case). Any problem raises `GatewaysFileError` naming the field.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GatewaysFileError(f"{path}: cannot read the gateways file: {error}") from None
    data: Any
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as error:
        kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
        raise GatewaysFileError(f"{path}: not valid {kind}: {error}") from None
    where = "gateways"
    if isinstance(data, dict):
        unknown = sorted(str(key) for key in data if key != "gateways")
        if unknown:
            raise GatewaysFileError(
                f"{path}: {unknown[0]}: unknown field; the file holds 'gateways' only"
            )
        if "gateways" not in data:
            raise GatewaysFileError(f"{path}: gateways: required")
        data = data["gateways"]
    if not isinstance(data, list):
        raise GatewaysFileError(
            f"{path}: {where}: must be a list of {{id, direction}} entries, "
            f"not {type(data).__name__}"
        )
    if not data:
        raise GatewaysFileError(f"{path}: {where}: must list at least one gateway")
    gateways: list[Gateway] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(data):
        field = f"{where}[{index}]"
        if not isinstance(entry, dict):
            raise GatewaysFileError(
                f"{path}: {field}: must be a mapping with id and direction, "
                f"not {type(entry).__name__}"
            )
        for key in entry:
            if key not in ("id", "direction"):
                raise GatewaysFileError(
                    f"{path}: {field}.{key}: unknown field; a gateway has id and direction"
                )
        for key in ("id", "direction"):
            if key not in entry:
                raise GatewaysFileError(f"{path}: {field}.{key}: required")
        gateway_id, direction = entry["id"], entry["direction"]
        if not isinstance(gateway_id, str) or not gateway_id:
            raise GatewaysFileError(
                f"{path}: {field}.id: must be a non-empty string, not {gateway_id!r}"
            )
        if not isinstance(direction, str) or direction.upper() not in DIRECTIONS:
            raise GatewaysFileError(
                f"{path}: {field}.direction: must be 'INBOUND' or 'OUTBOUND', not {direction!r}"
            )
        if gateway_id in seen:
            raise GatewaysFileError(
                f"{path}: {field}.id: {gateway_id!r} is already the id of "
                f"{where}[{seen[gateway_id]}]"
            )
        seen[gateway_id] = index
        gateways.append(Gateway(gateway_id, cast(Direction, direction.upper())))
    return tuple(gateways)
