"""The resource interface: a new operation in the document needs only a resource that
registers its handler by operationId, with a store of its own; the pipeline serves it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml

from videosdk_sip import SPEC_PATH
from videosdk_sip.mock.answers import Answer, not_found
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.resources.interface import Call, Handler
from videosdk_sip.mock.resources.registry import RESOURCES
from videosdk_sip.mock.resources.routing_rules import RoutingRules
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores import Stores
from videosdk_sip.spec import SERVED_TAGS

from .helpers import KEY_A, SECRET_A, mint

pytestmark = pytest.mark.anyio

WIDGETS = "/v2/widgets/{widgetId}"


def with_widgets(tmp_path: Path) -> MockSettings:
    """Settings for a document with one more operation, `getWidget`."""
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    error = {"$ref": "#/components/responses/NotFound"}
    document["paths"][WIDGETS] = {
        "get": {
            "operationId": "getWidget",
            "tags": sorted(SERVED_TAGS)[:1],
            "security": [{"VideoSdkToken": []}],
            "parameters": [
                {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "the widget"}, "404": error},
        }
    }
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return MockSettings(credentials={KEY_A: SECRET_A}, spec_path=path)


class WidgetStore:
    def __init__(self) -> None:
        self.widgets = {"w1": {"id": "w1", "size": 3}}


class Widgets:
    """A resource of the tests' own, with its own store."""

    def __init__(self, stores: Stores, relations: Relations) -> None:
        self.store = WidgetStore()
        self.calls: list[Call] = []

    def handlers(self) -> Mapping[str, Handler]:
        return {"getWidget": self.get}

    def get(self, call: Call) -> Answer:
        self.calls.append(call)
        widget = self.store.widgets.get(call.path["widgetId"])
        if widget is None:
            return not_found("widgetId", "widget", call.path["widgetId"])
        return Answer(200, orjson.dumps(widget))


def test_the_document_needs_every_operation_handled(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no handler for \\['getWidget'\\]"):
        create_app(with_widgets(tmp_path))


def test_two_resources_cannot_claim_one_operation(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="two resources handle the operation 'createRoutingRule'"):
        create_app(with_widgets(tmp_path), resources=(*RESOURCES, Widgets, RoutingRules))


async def test_a_registered_resource_is_served_through_the_whole_pipeline(
    tmp_path: Path,
) -> None:
    app = create_app(with_widgets(tmp_path), resources=(*RESOURCES, Widgets))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
        found = await client.get("/v2/widgets/w1", headers={"Authorization": mint()})
        assert (found.status_code, found.json()) == (200, {"id": "w1", "size": 3})
        assert found.headers["x-request-id"]
        missing = await client.get("/v2/widgets/w2", headers={"Authorization": mint()})
        assert (missing.status_code, missing.json()["field"]) == (404, "widgetId")
        # The stages before the handler apply to it as to every documented operation.
        assert (await client.get("/v2/widgets/w1")).status_code == 401
        assert (await client.post("/v2/widgets/w1")).status_code == 405
        rules = await client.get("/v2/sip/routing-rules", headers={"Authorization": mint()})
        assert rules.status_code == 200
