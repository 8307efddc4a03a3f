from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import KEY_A, KEY_B, SECRET_A, SECRET_B, Conformance, conforming_client, mint


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def conformance() -> Conformance:
    return Conformance()


@pytest.fixture
def settings() -> MockSettings:
    return MockSettings(credentials={KEY_A: SECRET_A, KEY_B: SECRET_B})


@pytest.fixture
def app(settings: MockSettings) -> MockApp:
    return create_app(settings)


@pytest.fixture
async def client(app: MockApp, conformance: Conformance) -> AsyncIterator[httpx.AsyncClient]:
    """Key A's client; every answer it gets is checked against the document."""
    async with conforming_client(app, conformance, mint(KEY_A, SECRET_A)) as client:
        yield client


@pytest.fixture
async def client_b(app: MockApp, conformance: Conformance) -> AsyncIterator[httpx.AsyncClient]:
    """Key B's client on the same app."""
    async with conforming_client(app, conformance, mint(KEY_B, SECRET_B)) as client:
        yield client


@pytest.fixture
async def anonymous(app: MockApp, conformance: Conformance) -> AsyncIterator[httpx.AsyncClient]:
    """A client that sends no token unless a test gives one."""
    async with conforming_client(app, conformance, None) as client:
        yield client
