"""The plugin in a separate project that installs only the client and `videosdk-sip[mock]`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .minimal_project import minimal_environment

_APP_TESTS = """
import importlib.metadata
import importlib.util

import pytest
from videosdk_sip_client.api.routing_rules import create_routing_rule, get_routing_rule
from videosdk_sip_client.models import RoutingRuleCreate


def test_the_fixture_serves_the_app(videosdk_mock):
    body = RoutingRuleCreate.from_dict({
        "gatewayId": videosdk_mock.inbound_gateway_id,
        "name": "Front desk",
        "numbers": ["+14150003333"],
        "dispatch": {"room": {"type": "static", "id": "room_front_desk"}},
    })
    rule = create_routing_rule.sync(client=videosdk_mock.client, body=body)
    assert get_routing_rule.sync(rule.id, client=videosdk_mock.client).name == "Front desk"


@pytest.mark.parametrize("name", ["schemathesis", "hypothesis"])
def test_the_contract_suite_is_not_installed(name):
    assert importlib.util.find_spec(name) is None
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.distribution(name)
"""


@pytest.mark.slow
def test_the_plugin_works_where_only_the_client_and_the_mock_are_installed(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    directory = (
        cache.mkdir("videosdk-sip-minimal-project") if cache is not None else tmp_path / "cache"
    )
    python = minimal_environment(directory)
    project = tmp_path / "app"
    project.mkdir()
    (project / "test_app.py").write_text(_APP_TESTS)
    result = subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--strict-markers"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=project,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout, result.stdout
    # The kit came from the wheel, not from this checkout's sources.
    where = subprocess.run(
        [python, "-c", "import videosdk_sip; print(videosdk_sip.__file__)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "site-packages" in where.stdout
