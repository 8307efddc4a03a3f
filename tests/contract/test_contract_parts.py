"""The contract suite's parts on their own: target, marking, redaction, models, pacing, cleanup."""

from __future__ import annotations

import pytest
from videosdk_sip_client.models import RoutingRule
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.contract.marking import NAME_PREFIX, TAG, RuleMarker, new_run_prefix
from videosdk_sip.contract.models import ResponseModels, first_difference, roundtrip_problem
from videosdk_sip.contract.operations import Operations
from videosdk_sip.contract.pacing import Pacer, RateLimitOptionError, parse_rate
from videosdk_sip.contract.redaction import REDACTED, Redactor
from videosdk_sip.contract.results import Results
from videosdk_sip.contract.target import (
    PRODUCTION_HOST,
    Credentials,
    Target,
    TargetError,
    resolve_target,
)
from videosdk_sip.spec import load_document

from .helpers import API_KEY, SECRET, run_contract

CREDENTIALS = {"VIDEOSDK_API_KEY": "key", "VIDEOSDK_SECRET": "secret-value"}


def resolve(
    environ: dict[str, str],
    *,
    base_url: str | None = None,
    gateway_id: str | None = None,
    allow_production: bool = False,
    in_process: bool = False,
) -> Target:
    return resolve_target(
        base_url=base_url,
        gateway_id=gateway_id,
        allow_production=allow_production,
        in_process=in_process,
        environ=environ,
    )


# Target ------------------------------------------------------------------------------------


def test_no_url_means_the_embedded_mock_with_a_fresh_secret() -> None:
    first = resolve({})
    second = resolve({})
    assert first.embedded
    assert second.embedded
    assert first.credentials.secret != second.credentials.secret
    assert "secret" not in repr(first).replace("secret=", "")


@pytest.mark.parametrize(
    "url",
    [
        f"https://{PRODUCTION_HOST}",
        "https://API.VideoSDK.live/",
        f"https://{PRODUCTION_HOST}./v2",
        f"http://{PRODUCTION_HOST}:443",
    ],
)
def test_production_is_refused_from_the_option_and_the_environment(url: str) -> None:
    environ = {**CREDENTIALS, "VIDEOSDK_GATEWAY_ID": "g"}
    with pytest.raises(TargetError, match="--allow-production") as from_option:
        resolve(environ, base_url=url)
    assert "--base-url" in str(from_option.value)
    with pytest.raises(TargetError, match="VIDEOSDK_BASE_URL"):
        resolve({**environ, "VIDEOSDK_BASE_URL": url})


def test_production_is_allowed_when_asked_for() -> None:
    environ = {**CREDENTIALS, "VIDEOSDK_GATEWAY_ID": "g"}
    target = resolve(environ, base_url=f"https://{PRODUCTION_HOST}", allow_production=True)
    assert target.base_url == f"https://{PRODUCTION_HOST}"


def test_a_remote_target_names_everything_missing_at_once() -> None:
    with pytest.raises(TargetError) as error:
        resolve({"VIDEOSDK_BASE_URL": "https://staging.example"})
    message = str(error.value)
    assert "VIDEOSDK_GATEWAY_ID" in message
    assert "VIDEOSDK_API_KEY" in message
    assert "nothing was sent" in message


def test_half_a_key_pair_is_named_without_its_value() -> None:
    with pytest.raises(TargetError) as error:
        resolve(
            {"VIDEOSDK_SECRET": "hush-hush-value", "VIDEOSDK_GATEWAY_ID": "g"},
            base_url="https://staging.example",
        )
    assert "VIDEOSDK_API_KEY" in str(error.value)
    assert "hush-hush-value" not in str(error.value)


def test_a_ready_token_is_enough_and_the_gateway_option_wins() -> None:
    target = resolve(
        {"VIDEOSDK_TOKEN": "tok.en.value", "VIDEOSDK_GATEWAY_ID": "from-env"},
        base_url="https://staging.example/",
        gateway_id="from-option",
    )
    assert target.credentials.token == "tok.en.value"
    assert target.gateway_id == "from-option"
    assert target.base_url == "https://staging.example"
    assert "tok.en.value" not in repr(target)


@pytest.mark.parametrize("url", ["ftp://host", "staging.example", "https://h/?a=1"])
def test_a_malformed_url_is_refused(url: str) -> None:
    with pytest.raises(TargetError, match="--base-url"):
        resolve({**CREDENTIALS, "VIDEOSDK_GATEWAY_ID": "g"}, base_url=url)


@pytest.mark.parametrize(
    "url",
    [
        "https://user:pw-hush@api.videosdk.live/?x=1",
        "https://user:pw-hush@staging.example",
        "https://pw-hush@staging.example/v2",
        "ftp://user:pw-hush@staging.example",
        "user:pw-hush@staging.example",
    ],
)
def test_a_url_with_a_password_is_refused_without_echoing_it(url: str) -> None:
    environ = {**CREDENTIALS, "VIDEOSDK_GATEWAY_ID": "g"}
    with pytest.raises(TargetError) as from_option:
        resolve(environ, base_url=url)
    with pytest.raises(TargetError) as from_environment:
        resolve({**environ, "VIDEOSDK_BASE_URL": url})
    assert str(from_option.value).startswith("--base-url: ")
    assert str(from_environment.value).startswith("VIDEOSDK_BASE_URL: ")
    for error in (from_option.value, from_environment.value):
        assert "pw-hush" not in str(error)
        assert "user:" not in str(error).replace("user:password@host", "")


def test_a_target_built_by_hand_is_described_without_its_password() -> None:
    target = Target(
        base_url="https://user:pw-hush@staging.example/v2?x=1",
        credentials=Credentials(token="tok.en.value"),
        gateway_id="g",
    )
    assert target.describe() == "https://staging.example/v2"


def test_the_command_never_prints_a_password_in_the_url() -> None:
    run = run_contract(
        "--base-url",
        "https://user:pw-hush@api.videosdk.live/?x=1",
        environ={**CREDENTIALS, "VIDEOSDK_GATEWAY_ID": "g"},
    )
    assert run.code == 2
    assert "--base-url: must not carry a user name or password" in run.err
    assert "pw-hush" not in run.out + run.err


def test_in_process_needs_the_embedded_mock() -> None:
    with pytest.raises(TargetError, match="--in-process"):
        resolve({**CREDENTIALS, "VIDEOSDK_GATEWAY_ID": "g"}, base_url="http://h", in_process=True)


# Marking -----------------------------------------------------------------------------------

MARKER = RuleMarker(prefix="videosdk-sip-contract-run1-", gateway_id="gw-staging")


def test_a_valid_create_body_gets_the_gateway_prefix_and_tag() -> None:
    body = {"gatewayId": "gateway_in_1", "name": "Front desk", "numbers": ["+11"], "tags": ["a"]}
    marked = MARKER.mark_create(body)
    assert marked["gatewayId"] == "gw-staging"
    assert marked["name"] == "videosdk-sip-contract-run1-Front desk"
    assert marked["tags"] == [TAG, "a"]
    assert body["name"] == "Front desk", "the generated body itself is left alone"
    assert MARKER.owns(marked)
    assert MARKER.mark_create({"name": "x", "gatewayId": "g"})["tags"] == [TAG]


@pytest.mark.parametrize(
    "body",
    [
        ["not", "an", "object"],
        {"name": 5, "gatewayId": 7, "tags": "x"},
        {"name": "", "gatewayId": "", "tags": [""]},
        {"numbers": ["+11"]},
    ],
)
def test_invalid_values_stay_invalid_and_required_fields_are_never_added(body: object) -> None:
    marked = MARKER.mark_create(body)
    if not isinstance(body, dict):
        assert marked == body
        return
    for key in ("name", "gatewayId"):
        assert marked.get(key) == body.get(key)
    if "tags" in body:
        assert marked["tags"] == body["tags"]


def test_an_update_keeps_the_prefix_and_never_gains_fields() -> None:
    assert MARKER.mark_update({"name": "renamed"}) == {"name": "videosdk-sip-contract-run1-renamed"}
    assert MARKER.mark_update({}) == {}, "an empty update must stay invalid"
    assert MARKER.mark_update({"tags": []}) == {"tags": [TAG]}
    prefixed = {"name": MARKER.prefix + "x"}
    assert MARKER.mark_update(prefixed) == prefixed


def test_each_run_has_a_prefix_of_its_own() -> None:
    first, second = new_run_prefix(), new_run_prefix()
    assert first.startswith(NAME_PREFIX)
    assert second.startswith(NAME_PREFIX)
    assert first != second


def test_a_seeded_prefix_follows_from_the_seed_alone() -> None:
    assert new_run_prefix(7) == new_run_prefix(7)
    assert new_run_prefix(7) != new_run_prefix(8)
    assert new_run_prefix(7).startswith(NAME_PREFIX)
    assert new_run_prefix(7).endswith("-")


# Redaction ---------------------------------------------------------------------------------


def test_the_secret_tokens_and_authorization_values_are_scrubbed() -> None:
    token = mint_token(API_KEY, SECRET)
    redactor = Redactor([SECRET])
    text = redactor.scrub(
        f"curl -H 'Authorization: {token}' -H \"authorization: raw\" "
        f"{{'Authorization': 'abc'}} secret={SECRET} eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2ln"
    )
    assert token not in text
    assert SECRET not in text
    assert "eyJ" not in text
    assert "'abc'" not in text
    assert "raw" not in text
    assert text.count(REDACTED) == 5
    assert redactor.scrub("Authorization: send the raw JWT") == "Authorization: send the raw JWT"
    assert "values" in repr(redactor)
    assert SECRET not in repr(redactor)


# Models ------------------------------------------------------------------------------------

RULE = {
    "id": "rule_1",
    "name": "n",
    "type": "INBOUND",
    "numbers": ["+11"],
    "gatewayId": "g",
    "dispatch": {"agent": {"type": "cloud", "id": "a"}},
    "futureField": {"kept": True},
}


def test_a_complete_answer_survives_the_model() -> None:
    assert roundtrip_problem(RoutingRule, RULE) is None


def test_a_missing_required_field_and_a_wrong_shape_are_explained() -> None:
    incomplete = {key: value for key, value in RULE.items() if key != "gatewayId"}
    problem = roundtrip_problem(RoutingRule, incomplete)
    assert problem is not None
    assert "RoutingRule.from_dict failed" in problem
    assert "expects a JSON object" in (roundtrip_problem(RoutingRule, [1]) or "")


def test_differences_are_located() -> None:
    assert first_difference({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]}) == "a[1].b was 2, becomes 3"
    assert first_difference({"a": 1}, {}) == "a is dropped"
    assert first_difference({}, {"a": 1}) == "a is added (1)"
    assert first_difference({"a": True}, {"a": 1}) == "a was True, becomes 1"
    assert first_difference({"a": 1}, {"a": 1.0}) is None


def test_every_documented_json_answer_has_a_model() -> None:
    document = load_document()
    models = ResponseModels.from_document(document)
    assert set(models.operations()) == set(Operations.from_document(document).labels.values())
    assert models.model_for("POST /v2/sip/routing-rules", 200) is RoutingRule
    error_model = models.model_for("DELETE /v2/sip/routing-rules/{ruleId}", 404)
    assert error_model is not None
    assert error_model.__name__ == "Error"
    assert models.model_for("POST /v2/sip/routing-rules", 201) is None


# Pacing ------------------------------------------------------------------------------------


def test_rates_are_read_and_paced() -> None:
    assert parse_rate("10/s") == (10, "s")
    assert parse_rate(" 300 / m ") == (300, "m")
    for text in ("10", "0/s", "5/d", "x/s"):
        with pytest.raises(RateLimitOptionError, match="--rate-limit"):
            parse_rate(text)
    now = [0.0]
    slept: list[float] = []
    pacer = Pacer("4/s", clock=lambda: now[0], sleep=slept.append)
    for _ in range(3):
        pacer()
    assert slept == [0.25, 0.5]
    Pacer(None)()


def test_an_operation_that_never_answered_2xx_is_an_error_naming_its_answers() -> None:
    results = Results()
    results.count_status("DELETE /x/{id}", 404)
    results.count_status("DELETE /x/{id}", 401)
    results.count_status("GET /x", 200)

    assert results.answered_2xx("GET /x")
    assert not results.answered_2xx("DELETE /x/{id}")
    results.require_success(["GET /x", "DELETE /x/{id}"])
    assert results.errors == [
        "DELETE /x/{id}: never answered 2xx (answers: 1 x 401, 1 x 404), so it was not really "
        "tested; check the credentials, the gateway id and the base URL"
    ]
