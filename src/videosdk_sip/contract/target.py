"""Which server the suite runs against, with which credentials and on which gateway."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from urllib.parse import urlsplit

from attrs import field, frozen
from videosdk_sip_client.environment import (
    API_KEY_VARIABLE,
    BASE_URL_VARIABLE,
    GATEWAY_ID_VARIABLE,
    PEER_API_KEY_VARIABLE,
    PEER_SECRET_VARIABLE,
    SECRET_VARIABLE,
    TOKEN_VARIABLE,
    Environment,
)
from videosdk_sip_client.exceptions import UsageError

__all__ = [
    "BASE_URL_VARIABLE",
    "GATEWAY_VARIABLE",
    "PEER_API_KEY_VARIABLE",
    "PEER_SECRET_VARIABLE",
    "PRODUCTION_HOST",
    "TOKEN_VARIABLE",
    "Credentials",
    "Target",
    "TargetError",
    "embedded_target",
    "resolve_target",
]

GATEWAY_VARIABLE = GATEWAY_ID_VARIABLE

PRODUCTION_HOST = "api.videosdk.live"
"""The vendor's production API: refused unless `--allow-production` is given."""

EMBEDDED_API_KEY = "videosdk-sip-contract"
EMBEDDED_PEER_API_KEY = "videosdk-sip-contract-peer"
"""A second key of the embedded mock: `object_level_authorization` reads the first key's rules
with it, and fails if it reaches them."""


class TargetError(UsageError):
    """The target cannot be used as configured; the message says what to set or change."""


@frozen
class Credentials:
    """An API key and secret to mint tokens with, or one ready token. Never shown in a repr."""

    api_key: str | None = None
    secret: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        has_pair = self.api_key is not None and self.secret is not None
        if has_pair == (self.token is not None):
            raise ValueError("credentials: give an API key and secret, or a token, not both")


@frozen
class Target:
    """Where requests go. `base_url` is None for the embedded mock, started by the suite.

    `peer` is a second identity of the same server, which must never reach the rules of
    `credentials`; without it `object_level_authorization` cannot run. `inbound_gateway_id`
    is a gateway known to be inbound, where the client check tries a number twice; without
    it that step runs only if `gateway_id` turns out to be inbound.
    """

    base_url: str | None
    credentials: Credentials
    gateway_id: str
    in_process: bool = False
    peer: Credentials | None = None
    inbound_gateway_id: str | None = None

    @property
    def embedded(self) -> bool:
        return self.base_url is None

    def describe(self) -> str:
        """The target as printed; never with user info, even in a `Target` built by hand."""
        if self.base_url is not None:
            parts = urlsplit(self.base_url)
            host = parts.netloc.rpartition("@")[2]
            return parts._replace(netloc=host, query="", fragment="").geturl()
        return "the embedded mock (in process)" if self.in_process else "the embedded mock"


def embedded_target(*, gateway_id: str | None = None, in_process: bool = False) -> Target:
    """The embedded mock, with a fresh secret for this run only and the outbound gateway.

    The mock's inbound gateway is named too, for the client check's number-conflict step.
    """
    from videosdk_sip.mock.settings import DEFAULT_GATEWAYS

    # The outbound gateway lets rules share numbers, so creates are not refused with 409s
    # that would cut stateful sequences short.
    default_gateway = next(g.id for g in DEFAULT_GATEWAYS if g.direction == "OUTBOUND")
    inbound_gateway = next(g.id for g in DEFAULT_GATEWAYS if g.direction == "INBOUND")
    return Target(
        base_url=None,
        credentials=Credentials(api_key=EMBEDDED_API_KEY, secret=secrets.token_urlsafe(32)),
        gateway_id=gateway_id or default_gateway,
        in_process=in_process,
        peer=Credentials(api_key=EMBEDDED_PEER_API_KEY, secret=secrets.token_urlsafe(32)),
        inbound_gateway_id=inbound_gateway,
    )


def resolve_target(
    *,
    base_url: str | None,
    gateway_id: str | None,
    allow_production: bool,
    in_process: bool,
    environ: Mapping[str, str],
) -> Target:
    """The target that the options and the environment name, or a `TargetError` saying why not.

    Without `base_url` (the `--base-url` option) or `VIDEOSDK_BASE_URL` it is the embedded
    mock. A remote target needs `VIDEOSDK_API_KEY` and `VIDEOSDK_SECRET` (tokens are minted
    from them and refreshed), or else a ready token in `VIDEOSDK_TOKEN`; and a gateway
    (`--gateway-id` or `VIDEOSDK_GATEWAY_ID`). Every missing item is named at once, and
    nothing is sent before they are all there.
    """
    env = Environment.read(environ)
    source = "--base-url"
    if not base_url:
        base_url = env.base_url
        source = BASE_URL_VARIABLE
    if base_url is None:
        return embedded_target(gateway_id=gateway_id, in_process=in_process)
    if in_process:
        raise TargetError(f"--in-process runs the embedded mock; it cannot be used with {source}")
    base_url = _checked_url(base_url, source=source, allow_production=allow_production)

    problems: list[str] = []
    credentials = _remote_credentials(env, problems)
    peer = _peer_credentials(env, problems)
    gateway = gateway_id or env.gateway_id or ""
    if not gateway:
        problems.append(
            f"{GATEWAY_VARIABLE} is not set: name the gateway the suite may create rules on "
            f"(or pass --gateway-id)"
        )
    if problems or credentials is None:
        raise TargetError(
            f"cannot run against {base_url}; nothing was sent:\n"
            + "\n".join(f"  - {problem}" for problem in problems)
        )
    if peer is not None and peer.api_key == credentials.api_key:
        raise TargetError(
            f"{PEER_API_KEY_VARIABLE} is the same key as {API_KEY_VARIABLE}: the peer must be "
            "another identity; nothing was sent"
        )
    return Target(base_url=base_url, credentials=credentials, gateway_id=gateway, peer=peer)


def _checked_url(url: str, *, source: str, allow_production: bool) -> str:
    """The URL without a trailing slash; refused, without echoing it, if it could hold a secret.

    User info (`user:password@`) is refused: it would be printed back with the target, and
    credentials belong in the variables. A query or fragment is refused too, and not shown.
    """
    parts = urlsplit(url)
    if "@" in parts.netloc or parts.username is not None:
        raise TargetError(
            f"{source}: must not carry a user name or password (user:password@host); "
            f"give credentials in {API_KEY_VARIABLE} and {SECRET_VARIABLE}, or {TOKEN_VARIABLE}"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        shown = "" if "@" in url else f", not {url!r}"
        raise TargetError(f"{source}: must be an http:// or https:// URL with a host{shown}")
    if parts.query or parts.fragment:
        raise TargetError(f"{source}: must not carry a query (?...) or fragment (#...)")
    if parts.hostname.rstrip(".").lower() == PRODUCTION_HOST and not allow_production:
        raise TargetError(
            f"{source}: {parts.hostname} is the vendor's production API; the suite creates, "
            f"changes and deletes rules there. Point it at staging, or pass --allow-production "
            f"if you really mean production"
        )
    return url.rstrip("/")


def _remote_credentials(env: Environment, problems: list[str]) -> Credentials | None:
    try:
        pair = env.key_and_secret()
    except UsageError as error:  # names variables only, never their values
        problems.append(str(error))
        return None
    if pair is not None:
        return Credentials(api_key=pair[0], secret=pair[1])
    if env.token is not None:
        return Credentials(token=env.token)
    problems.append(
        f"no credentials: set {API_KEY_VARIABLE} and {SECRET_VARIABLE} "
        f"(or a ready token in {TOKEN_VARIABLE})"
    )
    return None


def _peer_credentials(env: Environment, problems: list[str]) -> Credentials | None:
    """The second identity (for `object_level_authorization`), when both variables are set."""
    try:
        pair = env.peer_key_and_secret()
    except UsageError as error:  # names variables only, never their values
        problems.append(str(error))
        return None
    return None if pair is None else Credentials(api_key=pair[0], secret=pair[1])
