"""The API key and secret the kit signs and checks tokens with.

Like the vendor's SDKs, the kit reads `VIDEOSDK_API_KEY` and `VIDEOSDK_SECRET` from the
environment. When they are not set it falls back to a published development pair, so that the
mock server and `videosdk-sip token` work together out of the box. The development secret is
public: it only ever unlocks the local mock, never the vendor's API.
"""

from __future__ import annotations

from collections.abc import Mapping

from videosdk_sip_client.environment import API_KEY_VARIABLE, SECRET_VARIABLE, Environment

__all__ = [
    "API_KEY_VARIABLE",
    "DEV_API_KEY",
    "DEV_SECRET",
    "SECRET_VARIABLE",
    "credentials_from_env",
]

DEV_API_KEY = "videosdk-sip-dev-key"
"""The development API key the mock accepts when no other is configured."""

DEV_SECRET = "videosdk-sip-dev-secret-not-for-production-use"  # noqa: S105 (published)
"""The development secret (46 bytes, over HS256's 32-byte minimum). Public: mock use only."""


def credentials_from_env(environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """`(api_key, secret)` from `VIDEOSDK_API_KEY` and `VIDEOSDK_SECRET`, else the dev pair.

    The variables are read as the client reads them (`Environment`): trimmed, empty counts
    as unset. One without the other raises `UsageError` naming the missing variable, never
    the value of the one that is set.
    """
    pair = Environment.read(environ).key_and_secret()
    return (DEV_API_KEY, DEV_SECRET) if pair is None else pair
