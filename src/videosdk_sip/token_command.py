"""`videosdk-sip token`: print a token for the API (or the mock server), and nothing else."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import timedelta

HELP = (
    "Print an HS256 token for the API from --api-key/--secret, else VIDEOSDK_API_KEY/"
    "VIDEOSDK_SECRET, else the mock server's development pair."
)

_DURATION = re.compile(r"(?P<amount>[0-9]+)(?P<unit>[smhd]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
MAX_LIFETIME = timedelta(days=30)


def parse_lifetime(text: str) -> timedelta:
    """A duration such as `3600`, `90s`, `15m`, `2h` or `1d`, from one second to 30 days."""
    match = _DURATION.fullmatch(text.strip().lower())
    if match is None:
        raise argparse.ArgumentTypeError(
            f"expected a duration such as 3600, 90m, 2h or 1d, got {text!r}"
        )
    lifetime = timedelta(seconds=int(match["amount"]) * _UNIT_SECONDS[match["unit"]])
    if not timedelta(seconds=1) <= lifetime <= MAX_LIFETIME:
        raise argparse.ArgumentTypeError(f"must be from 1 second to 30 days, got {text!r}")
    return lifetime


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-key", help="the API key (default: VIDEOSDK_API_KEY, else the development key)"
    )
    parser.add_argument(
        "--secret",
        help="the secret to sign with (default: VIDEOSDK_SECRET, else the development secret); "
        "prefer the variable, since arguments show in process lists",
    )
    parser.add_argument(
        "--lifetime",
        type=parse_lifetime,
        default=timedelta(hours=2),
        help="how long the token is valid: seconds, or a number with s, m, h or d (default: 2h)",
    )
    parser.add_argument(
        "--permission",
        dest="permissions",
        action="append",
        metavar="NAME",
        help="a permission claim; repeat for more (default: allow_join)",
    )
    parser.add_argument(
        "--role",
        dest="roles",
        action="append",
        metavar="NAME",
        help="a role claim; repeat for more (default: crawler)",
    )


def run(args: argparse.Namespace) -> int:
    from videosdk_sip_client.tokens import DEFAULT_PERMISSIONS, DEFAULT_ROLES, mint_token

    from videosdk_sip.credentials import credentials_from_env

    api_key: str | None = args.api_key
    secret: str | None = args.secret
    try:
        if api_key is None and secret is None:
            api_key, secret = credentials_from_env()
        elif api_key is None or secret is None:
            missing = "--api-key" if api_key is None else "--secret"
            raise ValueError(f"{missing} is missing: give --api-key and --secret together")
        token = mint_token(
            api_key,
            secret,
            lifetime=args.lifetime,
            permissions=args.permissions or DEFAULT_PERMISSIONS,
            roles=args.roles or DEFAULT_ROLES,
        )
    except (TypeError, ValueError) as exc:
        print(f"videosdk-sip token: {exc}", file=sys.stderr)
        return 2
    print(token)
    return 0
