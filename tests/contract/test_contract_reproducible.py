"""A seed replays a run whatever else the process has loaded.

Hypothesis mixes into its data the constants written in "local" modules (those outside
site-packages) loaded so far; what is loaded changes during a pytest session, so without care
the same seed sent different requests depending on which tests ran before.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from videosdk_sip.contract.reproducible import seed_only_generation
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import SMALL, ASGIApp, Receive, Scope, Send, run_contract

MARK = "zq-local-constant-"
CONSTANTS = 4000


@pytest.fixture
def module_full_of_constants(tmp_path: Path) -> Iterator[None]:
    """A local module with thousands of string constants, loaded for the test's duration."""
    source = tmp_path / "zq_local_constants.py"
    values = ",\n".join(f'    "{MARK}{n}"' for n in range(CONSTANTS))
    source.write_text(f"VALUES = (\n{values},\n)\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("zq_local_constants", source)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    try:
        yield
    finally:
        del sys.modules[spec.name]


class RecordingBodies:
    """The mock, keeping every request body it was sent."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def __call__(self, settings: MockSettings) -> ASGIApp:
        app = create_app(settings)

        async def recording(scope: Scope, receive: Receive, send: Send) -> None:
            async def receiving() -> dict[str, object]:
                message = dict(await receive())
                body = message.get("body")
                if isinstance(body, bytes) and body:
                    self.bodies.append(body)
                return message

            await app(scope, receiving, send)

        return recording


@pytest.mark.slow
@pytest.mark.usefixtures("module_full_of_constants")
def test_a_run_draws_nothing_from_the_constants_of_loaded_local_modules() -> None:
    server = RecordingBodies()

    run = run_contract("--in-process", "--seed", "11", "--no-progress", *SMALL, app_factory=server)

    assert server.bodies, run.out
    assert not [body for body in server.bodies if MARK.encode() in body]


@pytest.mark.usefixtures("module_full_of_constants")
def test_hypothesis_draws_local_constants_again_after_a_run() -> None:
    from hypothesis.internal.conjecture import providers

    with seed_only_generation(), seed_only_generation():
        assert not providers._get_local_constants().strings
    assert any(value.startswith(MARK) for value in providers._get_local_constants().strings)
