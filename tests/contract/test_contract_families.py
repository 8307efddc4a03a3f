"""`--api` and `--tag`: operations chosen by the document's tags, and what a server serves."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.contract.families import served_families
from videosdk_sip.contract.operations import Operations, UnknownTagError
from videosdk_sip.contract.transport import InProcessTransport
from videosdk_sip.mock._asgi import Receive, Scope, Send
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.spec import load_document, served_document

from .helpers import API_KEY, SECRET, run_contract


def _document() -> dict[str, Any]:
    """Two families: the seed's routing rules, and a current-API gateway listing."""

    def operation(operation_id: str, tag: str) -> dict[str, Any]:
        return {"operationId": operation_id, "tags": [tag], "responses": {"200": {}}}

    return {
        "paths": {
            "/v2/sip/routing-rules": {
                "get": operation("listRoutingRules", "routing-rules"),
                "post": operation("createRoutingRule", "routing-rules"),
            },
            "/v2/sip/routing-rules/{ruleId}": {
                "parameters": [],
                "get": operation("getRoutingRule", "routing-rules"),
            },
            "/v2/sip/inbound-gateways": {
                "get": operation("listInboundGateways", "inbound-gateways")
            },
        }
    }


def test_families_are_read_from_the_documents_tags() -> None:
    operations = Operations.from_document(_document())
    assert operations.label("getRoutingRule") == "GET /v2/sip/routing-rules/{ruleId}"
    assert sorted(operations.family("seed").labels) == [
        "createRoutingRule",
        "getRoutingRule",
        "listRoutingRules",
    ]
    assert list(operations.family("current").labels) == ["listInboundGateways"]
    assert len(operations.family("all").labels) == 4
    assert operations.collection_reads() == {
        "inbound-gateways": "/v2/sip/inbound-gateways",
        "routing-rules": "/v2/sip/routing-rules",
    }
    with pytest.raises(UnknownTagError, match="calls is not used in the document"):
        operations.tagged(["calls"])


def test_a_family_the_document_lacks_is_refused_by_name() -> None:
    seed_only = served_document(load_document(), frozenset({"routing-rules"}))
    operations = Operations.from_document(seed_only)
    assert sorted(operations.family("seed").labels) == sorted(operations.labels)
    with pytest.raises(UnknownTagError, match="--api current: the document has no operations"):
        operations.family("current")


def test_each_family_holds_its_own_operations() -> None:
    operations = Operations.from_document(load_document())
    seed = set(operations.family("seed").labels)
    current = set(operations.family("current").labels)
    assert seed == {op for op, tags in operations.tags.items() if "routing-rules" in tags}
    assert current
    assert not seed & current
    assert seed | current == set(operations.family("all").labels) == set(operations.labels)


class _SeedOnly:
    """The mock as a server that has not deployed the current API: its paths answer 404."""

    def __init__(self) -> None:
        self.app = create_app(MockSettings(credentials={API_KEY: SECRET}))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith("/v2/sip/routing-rules"):
            await send({"type": "http.response.start", "status": 404, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)


def test_a_family_whose_listings_answer_404_is_reported_not_served() -> None:
    with httpx.Client(
        transport=InProcessTransport(_SeedOnly()),
        base_url="http://testserver",
        headers={"Authorization": mint_token(API_KEY, SECRET)},
    ) as http:
        served, missing = served_families(
            http, Operations.from_document(_document()), ("seed", "current")
        )

    assert served == ["seed"]
    assert missing == {"current": "not served (GET /v2/sip/inbound-gateways: 404)"}


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("--tag", "no-such-tag"), "--tag no-such-tag is not used in the document"),
        (("--api", "seed", "--tag", "webhooks"), "--tag webhooks is not used in the --api seed"),
    ],
)
def test_a_tag_outside_the_document_or_the_family_is_refused_before_anything_is_sent(
    argv: tuple[str, ...], said: str
) -> None:
    built: list[object] = []

    def factory(settings: MockSettings) -> object:
        built.append(settings)
        return create_app(settings)

    run = run_contract("--in-process", "--no-progress", *argv, app_factory=factory)

    assert run.code == 2
    assert said in run.err
    assert "nothing was sent" in run.err
    assert built == [], "no server was even started"


def test_tags_narrow_a_family_to_their_own_operations() -> None:
    operations = Operations.from_document(load_document()).family("current")
    narrowed = operations.carrying(("webhooks", "phone-numbers"))

    assert set(narrowed.all_tags()) == {"webhooks", "phone-numbers"}
    assert "createWebhook" in narrowed.labels
    assert "releasePhoneNumber" in narrowed.labels
    assert "createInboundGateway" not in narrowed.labels
    seed_only = Operations.from_document(load_document()).family("seed")
    assert seed_only.carrying(("webhooks",)).labels == {}, "a family without the tag: nothing"
