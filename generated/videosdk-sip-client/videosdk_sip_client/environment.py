"""The `VIDEOSDK_*` environment variables: their names, and the one way they are read.

The client (`create_client`) and the `videosdk-sip` kit both read them through
`Environment.read`, only when asked, with one rule: surrounding white space is removed (a
value pasted from a file ends in a newline), and a variable that is empty after that counts
as not set.

| variable              | read by                            | meaning                          |
|-----------------------|------------------------------------|----------------------------------|
| `VIDEOSDK_API_KEY`    | client, `mock`, `token`, `contract` | the API key tokens are minted for |
| `VIDEOSDK_SECRET`     | client, `mock`, `token`, `contract` | the secret that signs them        |
| `VIDEOSDK_TOKEN`      | client, `contract`                 | a ready token, sent as it is      |
| `VIDEOSDK_BASE_URL`   | client, `contract`                 | where the API is                  |
| `VIDEOSDK_GATEWAY_ID` | `contract`                         | the gateway the suite may use     |
| `VIDEOSDK_PEER_API_KEY` | `contract`                       | a second key of the same server   |
| `VIDEOSDK_PEER_SECRET`  | `contract`                       | that second key's secret          |
| `VIDEOSDK_TEST_NUMBERS` | `contract`                       | numbers the suite may change  |
| `VIDEOSDK_CALL_DESTINATION` | `contract`                   | where the suite's calls go    |
| `VIDEOSDK_CALL_RULE_ID` | `contract`                       | the outbound rule calls go through |
| `VIDEOSDK_CALL_FROM`    | `contract`                       | the caller number of those calls |
| `VIDEOSDK_WEBHOOK_RECEIVER` | `contract`                   | a public URL that reaches the suite |
| `VIDEOSDK_WEBHOOK_LISTEN`   | `contract`                   | where the suite's receiver listens |

`VIDEOSDK_TEST_NUMBERS` (comma-separated E.164) are the only numbers the suite provisions,
detaches or releases on a server; `VIDEOSDK_CALL_DESTINATION` (E.164 or `sip:` URI) is where
every call it places there goes, with `--allow-calls`, through the outbound rule
`VIDEOSDK_CALL_RULE_ID` from its number `VIDEOSDK_CALL_FROM`. `VIDEOSDK_WEBHOOK_RECEIVER` is
the public URL (a tunnel, say) that forwards to the suite's own event receiver, which listens
on `VIDEOSDK_WEBHOOK_LISTEN` (`HOST:PORT`).

`VIDEOSDK_API_KEY` and `VIDEOSDK_SECRET` go together: one without the other is a mistake,
and `Environment.key_and_secret()` says which one is missing (never the other's value). The
peer pair goes together the same way (`Environment.peer_key_and_secret()`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from attrs import field, frozen

from .exceptions import UsageError

__all__ = [
    "API_KEY_VARIABLE",
    "BASE_URL_VARIABLE",
    "CALL_DESTINATION_VARIABLE",
    "CALL_FROM_VARIABLE",
    "CALL_RULE_VARIABLE",
    "GATEWAY_ID_VARIABLE",
    "PEER_API_KEY_VARIABLE",
    "PEER_SECRET_VARIABLE",
    "SECRET_VARIABLE",
    "TEST_NUMBERS_VARIABLE",
    "TOKEN_VARIABLE",
    "VARIABLES",
    "WEBHOOK_LISTEN_VARIABLE",
    "WEBHOOK_RECEIVER_VARIABLE",
    "Environment",
]

API_KEY_VARIABLE = "VIDEOSDK_API_KEY"
SECRET_VARIABLE = "VIDEOSDK_SECRET"  # noqa: S105 (a variable name, not a secret)
TOKEN_VARIABLE = "VIDEOSDK_TOKEN"  # noqa: S105 (a variable name, not a token)
BASE_URL_VARIABLE = "VIDEOSDK_BASE_URL"
GATEWAY_ID_VARIABLE = "VIDEOSDK_GATEWAY_ID"
PEER_API_KEY_VARIABLE = "VIDEOSDK_PEER_API_KEY"
PEER_SECRET_VARIABLE = "VIDEOSDK_PEER_SECRET"  # noqa: S105 (a variable name, not a secret)
TEST_NUMBERS_VARIABLE = "VIDEOSDK_TEST_NUMBERS"
CALL_DESTINATION_VARIABLE = "VIDEOSDK_CALL_DESTINATION"
CALL_RULE_VARIABLE = "VIDEOSDK_CALL_RULE_ID"
CALL_FROM_VARIABLE = "VIDEOSDK_CALL_FROM"
WEBHOOK_RECEIVER_VARIABLE = "VIDEOSDK_WEBHOOK_RECEIVER"
WEBHOOK_LISTEN_VARIABLE = "VIDEOSDK_WEBHOOK_LISTEN"

VARIABLES: dict[str, str] = {
    "api_key": API_KEY_VARIABLE,
    "secret": SECRET_VARIABLE,
    "token": TOKEN_VARIABLE,
    "base_url": BASE_URL_VARIABLE,
    "gateway_id": GATEWAY_ID_VARIABLE,
    "peer_api_key": PEER_API_KEY_VARIABLE,
    "peer_secret": PEER_SECRET_VARIABLE,
    "test_numbers": TEST_NUMBERS_VARIABLE,
    "call_destination": CALL_DESTINATION_VARIABLE,
    "call_rule_id": CALL_RULE_VARIABLE,
    "call_from": CALL_FROM_VARIABLE,
    "webhook_receiver": WEBHOOK_RECEIVER_VARIABLE,
    "webhook_listen": WEBHOOK_LISTEN_VARIABLE,
}
"""`Environment` attribute -> the variable it is read from."""


def _value(environ: Mapping[str, str], variable: str) -> str | None:
    return environ.get(variable, "").strip() or None


@frozen
class Environment:
    """The `VIDEOSDK_*` settings, each None when not set. The secret and the token never
    appear in its repr."""

    api_key: str | None = None
    secret: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    base_url: str | None = None
    gateway_id: str | None = None
    peer_api_key: str | None = None
    peer_secret: str | None = field(default=None, repr=False)
    test_numbers: str | None = None
    call_destination: str | None = None
    call_rule_id: str | None = None
    call_from: str | None = None
    webhook_receiver: str | None = None
    webhook_listen: str | None = None

    @classmethod
    def read(cls, environ: Mapping[str, str] | None = None) -> Environment:
        """The settings in `environ` (default `os.environ`)."""
        source = os.environ if environ is None else environ
        return cls(
            api_key=_value(source, API_KEY_VARIABLE),
            secret=_value(source, SECRET_VARIABLE),
            token=_value(source, TOKEN_VARIABLE),
            base_url=_value(source, BASE_URL_VARIABLE),
            gateway_id=_value(source, GATEWAY_ID_VARIABLE),
            peer_api_key=_value(source, PEER_API_KEY_VARIABLE),
            peer_secret=_value(source, PEER_SECRET_VARIABLE),
            test_numbers=_value(source, TEST_NUMBERS_VARIABLE),
            call_destination=_value(source, CALL_DESTINATION_VARIABLE),
            call_rule_id=_value(source, CALL_RULE_VARIABLE),
            call_from=_value(source, CALL_FROM_VARIABLE),
            webhook_receiver=_value(source, WEBHOOK_RECEIVER_VARIABLE),
            webhook_listen=_value(source, WEBHOOK_LISTEN_VARIABLE),
        )

    def key_and_secret(self) -> tuple[str, str] | None:
        """`(api_key, secret)` when both are set, None when neither is; `UsageError` naming
        the missing variable when only one is."""
        return _pair(self.api_key, self.secret, API_KEY_VARIABLE, SECRET_VARIABLE)

    def peer_key_and_secret(self) -> tuple[str, str] | None:
        """The second identity's `(api_key, secret)`, by the same rule as `key_and_secret`."""
        return _pair(
            self.peer_api_key, self.peer_secret, PEER_API_KEY_VARIABLE, PEER_SECRET_VARIABLE
        )


def _pair(
    key: str | None, secret: str | None, key_variable: str, secret_variable: str
) -> tuple[str, str] | None:
    if key is not None and secret is not None:
        return key, secret
    if key is None and secret is None:
        return None
    given, missing = (
        (key_variable, secret_variable) if secret is None else (secret_variable, key_variable)
    )
    raise UsageError(f"{given} is set but {missing} is not: set both, or neither")
