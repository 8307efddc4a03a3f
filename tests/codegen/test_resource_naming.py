"""How operations become `client.sip.<resource>.<verb>`: the naming rule, and the rule applied
to the whole current document."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from videosdk_sip_client.resources import AsyncSip, Sip

ROOT = Path(__file__).resolve().parents[2]
CODEGEN = ROOT / "scripts" / "codegen"
METHODS = ("get", "put", "post", "delete", "patch")


def _verb_names() -> Callable[[str, list[str]], dict[str, str]]:
    sys.path.insert(0, str(CODEGEN))
    try:
        spec = importlib.util.spec_from_file_location("sdk_resources", CODEGEN / "sdk_resources.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["sdk_resources"] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(CODEGEN))
    verb_names: Callable[[str, list[str]], dict[str, str]] = module.verb_names
    return verb_names


verb_names = _verb_names()


@pytest.mark.parametrize(
    ("resource", "operations", "expected"),
    [
        (
            "routing_rules",
            ["createRoutingRule", "listRoutingRules", "getRoutingRule", "deleteRoutingRule"],
            ["create", "list", "get", "delete"],
        ),
        # the current family: a singular tag, and a suffix every operation shares
        (
            "routing_rule",
            ["createRoutingRuleV2", "listRoutingRulesV2", "updateRoutingRuleV2"],
            ["create", "list", "update"],
        ),
        (
            "calls",
            ["createCall", "listCalls", "getCall", "transferCall", "endCall", "switchCallRoom"],
            ["create", "list", "get", "transfer", "end", "switch_room"],
        ),
        (
            "phone_numbers",
            ["listPhoneNumbers", "detachPhoneNumber", "updatePhoneNumberGateway"],
            ["list", "detach", "update_gateway"],
        ),
        ("inbound_gateways", ["createInboundGateway"], ["create"]),
        ("webhook_deliveries", ["listWebhookDeliveries"], ["list"]),
    ],
)
def test_a_verb_is_the_operation_id_without_its_resource(
    resource: str, operations: list[str], expected: list[str]
) -> None:
    assert list(verb_names(resource, operations).values()) == expected


def test_colliding_or_empty_verbs_keep_the_whole_operation_id() -> None:
    assert verb_names("calls", ["getCall", "getCalls", "calls"]) == {
        "getCall": "get_call",
        "getCalls": "get_calls",
        "calls": "calls",
    }


def test_a_keyword_or_a_taken_name_gets_a_trailing_underscore() -> None:
    assert verb_names("rules", ["importRules", "withRawResponseRule"]) == {
        "importRules": "import_",
        "withRawResponseRule": "with_raw_response_",
    }


def _operations() -> list[dict[str, Any]]:
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return [
        operation
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    ]


def _public_methods(owner: type) -> set[str]:
    return {name for name, _ in inspect.getmembers(owner, inspect.isfunction) if name[0] != "_"}


def test_every_operation_of_the_document_is_a_resource_method() -> None:
    operations = _operations()
    tags = {re.sub(r"[^a-z0-9]+", "_", operation["tags"][0].lower()) for operation in operations}
    assert set(Sip.__slots__) == tags
    assert set(AsyncSip.__slots__) == tags
    counted = 0
    for tag in tags:
        resources = vars(importlib.import_module(f"videosdk_sip_client.resources.{tag}"))
        class_name = "".join(part.capitalize() for part in tag.split("_")) + "Resource"
        for prefix in ("", "Async"):
            sync_or_async = resources[f"{prefix}{class_name}"]
            raw = resources[f"{prefix}{class_name}WithRawResponse"]
            assert _public_methods(sync_or_async) == _public_methods(raw)
        counted += len(_public_methods(resources[class_name]))
    assert counted == len(operations)


def test_a_schema_named_like_a_resource_class_stops_generation(tmp_path: Path) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "clash", "version": "1"},
        "paths": {
            "/v2/sip/widgets": {
                "get": {
                    "operationId": "listWidgets",
                    "tags": ["widgets"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/WidgetsResource"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "WidgetsResource": {"type": "object", "properties": {"id": {"type": "string"}}}
            }
        },
    }
    spec = tmp_path / "clash.json"
    spec.write_text(json.dumps(document))
    target = tmp_path / "out"
    command = [sys.executable, str(CODEGEN / "generate.py"), "--spec", str(spec)]
    done = subprocess.run(
        [*command, "--target", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "tag 'widgets': its resource class WidgetsResource has the name of" in done.stderr
    assert not target.exists()
