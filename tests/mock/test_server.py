"""`running_mock`: a real server on a free loopback port, answering before it is handed over,
gone after."""

from __future__ import annotations

import socket

import httpx
import pytest

from videosdk_sip.mock.server import base_url, bind, running_mock
from videosdk_sip.mock.settings import MockSettings

from .helpers import KEY_A, RULES, SECRET_A, mint, rule_body


def test_running_mock_serves_the_api_over_http() -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A})
    with running_mock(settings) as url:
        assert url.startswith("http://127.0.0.1:")
        headers = {"Authorization": mint()}
        created = httpx.post(url + RULES, json=rule_body(), headers=headers)
        assert created.status_code == 200
        fetched = httpx.get(f"{url}{RULES}/{created.json()['id']}", headers=headers)
        assert fetched.json() == created.json()
        assert fetched.headers["x-request-id"]
        assert "server" not in fetched.headers
        assert httpx.get(url + "/docs").status_code == 200
    port = int(url.rsplit(":", 1)[1])
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), 1):
        pass


def test_two_servers_have_separate_stores() -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A})
    headers = {"Authorization": mint()}
    with running_mock(settings) as first, running_mock(settings) as second:
        assert first != second
        assert httpx.post(first + RULES, json=rule_body(), headers=headers).status_code == 200
        listing = httpx.get(second + RULES, headers=headers).json()
        assert listing["pageInfo"]["total"] == 0


def test_the_default_settings_accept_the_development_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET

    monkeypatch.delenv("VIDEOSDK_API_KEY", raising=False)
    monkeypatch.delenv("VIDEOSDK_SECRET", raising=False)
    with running_mock() as url:
        answer = httpx.get(url + RULES, headers={"Authorization": mint(DEV_API_KEY, DEV_SECRET)})
        assert answer.status_code == 200


def test_a_busy_port_is_an_error() -> None:
    with bind("127.0.0.1", 0) as taken:
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OSError, match="in use"):
            bind("127.0.0.1", port).close()


def test_base_url_brackets_ipv6() -> None:
    try:
        sock = bind("::1", 0)
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")
    with sock:
        assert base_url(sock).startswith("http://[::1]:")
