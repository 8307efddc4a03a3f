"""Retries: which failures are sent again, for which methods, how long the waits are.

Every test counts the requests that reach the transport and records the waits without
waiting, so the limits (attempts, backoff, Retry-After cap) are checked exactly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from videosdk_sip_client import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticatedClient,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from videosdk_sip_client.api.routing_rules import (
    create_routing_rule,
    delete_routing_rule,
    get_routing_rule,
    list_routing_rules,
    update_routing_rule,
)
from videosdk_sip_client.models import RoutingRuleCreate, RoutingRuleUpdate

from .helpers import Script, Sleeps, client_for, create_body, json_response, rule_body

DELETED = {"message": "Routing rule deleted successfully.", "ruleId": "rule_1"}
PAGE = {"pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 0}, "data": []}

Call = Callable[[AuthenticatedClient], Any]

CALLS: dict[str, tuple[Call, dict[str, Any]]] = {
    "POST": (
        lambda c: create_routing_rule.sync(
            client=c, body=RoutingRuleCreate.from_dict(create_body())
        ),
        rule_body(),
    ),
    "GET": (lambda c: get_routing_rule.sync("rule_1", client=c), rule_body()),
    "GET list": (lambda c: list_routing_rules.sync(client=c), PAGE),
    "PUT": (
        lambda c: update_routing_rule.sync(
            "rule_1", client=c, body=RoutingRuleUpdate.from_dict({"name": "New"})
        ),
        rule_body(),
    ),
    "DELETE": (lambda c: delete_routing_rule.sync("rule_1", client=c), DELETED),
}
IDEMPOTENT = ["GET", "GET list", "PUT", "DELETE"]


def _error(status: int, **headers: str) -> httpx.Response:
    return json_response(status, {"message": f"status {status}", "code": "X"}, **headers)


@pytest.mark.parametrize("method", list(CALLS))
def test_429_is_retried_for_every_method(method: str) -> None:
    call, success = CALLS[method]
    script = Script([_error(429), _error(429), json_response(200, success)])
    sleeps = Sleeps()

    call(client_for(script, retry=sleeps.policy(jitter=0)))

    assert script.count == 3
    assert sleeps.waits == [1.0, 2.0]


@pytest.mark.parametrize("status", [500, 501, 502, 503, 504, 507, 599])
@pytest.mark.parametrize("method", IDEMPOTENT)
def test_server_errors_are_retried_for_idempotent_methods(method: str, status: int) -> None:
    call, success = CALLS[method]
    script = Script([_error(status), json_response(200, success)])

    call(client_for(script))

    assert script.count == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_is_never_retried_after_a_server_error(status: int) -> None:
    call, _ = CALLS["POST"]
    script = Script([_error(status), json_response(200, rule_body())])

    with pytest.raises(ServerError) as caught:
        call(client_for(script))

    assert script.count == 1
    assert caught.value.status == status


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 409, 413, 415, 422])
@pytest.mark.parametrize("method", list(CALLS))
def test_other_failures_are_not_retried(method: str, status: int) -> None:
    call, success = CALLS[method]
    script = Script([_error(status), json_response(200, success)])

    with pytest.raises(ApiError):
        call(client_for(script))

    assert script.count == 1


NETWORK_FAILURES: dict[str, tuple[Exception, type[ApiError]]] = {
    "connect refused": (httpx.ConnectError("refused"), ApiConnectionError),
    "connect timeout": (httpx.ConnectTimeout("slow connect"), ApiTimeoutError),
    "read timeout": (httpx.ReadTimeout("slow answer"), ApiTimeoutError),
    "dropped": (httpx.RemoteProtocolError("Server disconnected"), ApiConnectionError),
    "reset": (httpx.ReadError("Connection reset by peer"), ApiConnectionError),
}


@pytest.mark.parametrize("failure", list(NETWORK_FAILURES))
@pytest.mark.parametrize("method", IDEMPOTENT)
def test_network_errors_are_retried_for_idempotent_methods(method: str, failure: str) -> None:
    call, success = CALLS[method]
    exception, _ = NETWORK_FAILURES[failure]
    script = Script([exception, exception, json_response(200, success)])

    call(client_for(script))

    assert script.count == 3


@pytest.mark.parametrize("failure", list(NETWORK_FAILURES))
def test_post_is_never_retried_after_a_network_error(failure: str) -> None:
    call, _ = CALLS["POST"]
    exception, error_class = NETWORK_FAILURES[failure]
    script = Script([exception, json_response(200, rule_body())])

    with pytest.raises(error_class) as caught:
        call(client_for(script))

    assert script.count == 1
    assert caught.value.status is None
    assert caught.value.method == "POST"
    assert caught.value.__cause__ is exception
    # Code written against httpx's exceptions keeps working.
    assert isinstance(caught.value, httpx.TransportError)
    assert caught.value.request.url.path == "/v2/sip/routing-rules"


def test_attempts_are_bounded_and_the_last_failure_is_raised() -> None:
    script = Script([_error(503, **{"X-Request-Id": "req_last"})])
    sleeps = Sleeps()

    with pytest.raises(ServerError) as caught:
        get_routing_rule.sync("rule_1", client=client_for(script, retry=sleeps.policy()))

    assert script.count == 3  # the first attempt and 2 retries
    assert len(sleeps.waits) == 2
    assert caught.value.request_id == "req_last"


def test_an_exhausted_network_failure_is_raised_typed() -> None:
    script = Script([httpx.ReadTimeout("slow")])

    with pytest.raises(ApiTimeoutError):
        get_routing_rule.sync("rule_1", client=client_for(script, retry=Sleeps().policy()))

    assert script.count == 3


def test_backoff_doubles_from_one_second_capped_at_eight_with_bounded_jitter() -> None:
    script = Script([_error(503)])
    sleeps = Sleeps()

    with pytest.raises(ServerError):
        get_routing_rule.sync(
            "rule_1", client=client_for(script, retry=sleeps.policy(max_retries=6))
        )

    assert script.count == 7
    bases = [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert len(sleeps.waits) == len(bases)
    for wait, base in zip(sleeps.waits, bases, strict=True):
        assert base <= wait <= base + 0.25


def test_jitter_varies_the_waits() -> None:
    policy = RetryPolicy()
    waits = {policy.backoff(1) for _ in range(50)}
    assert len(waits) > 1
    assert all(1.0 <= wait <= 1.25 for wait in waits)


def test_retry_after_seconds_replaces_the_backoff() -> None:
    script = Script([_error(429, **{"Retry-After": "3"}), json_response(200, rule_body())])
    sleeps = Sleeps()

    get_routing_rule.sync("rule_1", client=client_for(script, retry=sleeps.policy()))

    assert sleeps.waits == [3.0]


def test_retry_after_as_an_http_date_is_honoured() -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    header = format_datetime(when.replace(microsecond=0), usegmt=True)
    script = Script([_error(429, **{"Retry-After": header}), json_response(200, rule_body())])
    sleeps = Sleeps()

    get_routing_rule.sync("rule_1", client=client_for(script, retry=sleeps.policy()))

    assert len(sleeps.waits) == 1
    assert 20 <= sleeps.waits[0] <= 30


def test_retry_after_is_capped() -> None:
    script = Script([_error(429, **{"Retry-After": "3600"}), json_response(200, rule_body())])
    sleeps = Sleeps()

    get_routing_rule.sync(
        "rule_1", client=client_for(script, retry=sleeps.policy(retry_after_max=5))
    )

    assert sleeps.waits == [5.0]


def test_a_bad_retry_after_falls_back_to_the_backoff() -> None:
    script = Script([_error(429, **{"Retry-After": "soon"}), json_response(200, rule_body())])
    sleeps = Sleeps()

    get_routing_rule.sync("rule_1", client=client_for(script, retry=sleeps.policy(jitter=0)))

    assert sleeps.waits == [1.0]


def test_retry_after_can_be_ignored() -> None:
    script = Script([_error(429, **{"Retry-After": "30"}), json_response(200, rule_body())])
    sleeps = Sleeps()

    get_routing_rule.sync(
        "rule_1",
        client=client_for(script, retry=sleeps.policy(respect_retry_after=False, jitter=0)),
    )

    assert sleeps.waits == [1.0]


def test_the_last_429_is_raised_with_its_retry_after() -> None:
    script = Script([_error(429, **{"Retry-After": "7"})])
    sleeps = Sleeps()

    with pytest.raises(RateLimitError) as caught:
        create_routing_rule.sync(
            client=client_for(script, retry=sleeps.policy()),
            body=RoutingRuleCreate.from_dict(create_body()),
        )

    assert script.count == 3
    assert sleeps.waits == [7.0, 7.0]
    assert caught.value.retry_after == 7.0


@pytest.mark.parametrize("policy", [RetryPolicy.off(), None], ids=["off", "none"])
def test_retries_can_be_switched_off(policy: RetryPolicy | None) -> None:
    script = Script([_error(503), json_response(200, rule_body())])
    client = AuthenticatedClient(
        "http://api.test", "token", retry=policy, transport=httpx.MockTransport(script)
    )

    with pytest.raises(ServerError):
        get_routing_rule.sync("rule_1", client=client)

    assert script.count == 1


def test_which_statuses_and_errors_are_retried_is_configurable() -> None:
    sleeps = Sleeps()
    policy = sleeps.policy(
        retry_statuses=set(), idempotent_retry_statuses={409}, retry_network_errors=False
    )
    conflict = Script([_error(409), json_response(200, rule_body())])
    get_routing_rule.sync("rule_1", client=client_for(conflict, retry=policy))
    assert conflict.count == 2

    limited = Script([_error(429), json_response(200, rule_body())])
    with pytest.raises(RateLimitError):
        get_routing_rule.sync("rule_1", client=client_for(limited, retry=policy))
    assert limited.count == 1

    dropped = Script([httpx.ConnectError("refused"), json_response(200, rule_body())])
    with pytest.raises(ApiConnectionError):
        get_routing_rule.sync("rule_1", client=client_for(dropped, retry=policy))
    assert dropped.count == 1


def test_post_can_be_declared_idempotent_by_the_caller() -> None:
    policy = Sleeps().policy(idempotent_methods={"get", "post"})
    script = Script([_error(503), json_response(200, rule_body())])

    create_routing_rule.sync(
        client=client_for(script, retry=policy), body=RoutingRuleCreate.from_dict(create_body())
    )

    assert script.methods() == ["POST", "POST"]


def test_policy_settings_are_validated() -> None:
    with pytest.raises(ValueError, match=r"^max_retries: must be at least zero"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match=r"^retry_after_max: must be at least zero"):
        RetryPolicy(retry_after_max=-0.5)


def test_async_calls_follow_the_same_rules() -> None:
    sleeps = Sleeps()
    policy = sleeps.policy(jitter=0)
    get_script = Script([httpx.ConnectError("refused"), _error(502), json_response(200, PAGE)])
    post_script = Script([_error(503), json_response(200, rule_body())])
    limited_script = Script([_error(429, **{"Retry-After": "2"}), json_response(200, rule_body())])

    async def main() -> None:
        await list_routing_rules.asyncio(client=client_for(get_script, retry=policy))
        with pytest.raises(ServerError):
            await create_routing_rule.asyncio(
                client=client_for(post_script, retry=policy),
                body=RoutingRuleCreate.from_dict(create_body()),
            )
        await create_routing_rule.asyncio(
            client=client_for(limited_script, retry=policy),
            body=RoutingRuleCreate.from_dict(create_body()),
        )

    asyncio.run(main())

    assert get_script.count == 3
    assert post_script.count == 1
    assert limited_script.count == 2
    assert sleeps.waits == [1.0, 2.0, 2.0]
