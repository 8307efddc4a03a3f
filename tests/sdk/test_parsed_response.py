"""`sync_detailed(..., raise_on_error=...)`: a precise `parsed` when errors raise, every answer
when they do not, whatever the client's own setting."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from videosdk_sip_client import NotFoundError, create_client
from videosdk_sip_client.api.routing_rules import get_routing_rule
from videosdk_sip_client.models import Error, RoutingRule
from videosdk_sip_client.types import ParsedResponse, model_repr

from .helpers import rule_body


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/rule_1"):
        return httpx.Response(200, json=rule_body("rule_1"))
    return httpx.Response(404, json={"message": "no such rule", "code": "NOT_FOUND"})


def test_raising_answers_a_parsed_response_even_on_a_tolerant_client() -> None:
    client = create_client(
        token="header.payload.signature",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(_answer),
        retry=None,
        raise_on_error=False,
    )
    with client:
        found = get_routing_rule.sync_detailed("rule_1", client=client, raise_on_error=True)
        assert isinstance(found, ParsedResponse)
        assert isinstance(found.parsed, RoutingRule)
        with pytest.raises(NotFoundError):
            get_routing_rule.sync_detailed("rule_2", client=client, raise_on_error=True)
        tolerated = get_routing_rule.sync_detailed("rule_2", client=client)
        assert tolerated.status_code == 404
        assert isinstance(tolerated.parsed, Error)


def test_not_raising_answers_every_response_even_on_a_raising_client() -> None:
    client = create_client(
        token="header.payload.signature",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(_answer),
        retry=None,
    )

    async def scenario() -> None:
        async with client:
            missing = await get_routing_rule.asyncio_detailed(
                "rule_2", client=client, raise_on_error=False
            )
            assert not isinstance(missing, ParsedResponse)
            assert isinstance(missing.parsed, Error)
            with pytest.raises(NotFoundError):
                await get_routing_rule.asyncio_detailed("rule_2", client=client)

    asyncio.run(scenario())


def test_a_repr_hides_fields_named_like_secrets() -> None:
    class Gateway:
        name = "trunk"
        password = "hunter2-secret"

    text = model_repr(Gateway(), (("name", "name"), ("authPassword", "password")), None)
    assert text == "Gateway(name='trunk', password=<hidden>)"
