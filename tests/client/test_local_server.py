"""The client against a real HTTP server on 127.0.0.1 that misbehaves on purpose.

The server answers each connection with the next behaviour on its list: a good answer, a
dropped connection (closed after reading the request, with no answer), a reset, an HTML error
page, a 429, or silence until the client gives up. It counts the requests that reached it, so
"a POST is never sent again once it may have reached the server" is checked where it matters.
"""

from __future__ import annotations

import asyncio
import json
import socket
import socketserver
import struct
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from videosdk_sip_client import (
    ApiConnectionError,
    ApiTimeoutError,
    AuthenticatedClient,
    RateLimitError,
    ServerError,
    create_client,
)
from videosdk_sip_client.api.routing_rules import create_routing_rule, get_routing_rule
from videosdk_sip_client.models import RoutingRuleCreate

from .helpers import API_KEY, SECRET, Sleeps, create_body, rule_body

OK = "ok"
DROP = "drop"
RESET = "reset"
HTML_502 = "html-502"
LIMITED = "429"
SILENT = "silent"


def _answer(status: str, headers: dict[str, str], body: bytes) -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Connection: close"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


class Misbehaving(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.plan: list[str] = []
        self.served: list[str] = []
        self.lock = threading.Lock()
        self.release = threading.Event()

    def next_behaviour(self, request_line: str) -> str:
        with self.lock:
            self.served.append(request_line)
            index = min(len(self.served), len(self.plan)) - 1
            return self.plan[index]

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(socketserver.StreamRequestHandler):
    server: Misbehaving

    def handle(self) -> None:
        request_line = self.rfile.readline().decode("latin-1").strip()
        length = 0
        while (line := self.rfile.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        self.rfile.read(length)
        behaviour = self.server.next_behaviour(request_line)
        if behaviour == DROP:
            return
        if behaviour == RESET:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        if behaviour == SILENT:
            self.server.release.wait(timeout=5)
            return
        if behaviour == HTML_502:
            page = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
            self.wfile.write(_answer("502 Bad Gateway", {"Content-Type": "text/html"}, page))
            return
        if behaviour == LIMITED:
            body = json.dumps({"message": "slow down", "code": "RATE_LIMITED"}).encode()
            headers = {"Content-Type": "application/json", "Retry-After": "1"}
            self.wfile.write(_answer("429 Too Many Requests", headers, body))
            return
        body = json.dumps(rule_body()).encode()
        self.wfile.write(_answer("200 OK", {"Content-Type": "application/json"}, body))


@pytest.fixture
def server() -> Iterator[Misbehaving]:
    with Misbehaving() as running:
        thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            yield running
        finally:
            running.release.set()
            running.shutdown()
            thread.join(timeout=5)


def _client(base_url: str, sleeps: Sleeps, **settings: Any) -> AuthenticatedClient:
    return create_client(
        api_key=API_KEY,
        secret=SECRET,
        base_url=base_url,
        retry=sleeps.policy(),
        environ={},
        **settings,
    )


def _create(client: AuthenticatedClient) -> Any:
    return create_routing_rule.sync(client=client, body=RoutingRuleCreate.from_dict(create_body()))


@pytest.mark.parametrize("failure", [DROP, RESET, HTML_502])
def test_a_get_is_retried_after_a_dropped_connection_or_a_proxy_error(
    server: Misbehaving, failure: str
) -> None:
    server.plan = [failure, failure, OK]
    sleeps = Sleeps()

    rule = get_routing_rule.sync("rule_1", client=_client(server.base_url, sleeps))

    assert rule.id == "rule_1"
    assert len(server.served) == 3
    assert len(sleeps.waits) == 2


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [(DROP, ApiConnectionError), (RESET, ApiConnectionError), (HTML_502, ServerError)],
)
def test_a_post_that_reached_the_server_is_not_sent_again(
    server: Misbehaving, failure: str, error_class: type[Exception]
) -> None:
    server.plan = [failure, OK]
    sleeps = Sleeps()

    with pytest.raises(error_class):
        _create(_client(server.base_url, sleeps))

    assert server.served == ["POST /v2/sip/routing-rules HTTP/1.1"]
    assert sleeps.waits == []


def test_an_html_error_page_becomes_a_typed_error_with_its_text(server: Misbehaving) -> None:
    server.plan = [HTML_502]

    with pytest.raises(ServerError) as caught:
        _create(_client(server.base_url, Sleeps()))

    assert caught.value.status == 502
    assert "<h1>502 Bad Gateway</h1>" in caught.value.text
    assert "non-JSON body" in caught.value.message


def test_a_post_is_sent_again_after_a_429(server: Misbehaving) -> None:
    server.plan = [LIMITED, OK]
    sleeps = Sleeps()

    rule = _create(_client(server.base_url, sleeps))

    assert rule.id == "rule_1"
    assert len(server.served) == 2
    assert sleeps.waits == [1.0]


def test_rate_limiting_that_outlasts_the_retries_raises(server: Misbehaving) -> None:
    server.plan = [LIMITED]

    with pytest.raises(RateLimitError) as caught:
        _create(_client(server.base_url, Sleeps()))

    assert len(server.served) == 3
    assert caught.value.retry_after == 1.0


def test_a_silent_server_times_out_and_a_get_is_retried(server: Misbehaving) -> None:
    server.plan = [SILENT, OK]
    sleeps = Sleeps()

    rule = get_routing_rule.sync("rule_1", client=_client(server.base_url, sleeps, timeout=0.25))

    assert rule.id == "rule_1"
    assert len(server.served) == 2


def test_a_silent_server_times_out_a_post_once(server: Misbehaving) -> None:
    server.plan = [SILENT, OK]

    with pytest.raises(ApiTimeoutError):
        _create(_client(server.base_url, Sleeps(), timeout=0.25))

    assert len(server.served) == 1


def test_a_refused_connection_is_retried_then_raised() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps = Sleeps()

    with pytest.raises(ApiConnectionError) as caught:
        get_routing_rule.sync("rule_1", client=_client(f"http://127.0.0.1:{port}", sleeps))

    assert len(sleeps.waits) == 2
    assert caught.value.url == f"http://127.0.0.1:{port}/v2/sip/routing-rules/rule_1"


def test_async_calls_behave_the_same_against_the_server(server: Misbehaving) -> None:
    server.plan = [DROP, OK, DROP, OK]
    client = _client(server.base_url, Sleeps())

    async def main() -> None:
        async with client:
            rule = await get_routing_rule.asyncio("rule_1", client=client)
            assert rule.id == "rule_1"
            with pytest.raises(ApiConnectionError):
                await create_routing_rule.asyncio(
                    client=client, body=RoutingRuleCreate.from_dict(create_body())
                )

    asyncio.run(main())

    assert [line.split()[0] for line in server.served] == ["GET", "GET", "POST"]
