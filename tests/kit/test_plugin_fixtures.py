"""The `videosdk_sip.testing` plugin's fixtures, used here as an app's tests would use them:
pytest loads the plugin through its `pytest11` entry point, nothing imports it."""

from __future__ import annotations

import httpx
import pytest
from videosdk_sip_client import ServerError
from videosdk_sip_client.api.routing_rules import create_routing_rule, list_routing_rules
from videosdk_sip_client.models import RoutingRuleCreate

from videosdk_sip.testing import MockServer

_SESSION_URLS: set[str] = set()


def _create(server: MockServer, number: str = "+14150003333") -> str:
    body = RoutingRuleCreate.from_dict(
        {
            "gatewayId": server.inbound_gateway_id,
            "name": "Front desk",
            "numbers": [number],
            "dispatch": {"room": {"type": "static", "id": "room_front_desk"}},
        }
    )
    rule = create_routing_rule.sync(client=server.client, body=body)
    assert rule is not None
    return rule.id


def test_the_ready_client_creates_and_lists_on_the_mock(videosdk_mock: MockServer) -> None:
    assert videosdk_mock.url.startswith("http://127.0.0.1:")
    rule_id = _create(videosdk_mock)
    page = list_routing_rules.sync(client=videosdk_mock.client)
    assert page is not None
    assert [rule.id for rule in page.data] == [rule_id]


def test_its_token_and_credentials_work_without_the_client(videosdk_mock: MockServer) -> None:
    rules = f"{videosdk_mock.url}/v2/sip/routing-rules"
    assert httpx.get(rules, headers={"Authorization": videosdk_mock.token()}).status_code == 200
    assert httpx.get(rules, headers={"Authorization": "not-a-token"}).status_code == 401
    environ = videosdk_mock.environ()
    assert environ["VIDEOSDK_BASE_URL"] == videosdk_mock.url
    assert (environ["VIDEOSDK_API_KEY"], environ["VIDEOSDK_SECRET"]) == (
        videosdk_mock.api_key,
        videosdk_mock.secret,
    )


def test_the_secret_stays_out_of_its_repr(videosdk_mock: MockServer) -> None:
    assert videosdk_mock.secret not in repr(videosdk_mock)
    assert videosdk_mock.api_key in repr(videosdk_mock)


@pytest.mark.parametrize("attempt", [1, 2])
def test_each_test_gets_an_empty_store(videosdk_mock: MockServer, attempt: int) -> None:
    _create(videosdk_mock)
    page = list_routing_rules.sync(client=videosdk_mock.client)
    assert page is not None
    assert len(page.data) == 1, f"attempt {attempt} sees another test's rules"


@pytest.mark.parametrize("attempt", [1, 2])
def test_the_session_mock_is_shared(videosdk_mock_session: MockServer, attempt: int) -> None:
    _SESSION_URLS.add(videosdk_mock_session.url)
    assert len(_SESSION_URLS) == 1, f"attempt {attempt} got another server"
    rules = f"{videosdk_mock_session.url}/v2/sip/routing-rules"
    assert httpx.get(rules, headers={"Authorization": videosdk_mock_session.token()}).is_success


@pytest.mark.videosdk_mock(faults="seed=1,503=1")
def test_the_marker_sets_faults(videosdk_mock: MockServer) -> None:
    with pytest.raises(ServerError) as raised:
        _create(videosdk_mock)  # a POST is never retried, so the one 503 is what it sees
    assert raised.value.status == 503


@pytest.mark.videosdk_mock(
    gateways=[{"id": "gw_in_test", "direction": "INBOUND"}],
    credentials={"app-key": "app-secret-" + "x" * 32},
)
def test_the_marker_sets_gateways_and_credentials(videosdk_mock: MockServer) -> None:
    assert videosdk_mock.api_key == "app-key"
    assert videosdk_mock.inbound_gateway_id == "gw_in_test"
    with pytest.raises(LookupError, match="no OUTBOUND gateway"):
        _ = videosdk_mock.outbound_gateway_id
    _create(videosdk_mock)
