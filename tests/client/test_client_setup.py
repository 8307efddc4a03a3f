"""create_client(): credentials and settings from arguments or the environment."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import jwt
import pytest
from videosdk_sip_client import AuthenticatedClient, RetryPolicy, create_client, mint_token
from videosdk_sip_client.api.routing_rules import create_routing_rule, get_routing_rule
from videosdk_sip_client.models import RoutingRuleCreate

from .helpers import API_KEY, SECRET, Script, create_body, json_response, rule_body

ENV = {"VIDEOSDK_API_KEY": API_KEY, "VIDEOSDK_SECRET": SECRET}


def _sent(client: AuthenticatedClient, script: Script) -> httpx.Request:
    get_routing_rule.sync("rule_1", client=client)
    return script.requests[-1]


def _client(script: Script, **settings: Any) -> AuthenticatedClient:
    return create_client(transport=httpx.MockTransport(script), **settings)


def test_credentials_and_base_url_come_from_the_environment() -> None:
    script = Script([json_response(200, rule_body())])
    client = _client(script, environ={**ENV, "VIDEOSDK_BASE_URL": "http://staging.test/"})

    request = _sent(client, script)

    assert str(request.url) == "http://staging.test/v2/sip/routing-rules/rule_1"
    claims = jwt.decode(request.headers["Authorization"], SECRET, algorithms=["HS256"])
    assert claims["apikey"] == API_KEY


def test_arguments_win_over_the_environment() -> None:
    script = Script([json_response(200, rule_body())])
    client = _client(
        script,
        api_key="argument-key",
        secret=SECRET,
        base_url="http://argument.test",
        environ={"VIDEOSDK_API_KEY": "env-key", "VIDEOSDK_SECRET": "env-secret-" + "y" * 32},
    )

    request = _sent(client, script)

    assert request.url.host == "argument.test"
    claims = jwt.decode(request.headers["Authorization"], SECRET, algorithms=["HS256"])
    assert claims["apikey"] == "argument-key"


def test_the_default_base_url_is_the_vendors() -> None:
    client = create_client(environ=ENV)
    assert client.base_url == "https://api.videosdk.live"


def test_a_token_from_the_environment_is_used_when_there_is_no_key_pair() -> None:
    script = Script([json_response(200, rule_body())])
    token = mint_token(API_KEY, SECRET)
    client = _client(script, environ={"VIDEOSDK_TOKEN": token})

    assert _sent(client, script).headers["Authorization"] == token


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"environ": {}}, "credentials: pass api_key and secret"),
        ({"environ": {"VIDEOSDK_API_KEY": API_KEY}}, "secret: not given and VIDEOSDK_SECRET"),
        ({"secret": SECRET, "environ": {}}, "api_key: not given and VIDEOSDK_API_KEY"),
        ({"token": "t", "api_key": API_KEY, "environ": {}}, "token: give either token"),
        ({"environ": ENV, "base_url": "ftp://x"}, "base_url: must be an http:// or https:// URL"),
        ({"environ": ENV, "base_url": "api.test"}, "base_url: must be an http"),
        ({"environ": ENV, "timeout": 0}, "timeout: must be a positive number"),
        ({"environ": ENV, "timeout": -1.5}, "timeout: must be a positive number"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(
    settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")) as caught:
        create_client(**settings)
    assert SECRET not in str(caught.value)


def test_httpx_args_may_not_carry_a_transport_or_auth() -> None:
    for key in ("transport", "auth"):
        with pytest.raises(ValueError, match=rf"^httpx_args\['{key}'\]: set by this client"):
            AuthenticatedClient("http://api.test", "token", httpx_args={key: None})


def test_the_default_timeout_is_thirty_seconds_and_configurable() -> None:
    assert create_client(environ=ENV).get_httpx_client().timeout == httpx.Timeout(30.0)
    assert create_client(environ=ENV, timeout=5).get_httpx_client().timeout == httpx.Timeout(5.0)
    client = create_client(environ=ENV, timeout=None)
    assert client.get_async_httpx_client().timeout == httpx.Timeout(None)


def test_the_default_retry_policy_is_the_vendor_sdks() -> None:
    policy = create_client(environ=ENV).retry
    assert policy is not None
    assert policy.max_retries == 2
    assert (policy.backoff_initial, policy.backoff_max, policy.jitter) == (1.0, 8.0, 0.25)
    assert policy.retry_statuses == {429}
    assert policy.idempotent_retry_statuses == set(range(500, 600))
    assert policy.idempotent_methods == {"GET", "PUT", "DELETE", "HEAD", "OPTIONS"}
    assert "POST" not in policy.idempotent_methods
    assert create_client(environ=ENV, retry=None).retry is None


def test_every_operation_works_sync_and_async_with_one_client() -> None:
    created = rule_body("rule_new")
    script = Script([lambda request: json_response(200, created)])
    client = create_client(environ=ENV, transport=httpx.MockTransport(script))
    body = RoutingRuleCreate.from_dict(create_body())

    sync_rule = create_routing_rule.sync(client=client, body=body)
    detailed = create_routing_rule.sync_detailed(client=client, body=body)

    async def main() -> tuple[Any, Any]:
        async with client:
            plain = await create_routing_rule.asyncio(client=client, body=body)
            full = await create_routing_rule.asyncio_detailed(client=client, body=body)
            return plain, full

    async_rule, async_detailed = asyncio.run(main())

    assert sync_rule.id == async_rule.id == "rule_new"
    assert detailed.status_code == async_detailed.status_code == 200
    assert detailed.parsed == sync_rule
    assert [request.method for request in script.requests] == ["POST"] * 4
    for request in script.requests:
        assert request.headers["Content-Type"] == "application/json"
        assert request.read() == httpx.Request("POST", "/", json=create_body()).read()


def test_an_async_only_transport_is_used_for_async_calls() -> None:
    script = Script([json_response(200, rule_body())])

    class AsyncOnly(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return script(request)

    client = create_client(
        environ=ENV, transport=httpx.MockTransport(script), async_transport=AsyncOnly()
    )
    get_routing_rule.sync("rule_1", client=client)
    asyncio.run(get_routing_rule.asyncio("rule_1", client=client))

    assert script.count == 2


def test_with_headers_keeps_auth_and_retries() -> None:
    script = Script([json_response(503, {"message": "down"}), json_response(200, rule_body())])
    waits: list[float] = []
    client = create_client(
        environ=ENV,
        transport=httpx.MockTransport(script),
        retry=RetryPolicy(sleep=waits.append),
    ).with_headers({"X-Trace": "abc"})

    get_routing_rule.sync("rule_1", client=client)

    assert script.count == 2
    assert len(waits) == 1
    assert script.requests[-1].headers["X-Trace"] == "abc"
    assert "Authorization" in script.requests[-1].headers


def test_a_ready_token_read_from_a_file_loses_its_newline() -> None:
    script = Script([json_response(200, rule_body())])
    client = _client(script, token="header.payload.signature\n")

    assert _sent(client, script).headers["Authorization"] == "header.payload.signature"


@pytest.mark.parametrize(
    ("token", "rule"),
    [
        ("Bearer header.payload.signature", "without a 'Bearer ' prefix"),
        ("header.pay load.signature", "another character"),
        ("header.payload\n.signature", "another character"),
    ],
)
def test_a_ready_token_that_cannot_be_a_raw_header_is_refused_unquoted(
    token: str, rule: str
) -> None:
    with pytest.raises(ValueError, match=rule) as refused:
        create_client(token=token, environ={})

    assert "payload" not in str(refused.value)
