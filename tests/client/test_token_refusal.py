"""A token that could not travel as a raw header value is refused before any transport.

A custom provider's token with a line break once reached httpcore, whose DEBUG log line
quoted it. The client now checks every provider's token as it puts it on a request.
"""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from videosdk_sip_client import AuthenticatedClient, InvalidTokenError, UsageError, create_client
from videosdk_sip_client.api.routing_rules import get_routing_rule

from .helpers import BASE_URL, Script, json_response, rule_body
from .raw_server import Connection, head, raw_server

SECRET_PART = "c2VjcmV0LXBhcnQ"
BAD_TOKENS = {
    "newline": f"eyJh.{SECRET_PART}\nX-Injected: 1",
    "trailing newline": f"eyJh.{SECRET_PART}.sig\n",
    "carriage return": f"eyJh.{SECRET_PART}\r.sig",
    "space": f"eyJh {SECRET_PART}.sig",
    "bearer prefix": f"Bearer eyJh.{SECRET_PART}.sig",
    "empty": "",
    "non-ascii": f"eyJh.{SECRET_PART}.sïg",
}


def client_for(script: Script, provider: FixedProvider) -> AuthenticatedClient:
    return create_client(
        token=provider,
        base_url=BASE_URL,
        transport=httpx.MockTransport(script),
        retry=None,
        environ={},
    )


class FixedProvider:
    def __init__(self, token: object) -> None:
        self.token = token

    def get_token(self) -> str:
        return self.token  # type: ignore[return-value]


@pytest.mark.parametrize("token", list(BAD_TOKENS.values()), ids=list(BAD_TOKENS))
def test_a_providers_bad_token_never_reaches_the_transport(token: str) -> None:
    script = Script([json_response(200, rule_body())])
    client = client_for(script, FixedProvider(token))

    with pytest.raises(InvalidTokenError) as caught:
        get_routing_rule.sync("rule_1", client=client)

    assert script.count == 0
    assert SECRET_PART not in str(caught.value)
    assert "token" in str(caught.value)
    assert isinstance(caught.value, UsageError)


def test_a_provider_that_returns_no_string_is_refused() -> None:
    script = Script([json_response(200, rule_body())])
    client = client_for(script, FixedProvider(None))

    with pytest.raises(InvalidTokenError, match="must be a string"):
        get_routing_rule.sync("rule_1", client=client)
    assert script.count == 0


def test_async_calls_refuse_it_too() -> None:
    script = Script([json_response(200, rule_body())])
    client = client_for(script, FixedProvider(BAD_TOKENS["newline"]))

    async def fetch() -> object:
        async with client:
            return await get_routing_rule.asyncio("rule_1", client=client)

    with pytest.raises(InvalidTokenError):
        asyncio.run(fetch())
    assert script.count == 0


def _ok(connection: Connection) -> None:
    body = json_response(200, rule_body()).content
    connection.send(head(Content_Type="application/json", Content_Length=str(len(body))) + body)


def test_the_token_never_reaches_the_http_layers_debug_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with raw_server(_ok) as server:
        client = create_client(
            token=FixedProvider(BAD_TOKENS["newline"]),
            base_url=server.base_url,
            retry=None,
            environ={},
        )
        with caplog.at_level(logging.DEBUG), pytest.raises(InvalidTokenError):
            get_routing_rule.sync("rule_1", client=client)

    assert server.requests == []
    assert SECRET_PART not in caplog.text


def test_a_good_providers_token_is_sent_as_it_is() -> None:
    script = Script([json_response(200, rule_body())])
    token = f"eyJh.{SECRET_PART}.sig-_~+/="
    client = client_for(script, FixedProvider(token))

    get_routing_rule.sync("rule_1", client=client)
    get_routing_rule.sync("rule_1", client=client)

    assert [request.headers["authorization"] for request in script.requests] == [token] * 2
