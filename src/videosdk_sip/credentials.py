"""The API key and secret the kit signs and checks tokens with.

Like the vendor's SDKs, the kit reads `VIDEOSDK_API_KEY` and `VIDEOSDK_SECRET` from the
environment. When they are not set it falls back to a published development pair, so that the
mock server and `videosdk-sip token` work together out of the box. The development secret is
public: it only ever unlocks the local mock, never the vendor's API.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from videosdk_sip_client.factory import API_KEY_VARIABLE, SECRET_VARIABLE

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


def credentials_from_env(environ: Mapping[str, str] = os.environ) -> tuple[str, str]:
    """`(api_key, secret)` from `VIDEOSDK_API_KEY` and `VIDEOSDK_SECRET`, else the dev pair.

    Both variables must be set together (an empty value counts as unset): a key without its
    secret, or a secret without its key, is a configuration mistake and raises `ValueError`
    naming the missing variable, never the value of the one that is set.
    """
    api_key = environ.get(API_KEY_VARIABLE, "")
    secret = environ.get(SECRET_VARIABLE, "")
    if api_key and secret:
        return api_key, secret
    if not api_key and not secret:
        return DEV_API_KEY, DEV_SECRET
    missing, given = (
        (SECRET_VARIABLE, API_KEY_VARIABLE) if api_key else (API_KEY_VARIABLE, SECRET_VARIABLE)
    )
    raise ValueError(f"{given} is set but {missing} is not: set both, or neither for the dev pair")
