"""Bad input of every kind: a documented 4xx naming the field and the rule, never a 500, and
the stored rules exactly as they were."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from videosdk_sip.mock.app import MockApp

from .helpers import RULES, rule_body

pytestmark = pytest.mark.anyio

JSON_TYPE = {"Content-Type": "application/json"}


def body(**overrides: Any) -> bytes:
    return json.dumps(rule_body(**overrides)).encode()


def for_update(raw: bytes) -> bytes:
    """The same body for an update, which takes no `gatewayId`."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return raw
    if isinstance(value, dict) and "gatewayId" in value:
        del value["gatewayId"]
        return json.dumps(value).encode()
    return raw


def nested(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


# (case, raw body, headers, status, field, rule)
BAD_BODIES: list[tuple[str, bytes, dict[str, str], int, str, str]] = [
    ("empty body", b"", JSON_TYPE, 400, "body", "required"),
    ("malformed JSON", b"{not json", JSON_TYPE, 400, "body", "json"),
    ("truncated JSON", body()[:-5], JSON_TYPE, 400, "body", "json"),
    ("trailing garbage", body() + b"}", JSON_TYPE, 400, "body", "json"),
    ("NaN", b'{"name": NaN}', JSON_TYPE, 400, "body", "json"),
    ("lone surrogate", b'{"name": "\\ud800"}', JSON_TYPE, 400, "body", "json"),
    ("not UTF-8", b'{"name": "\xff\xfe"}', JSON_TYPE, 400, "body", "utf-8"),
    ("latin-1 text", '{"name": "caf\xe9"}'.encode("latin-1"), JSON_TYPE, 400, "body", "utf-8"),
    ("byte order mark", b"\xef\xbb\xbf" + body(), JSON_TYPE, 400, "body", "json"),
    ("an array", b"[]", JSON_TYPE, 400, "body", "type"),
    ("a string", b'"rule"', JSON_TYPE, 400, "body", "type"),
    ("null", b"null", JSON_TYPE, 400, "body", "type"),
    ("missing field", body(name=None), JSON_TYPE, 400, "name", "required"),
    ("unknown field", body(type="INBOUND"), JSON_TYPE, 400, "type", "additionalProperties"),
    (
        "typo'd field",
        body(hidePhonenumber=True),
        JSON_TYPE,
        400,
        "hidePhonenumber",
        "additionalProperties",
    ),
    (
        "string for boolean",
        body(hidePhoneNumber="false"),
        JSON_TYPE,
        400,
        "hidePhoneNumber",
        "type",
    ),
    ("number for string", body(name=5), JSON_TYPE, 400, "name", "type"),
    ("empty name", body(name=""), JSON_TYPE, 400, "name", "minLength"),
    ("not E.164", body(numbers=["4150001111"]), JSON_TYPE, 400, "numbers[0]", "pattern"),
    (
        "second number bad",
        body(numbers=["+14150001111", "abc"]),
        JSON_TYPE,
        400,
        "numbers[1]",
        "pattern",
    ),
    ("no numbers", body(numbers=[]), JSON_TYPE, 400, "numbers", "minItems"),
    (
        "repeated number",
        body(numbers=["+14150001111"] * 2),
        JSON_TYPE,
        400,
        "numbers",
        "uniqueItems",
    ),
    ("huge number", body(numbers=[10**40]), JSON_TYPE, 400, "numbers[0]", "type"),
    ("metadata not strings", body(metadata={"a": 1}), JSON_TYPE, 400, "metadata.a", "type"),
    ("odd metadata key", body(metadata={"a.b c": 1}), JSON_TYPE, 400, 'metadata["a.b c"]', "type"),
    ("empty tag", body(tags=[""]), JSON_TYPE, 400, "tags[0]", "minLength"),
    ("dispatch empty", body(dispatch={}), JSON_TYPE, 400, "dispatch", "oneOf"),
    ("dispatch string", body(dispatch="room"), JSON_TYPE, 400, "dispatch", "type"),
    (
        "dispatch extra key",
        body(dispatch={"agent": {"type": "cloud", "id": "a"}, "queue": "x"}),
        JSON_TYPE,
        400,
        "dispatch.queue",
        "additionalProperties",
    ),
    (
        "room type unknown",
        body(dispatch={"room": {"type": "meeting", "id": "r"}}),
        JSON_TYPE,
        400,
        "dispatch.room.type",
        "enum",
    ),
    (
        "room type missing",
        body(dispatch={"room": {"id": "r"}}),
        JSON_TYPE,
        400,
        "dispatch.room.type",
        "required",
    ),
    (
        "static room without id",
        body(dispatch={"room": {"type": "static"}}),
        JSON_TYPE,
        400,
        "dispatch.room.id",
        "required",
    ),
    (
        "agent type unknown",
        body(dispatch={"room": {"type": "dynamic"}, "agent": {"type": "user", "id": "a"}}),
        JSON_TYPE,
        400,
        "dispatch.agent.type",
        "enum",
    ),
    (
        "agent without id",
        body(dispatch={"agent": {"type": "cloud"}}),
        JSON_TYPE,
        400,
        "dispatch.agent.id",
        "required",
    ),
    ("deeply nested", nested(40), JSON_TYPE, 413, "body", "maxDepth"),
    ("nested past the parser", b"[" * 5000 + b"]" * 5000, JSON_TYPE, 413, "body", "maxDepth"),
    ("over the size limit", b" " * 1_048_577, JSON_TYPE, 413, "body", "maxBytes"),
    (
        "form body",
        b"name=x",
        {"Content-Type": "application/x-www-form-urlencoded"},
        415,
        "Content-Type",
        "application/json",
    ),
    ("text body", body(), {"Content-Type": "text/plain"}, 415, "Content-Type", "application/json"),
    ("no content type", body(), {}, 415, "Content-Type", "application/json"),
    (
        "latin-1 charset",
        body(),
        {"Content-Type": "application/json; charset=latin-1"},
        415,
        "Content-Type",
        "charset",
    ),
]


async def snapshot(client: httpx.AsyncClient, app: MockApp) -> tuple[int, Any]:
    return app.stores.routing_rules.count(), (
        await client.get(RULES, params={"perPage": 100})
    ).json()


@pytest.mark.parametrize(
    ("raw", "headers", "status", "field", "rule"),
    [case[1:] for case in BAD_BODIES],
    ids=[case[0] for case in BAD_BODIES],
)
async def test_bad_bodies_are_refused_and_change_nothing(
    client: httpx.AsyncClient,
    app: MockApp,
    raw: bytes,
    headers: dict[str, str],
    status: int,
    field: str,
    rule: str,
) -> None:
    created = (await client.post(RULES, json=rule_body(numbers=["+14159990000"]))).json()
    before = await snapshot(client, app)
    rule_path = f"{RULES}/{created['id']}"
    for method, path in (("POST", RULES), ("PUT", rule_path)):
        if method == "PUT" and field in ("gatewayId", "name") and rule == "required":
            continue  # an update needs no field in particular
        content = raw if method == "POST" else for_update(raw)
        answer = await client.request(method, path, content=content, headers=headers)
        assert answer.status_code == status, answer.text
        error = answer.json()
        assert (error["field"], error["rule"]) == (field, rule), error
        assert error["message"].startswith(f"{field}: ") or error["message"].startswith("body: ")
        assert len(error["message"]) < 400
        assert await snapshot(client, app) == before
    assert (await client.get(rule_path)).json() == created


async def test_every_problem_is_listed_with_the_first_in_front(client: httpx.AsyncClient) -> None:
    bad = rule_body(name="", numbers=["x", "+14150001111"], hidePhoneNumber="no", colour="red")
    error = (await client.post(RULES, json=bad)).json()
    found = {(e["field"], e["rule"]) for e in error["errors"]}
    assert found == {
        ("name", "minLength"),
        ("numbers[0]", "pattern"),
        ("hidePhoneNumber", "type"),
        ("colour", "additionalProperties"),
    }
    first = error["errors"][0]
    assert (error["field"], error["rule"]) == (first["field"], first["rule"])
    assert error["message"].startswith(first["message"])
    assert "3 more problems" in error["message"]


async def test_a_body_with_thousands_of_problems_gets_a_bounded_answer(
    client: httpx.AsyncClient,
) -> None:
    bad = rule_body(numbers=[f"x{n}" for n in range(5000)])
    answer = await client.post(RULES, json=bad)
    assert answer.status_code == 400
    assert len(answer.json()["errors"]) == 50
    assert len(answer.content) < 20_000


async def test_the_dispatch_one_of_message_explains_the_choice(client: httpx.AsyncClient) -> None:
    error = (await client.post(RULES, json=rule_body(dispatch={}))).json()
    assert error["message"] == "dispatch: must have 'room', or 'agent' alone"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"null", "body: must be an object, not null"),
        (b"[]", "body: must be an object, not an array []"),
        (b'"rule"', "body: must be an object, not a string 'rule'"),
    ],
)
async def test_a_type_message_names_the_type_and_shows_the_value_once(
    client: httpx.AsyncClient, raw: bytes, message: str
) -> None:
    error = (await client.post(RULES, content=raw, headers=JSON_TYPE)).json()
    assert error["message"] == message


async def test_a_null_field_is_called_null_once(client: httpx.AsyncClient) -> None:
    error = (await client.post(RULES, json={**rule_body(), "tags": None})).json()
    assert (error["field"], error["rule"]) == ("tags", "type")
    assert error["message"] == "tags: must be an array, not null"


async def test_a_pattern_message_quotes_value_and_pattern(client: httpx.AsyncClient) -> None:
    error = (await client.post(RULES, json=rule_body(numbers=["4150001111"]))).json()
    assert error["message"].startswith(
        "numbers[0]: '4150001111' does not match the pattern '^\\+[1-9][0-9]{1,14}$'"
    )
    assert "E.164" in error["message"]


async def test_a_huge_wrong_value_is_not_repeated_whole(client: httpx.AsyncClient) -> None:
    error = (await client.post(RULES, json=rule_body(name=["x" * 100_000]))).json()
    assert (error["field"], error["rule"]) == ("name", "type")
    assert len(error["message"]) < 200


async def test_json_with_a_charset_parameter_is_accepted(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        RULES, content=body(), headers={"Content-Type": "Application/JSON; charset=UTF-8"}
    )
    assert answer.status_code == 200


async def test_a_chunked_body_over_the_limit_is_refused(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async def chunks() -> Any:
        for _ in range(40):
            yield b" " * 32_768

    answer = await client.post(RULES, content=chunks(), headers=JSON_TYPE)
    assert (answer.status_code, answer.json()["rule"]) == (413, "maxBytes")
    assert app.stores.routing_rules.count() == 0


async def test_a_chunked_body_under_the_limit_is_read_whole(client: httpx.AsyncClient) -> None:
    raw = body()

    async def chunks() -> Any:
        for start in range(0, len(raw), 7):
            yield raw[start : start + 7]

    answer = await client.post(RULES, content=chunks(), headers=JSON_TYPE)
    assert answer.status_code == 200
    assert answer.json()["name"] == rule_body()["name"]


async def test_a_valid_body_at_the_size_limit_is_accepted(client: httpx.AsyncClient) -> None:
    raw = body()
    padded = raw[:-1] + b" " * (1_048_576 - len(raw)) + b"}"
    assert len(padded) == 1_048_576
    answer = await client.post(RULES, content=padded, headers=JSON_TYPE)
    assert answer.status_code == 200


async def test_bodies_on_get_and_delete_are_ignored(client: httpx.AsyncClient) -> None:
    created = (await client.post(RULES, json=rule_body())).json()
    path = f"{RULES}/{created['id']}"
    got = await client.request(
        "GET", path, content=b"{not json", headers={"Content-Type": "text/plain"}
    )
    assert got.status_code == 200
    gone = await client.request("DELETE", path, content=b"\xff")
    assert gone.status_code == 200
