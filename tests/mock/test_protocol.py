"""HTTP around the operations: unknown paths and methods, request ids, the reference pages,
`Prefer: code=NNN`, and the ASGI lifespan."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

import httpx
import orjson
import pytest
import yaml

from videosdk_sip import SPEC_PATH
from videosdk_sip.mock.app import MockApp
from videosdk_sip.mock.docs import REDOC_SCRIPT

from .helpers import RULES, mint, rule_body

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "path", ["/v2", "/v2/sip/routing-rules/", "/v2/sip/routing-rules/a/b", "/nope", "/docs/x"]
)
async def test_unknown_paths_are_404s_in_the_error_shape(
    client: httpx.AsyncClient, path: str
) -> None:
    answer = await client.get(path)
    assert answer.status_code == 404
    error = answer.json()
    assert (error["code"], error["field"], error["rule"]) == ("NOT_FOUND", "path", "exists")


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PATCH", RULES, "GET, POST"),
        ("DELETE", RULES, "GET, POST"),
        ("PUT", RULES, "GET, POST"),
        ("HEAD", RULES, "GET, POST"),
        ("OPTIONS", RULES, "GET, POST"),
        ("POST", f"{RULES}/rule_1", "DELETE, GET, PUT"),
        ("PATCH", f"{RULES}/rule_1", "DELETE, GET, PUT"),
        ("BREW", f"{RULES}/rule_1", "DELETE, GET, PUT"),
    ],
)
async def test_unknown_methods_are_405s_with_every_allowed_method(
    client: httpx.AsyncClient, app: MockApp, method: str, path: str, allow: str
) -> None:
    answer = await client.request(method, path)
    assert answer.status_code == 405
    assert answer.headers["allow"] == allow
    if method != "HEAD":
        error = answer.json()
        assert (error["code"], error["rule"]) == ("METHOD_NOT_ALLOWED", "allowed")
        assert allow in error["message"]
    assert app.stores.routing_rules.count() == 0


async def test_every_answer_has_its_own_request_id(client: httpx.AsyncClient) -> None:
    answers = [
        await client.get(RULES),
        await client.post(RULES, json={}),
        await client.get("/nope"),
        await client.get("/docs"),
        await client.get(f"{RULES}/rule_none"),
    ]
    ids = [answer.headers["x-request-id"] for answer in answers]
    assert all(ids)
    assert len(set(ids)) == len(ids)


async def test_docs_page_renders_the_served_document(client: httpx.AsyncClient) -> None:
    page = await client.get("/docs")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'spec-url="/openapi.yaml"' in page.text
    assert REDOC_SCRIPT in page.text
    assert yaml.safe_load(SPEC_PATH.read_text())["info"]["title"] in page.text


async def test_the_document_itself_is_served(client: httpx.AsyncClient) -> None:
    as_yaml = await client.get("/openapi.yaml")
    assert as_yaml.content == SPEC_PATH.read_bytes()
    as_json = await client.get("/openapi.json")
    assert as_json.json() == yaml.safe_load(SPEC_PATH.read_text())


async def test_root_redirects_to_the_docs(client: httpx.AsyncClient) -> None:
    answer = await client.get("/")
    assert (answer.status_code, answer.headers["location"]) == (307, "/docs")


async def test_the_reference_pages_are_get_only(client: httpx.AsyncClient) -> None:
    for path in ("/", "/docs", "/openapi.yaml"):
        answer = await client.post(path)
        assert (answer.status_code, answer.headers["allow"]) == (405, "GET, HEAD")


async def test_docs_need_no_token(anonymous: httpx.AsyncClient) -> None:
    assert (await anonymous.get("/docs")).status_code == 200
    assert (await anonymous.get("/openapi.json")).status_code == 200


def _example(status: str, operation: str = "post", path: str = "/v2/sip/routing-rules") -> Any:
    document = yaml.safe_load(SPEC_PATH.read_text())
    response = document["paths"][path][operation]["responses"][status]
    name = response["$ref"].rsplit("/", 1)[1]
    examples = document["components"]["responses"][name]["content"]["application/json"]
    return next(iter(examples["examples"].values()))["value"]


@pytest.mark.parametrize("status", [400, 401, 403, 409, 413, 415, 429, 500, 503])
async def test_prefer_answers_each_documented_status_with_its_example(
    client: httpx.AsyncClient, app: MockApp, status: int
) -> None:
    answer = await client.post(RULES, json=rule_body(), headers={"Prefer": f"code={status}"})
    assert answer.status_code == status
    assert answer.json() == _example(str(status))
    assert answer.headers["preference-applied"] == f"code={status}"
    if status == 429:
        assert int(answer.headers["retry-after"]) >= 0
    assert app.stores.routing_rules.count() == 0  # a preferred answer changes nothing


@pytest.mark.parametrize(
    ("authorization", "status"),
    [
        (None, 401),
        ("not-a-token", 401),
        (mint(secret="another-secret-0123456789abcdef0123"), 401),
        (mint(roles=["viewer"]), 403),
    ],
    ids=["no token", "not a jwt", "wrong secret", "other roles"],
)
@pytest.mark.parametrize("prefer", ["code=404", "code=503", "code=401"])
async def test_prefer_never_lets_a_request_past_the_token_check(
    anonymous: httpx.AsyncClient, authorization: str | None, status: int, prefer: str
) -> None:
    headers = {"Prefer": prefer}
    if authorization is not None:
        headers["Authorization"] = authorization
    answer = await anonymous.get(f"{RULES}/rule_1", headers=headers)
    assert answer.status_code == status
    assert "preference-applied" not in answer.headers
    assert answer.json()["field"] == "Authorization"  # the real refusal, not the example


async def test_prefer_with_a_valid_token_answers_the_example(client: httpx.AsyncClient) -> None:
    answer = await client.get(f"{RULES}/rule_1", headers={"Prefer": "code=404"})
    assert answer.status_code == 404
    assert answer.headers["preference-applied"] == "code=404"
    assert answer.json() == _example("404", "get", "/v2/sip/routing-rules/{ruleId}")


@pytest.mark.parametrize(
    ("method", "path", "prefer"),
    [
        ("GET", f"{RULES}/rule_1", "code=400"),  # not documented for a fetch
        ("DELETE", f"{RULES}/rule_1", "code=413"),
        ("POST", RULES, "code=404"),  # not documented for a create
        ("POST", RULES, "code=418"),
        ("POST", RULES, "code=200"),  # a success is what happens anyway
        ("POST", RULES, "code=abc"),
        ("POST", RULES, "dynamic=true"),
    ],
)
async def test_prefer_that_cannot_be_honoured_is_ignored(
    client: httpx.AsyncClient, method: str, path: str, prefer: str
) -> None:
    answer = await client.request(method, path, json=rule_body(), headers={"Prefer": prefer})
    assert "preference-applied" not in answer.headers
    assert answer.status_code in (200, 404)
    if method == "POST":
        assert answer.status_code == 200


async def test_prefer_among_other_preferences(client: httpx.AsyncClient) -> None:
    answer = await client.get(RULES, headers={"Prefer": 'respond-async, code="503"; x=1'})
    assert answer.status_code == 503


async def test_lifespan_events_are_answered(app: MockApp) -> None:
    sent: list[dict[str, Any]] = []
    incoming = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> dict[str, Any]:
        return next(incoming)

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    await app({"type": "lifespan"}, receive, send)
    assert [message["type"] for message in sent] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
    ]


async def test_a_websocket_is_closed(app: MockApp) -> None:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "websocket.connect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    await app({"type": "websocket", "path": RULES}, receive, send)
    assert sent == [{"type": "websocket.close", "code": 1003}]


async def test_answers_are_compact_json(client: httpx.AsyncClient) -> None:
    answer = await client.get(RULES)
    assert answer.content == orjson.dumps(answer.json())
    assert int(answer.headers["content-length"]) == len(answer.content)
