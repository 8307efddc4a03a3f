"""The typed example app runs against a mock, and uses every resource the document has."""

from __future__ import annotations

import ast
from pathlib import Path

from videosdk_sip_client.resources import AsyncSip, Sip

from . import example_app
from .helpers import API_KEY, OUTBOUND, SECRET, mock_url

EXAMPLE = Path(example_app.__file__)


def _resources_used() -> set[str]:
    tree = ast.parse(EXAMPLE.read_text())
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "sip"
    }


def test_the_example_app_uses_every_resource() -> None:
    assert set(Sip.__slots__) == set(AsyncSip.__slots__)
    assert _resources_used() == set(Sip.__slots__)


def test_the_example_app_runs() -> None:
    with mock_url() as url:
        seen = example_app.main(url, API_KEY, SECRET, OUTBOUND)
    rule_id = seen[0]
    assert seen[1] == rule_id
    assert rule_id in seen[2:-2]
    assert seen[-2] == "gone: 404"
    assert len(seen[-1]) > 0
    assert seen[-1] != rule_id
