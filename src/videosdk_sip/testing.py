"""A pytest plugin that runs the mock server for an app's tests.

Installed with `videosdk-sip[mock]` and registered through the `pytest11` entry point, so its
fixtures need no import:

- `videosdk_mock`: a fresh mock (empty store) for one test, on a free 127.0.0.1 port;
- `videosdk_mock_session`: one mock shared by the whole session;
- `videosdk_mock_settings`: the settings both start from (a made-up API key and secret, the
  default gateways, no faults); override it in a `conftest.py` to change every mock.

Each hands out a `MockServer`: the base URL, the credentials, the gateways, and a ready
client of the generated package. `@pytest.mark.videosdk_mock(faults=..., gateways=...,
credentials=...)` changes the settings of one test's `videosdk_mock`.

This module imports only pytest and the standard library at load time: pytest loads every
installed plugin, and a project that installed the kit without `[mock]` must still start.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from videosdk_sip.extras import missing_message

if TYPE_CHECKING:
    from videosdk_sip_client import AuthenticatedClient

    from videosdk_sip.mock.settings import Gateway, MockSettings

__all__ = [
    "MARKER",
    "MockServer",
    "videosdk_mock",
    "videosdk_mock_session",
    "videosdk_mock_settings",
]

MARKER = "videosdk_mock"

_MARKER_FIELDS = ("credentials", "gateways", "faults")


@dataclass(frozen=True)
class MockServer:
    """A running mock, as the fixtures hand it out."""

    url: str
    """`http://127.0.0.1:PORT`, the base URL to give the code under test."""
    api_key: str
    secret: str = field(repr=False)
    gateways: tuple[Gateway, ...]
    client: AuthenticatedClient = field(repr=False)
    """A client of the generated package for this mock and key (closed after the fixture)."""

    @property
    def inbound_gateway_id(self) -> str:
        return self._gateway("INBOUND")

    @property
    def outbound_gateway_id(self) -> str:
        return self._gateway("OUTBOUND")

    def _gateway(self, direction: str) -> str:
        for gateway in self.gateways:
            if gateway.direction == direction:
                return gateway.id
        raise LookupError(f"this mock has no {direction} gateway")

    def token(self, lifetime: timedelta = timedelta(hours=2)) -> str:
        """A token this mock accepts, for code that sends its own `Authorization` header."""
        from videosdk_sip_client import mint_token

        return mint_token(self.api_key, self.secret, lifetime=lifetime)

    def environ(self) -> dict[str, str]:
        """`VIDEOSDK_BASE_URL`, `VIDEOSDK_API_KEY` and `VIDEOSDK_SECRET` for this mock, for
        code that reads its settings from the environment (`monkeypatch.setenv`)."""
        return {
            "VIDEOSDK_BASE_URL": self.url,
            "VIDEOSDK_API_KEY": self.api_key,
            "VIDEOSDK_SECRET": self.secret,
        }


def _require_mock() -> None:
    message = missing_message("the videosdk_mock fixture", "mock")
    if message is not None:
        pytest.fail(message, pytrace=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(faults=None, gateways=None, credentials=None): settings for this test's "
        "videosdk_mock (faults: a --faults string; gateways: Gateway objects or "
        "{id, direction} mappings; credentials: {api_key: secret})",
    )


@pytest.fixture(scope="session")
def videosdk_mock_settings() -> MockSettings:
    """The settings every mock of the session starts from: a made-up key and secret, the
    default gateways, no faults. Override this fixture to change them."""
    _require_mock()
    from videosdk_sip.mock.settings import MockSettings

    return MockSettings(credentials={f"test-key-{secrets.token_hex(4)}": secrets.token_urlsafe(32)})


def _changes(arguments: dict[str, Any]) -> dict[str, Any]:
    from videosdk_sip.mock.settings import Gateway, parse_faults

    changes: dict[str, Any] = {}
    if "credentials" in arguments:
        changes["credentials"] = arguments["credentials"]
    if "gateways" in arguments:
        changes["gateways"] = tuple(
            gateway if isinstance(gateway, Gateway) else Gateway(**gateway)
            for gateway in arguments["gateways"]
        )
    if "faults" in arguments:
        faults = arguments["faults"]
        changes["faults"] = parse_faults(faults) if isinstance(faults, str) else faults
    return changes


def _marked_settings(base: MockSettings, request: pytest.FixtureRequest) -> MockSettings:
    import attrs

    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        return base
    if marker.args:
        pytest.fail(f"@pytest.mark.{MARKER} takes keyword arguments only", pytrace=False)
    unknown = sorted(set(marker.kwargs) - set(_MARKER_FIELDS))
    if unknown:
        pytest.fail(
            f"@pytest.mark.{MARKER}: unknown argument {', '.join(unknown)}; "
            f"known: {', '.join(_MARKER_FIELDS)}",
            pytrace=False,
        )
    try:
        return attrs.evolve(base, **_changes(marker.kwargs))
    except (TypeError, ValueError) as error:
        pytest.fail(f"@pytest.mark.{MARKER}: {error}", pytrace=False)


def _serve(settings: MockSettings) -> Iterator[MockServer]:
    _require_mock()  # also where videosdk_mock_settings is overridden
    from videosdk_sip_client import create_client

    from videosdk_sip.mock.server import running_mock

    api_key, secret = next(iter(settings.credentials.items()))
    with running_mock(settings) as url:
        client = create_client(base_url=url, api_key=api_key, secret=secret, environ={})
        try:
            yield MockServer(url, api_key, secret, settings.gateways, client)
        finally:
            client.close()


@pytest.fixture
def videosdk_mock(
    videosdk_mock_settings: MockSettings, request: pytest.FixtureRequest
) -> Iterator[MockServer]:
    """A mock with an empty store for this test; `@pytest.mark.videosdk_mock(...)` changes
    its settings."""
    yield from _serve(_marked_settings(videosdk_mock_settings, request))


@pytest.fixture(scope="session")
def videosdk_mock_session(videosdk_mock_settings: MockSettings) -> Iterator[MockServer]:
    """One mock for the whole session: rules made by one test are seen by the next."""
    yield from _serve(videosdk_mock_settings)
