"""The vendor SDKs' retry rules for every HTTP method, through the client's own transports.

The generated endpoints use only some methods, so these send each method through the httpx
client that the endpoints use: the same auth, bounds and retries.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from .helpers import Script, Sleeps, client_for, json_response

RETRIED_ON_FAILURE = ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"]
NEVER_RETRIED_ON_FAILURE = ["POST", "PATCH"]
EVERY_METHOD = RETRIED_ON_FAILURE + NEVER_RETRIED_ON_FAILURE


def _send(script: Script, method: str) -> httpx.Response:
    client = client_for(script, retry=Sleeps().policy())
    return client.get_httpx_client().request(method, "/v2/sip/anything")


@pytest.mark.parametrize("method", EVERY_METHOD)
def test_429_is_retried_for_every_method(method: str) -> None:
    script = Script([json_response(429, {}), json_response(429, {}), json_response(200, {})])

    assert _send(script, method).status_code == 200
    assert script.methods() == [method] * 3


@pytest.mark.parametrize("status", [500, 503, 504, 505])
@pytest.mark.parametrize("method", RETRIED_ON_FAILURE)
def test_a_server_error_is_retried_at_most_twice(method: str, status: int) -> None:
    script = Script([json_response(status, {})])

    assert _send(script, method).status_code == status
    assert script.count == 3


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("method", NEVER_RETRIED_ON_FAILURE)
def test_post_and_patch_are_never_retried_on_a_server_error(method: str, status: int) -> None:
    script = Script([json_response(status, {}), json_response(200, {})])

    assert _send(script, method).status_code == status
    assert script.count == 1


FAILURES = [
    httpx.ConnectError("refused"),
    httpx.ReadTimeout("slow"),
    httpx.RemoteProtocolError("Server disconnected"),
]


@pytest.mark.parametrize("failure", FAILURES, ids=lambda failure: type(failure).__name__)
@pytest.mark.parametrize("method", RETRIED_ON_FAILURE)
def test_a_network_error_is_retried_for_the_safe_methods(method: str, failure: Exception) -> None:
    script = Script([failure, json_response(200, {})])

    assert _send(script, method).status_code == 200
    assert script.count == 2


@pytest.mark.parametrize("failure", FAILURES, ids=lambda failure: type(failure).__name__)
@pytest.mark.parametrize("method", NEVER_RETRIED_ON_FAILURE)
def test_post_and_patch_are_never_retried_on_a_network_error(
    method: str, failure: Exception
) -> None:
    script = Script([failure, json_response(200, {})])

    with pytest.raises(type(failure)):
        _send(script, method)
    assert script.count == 1


@pytest.mark.parametrize("method", NEVER_RETRIED_ON_FAILURE)
def test_async_patch_and_post_follow_the_same_rules(method: str) -> None:
    script = Script([json_response(503, {}), json_response(429, {}), json_response(200, {})])
    client = client_for(script, retry=Sleeps().policy())

    async def send() -> int:
        async with client.get_async_httpx_client() as http:
            first = await http.request(method, "/v2/sip/anything")
            second = await http.request(method, "/v2/sip/anything")
        return first.status_code * 1000 + second.status_code

    assert asyncio.run(send()) == 503200
    assert script.count == 3
