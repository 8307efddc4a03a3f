"""The mock takes its routes and rules from the document it is given, not from a copy in code;
and a failure inside it is still a documented answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from videosdk_sip import SPEC_PATH
from videosdk_sip.mock.app import MockApp, create_app
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.spec import SERVED_TAGS, load_document

from .helpers import KEY_A, RULES, SECRET_A, Conformance, conforming_client, mint, rule_body

pytestmark = pytest.mark.anyio


def edited_document(tmp_path: Path, edit: Any) -> Path:
    document = yaml.safe_load(SPEC_PATH.read_text())
    edit(document)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def settings_for(path: Path) -> MockSettings:
    return MockSettings(credentials={KEY_A: SECRET_A}, spec_path=path)


async def test_parameter_rules_come_from_the_document(tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        parameters = document["components"]["parameters"]
        parameters["PerPage"]["schema"]["maximum"] = 5
        parameters["RuleId"]["schema"]["pattern"] = "^rule_[0-9]+$"

    app = create_app(settings_for(edited_document(tmp_path, edit)))
    async with conforming_client(app, Conformance(), mint()) as client:
        too_many = await client.get(RULES, params={"perPage": 6})
        assert (too_many.status_code, too_many.json()["rule"]) == (400, "maximum")
        assert (await client.get(RULES, params={"perPage": 5})).status_code == 200
        # A fetch documents no 400: an id the document rules out cannot exist.
        assert (await client.get(f"{RULES}/abc")).status_code == 404
        bad_update = await client.put(f"{RULES}/abc", json={"name": "x"})
        assert (bad_update.status_code, bad_update.json()["field"]) == (400, "ruleId")
        assert bad_update.json()["rule"] == "pattern"


async def test_body_rules_come_from_the_document(tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["RoutingRuleCreate"]["properties"]["name"][
            "maxLength"
        ] = 4

    app = create_app(settings_for(edited_document(tmp_path, edit)))
    async with conforming_client(app, Conformance(), mint()) as client:
        answer = await client.post(RULES, json=rule_body(name="Too long"))
        assert (answer.status_code, answer.json()["rule"]) == (400, "maxLength")
        assert (await client.post(RULES, json=rule_body(name="Ok"))).status_code == 200


def test_an_operation_the_mock_cannot_serve_is_refused_at_start(tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        document["paths"]["/v2/sip/routing-rules/{ruleId}"]["patch"] = {
            "operationId": "patchRoutingRule",
            "tags": sorted(SERVED_TAGS),
            "responses": {"200": {"description": "ok"}},
        }

    with pytest.raises(ValueError, match="no handler for \\['patchRoutingRule'\\]"):
        create_app(settings_for(edited_document(tmp_path, edit)))


async def test_an_internal_failure_is_a_documented_500(
    client: httpx.AsyncClient, app: MockApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> bytes:
        raise RuntimeError("store exploded at /secret/path")

    monkeypatch.setattr(app.stores.routing_rules, "create", broken)
    answer = await client.post(RULES, json=rule_body())
    assert answer.status_code == 500
    error = answer.json()
    assert error["code"] == "INTERNAL_ERROR"
    assert "request id" in error["message"]
    assert "exploded" not in answer.text


def test_operations_of_tags_the_mock_does_not_serve_are_left_out() -> None:
    app = create_app(settings_for(SPEC_PATH))
    served = {operation.operation_id for operation in app.api.operations()}
    tagged: dict[str, set[str]] = {}
    for item in load_document()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                tagged[operation["operationId"]] = set(operation["tags"])
    assert {"createRoutingRule", "createWebhook", "createInboundGateway", "createCall"} <= served
    assert served == {name for name, tags in tagged.items() if tags & SERVED_TAGS}
