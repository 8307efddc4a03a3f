"""One way to configure and fail: `VIDEOSDK_*` read by one rule for the client and the kit,
and one `UsageError` base that the command line turns into exit status 2."""

from __future__ import annotations

import argparse
import io
from contextlib import redirect_stderr
from typing import Any

import jwt
import pytest
from videosdk_sip_client import Environment, UsageError, create_client
from videosdk_sip_client.environment import VARIABLES
from videosdk_sip_client.exceptions import InvalidTokenError
from videosdk_sip_client.tokens import CachedTokenProvider

from videosdk_sip import cli
from videosdk_sip.contract.pacing import RateLimitOptionError
from videosdk_sip.contract.target import TargetError, resolve_target
from videosdk_sip.credentials import credentials_from_env
from videosdk_sip.mock.settings import FaultSpecError, GatewaysFileError

SECRET = "a-secret-long-enough-for-hs256-signatures"


def test_values_are_trimmed_and_empty_counts_as_unset() -> None:
    environ = {
        "VIDEOSDK_API_KEY": "  key\n",
        "VIDEOSDK_SECRET": f"{SECRET}\n",
        "VIDEOSDK_TOKEN": "   ",
        "VIDEOSDK_BASE_URL": "http://127.0.0.1:9/ \n",
        "VIDEOSDK_GATEWAY_ID": "",
    }
    env = Environment.read(environ)

    assert env == Environment(
        api_key="key", secret=SECRET, base_url="http://127.0.0.1:9/", token=None, gateway_id=None
    )


def test_its_repr_shows_no_secret_and_no_token() -> None:
    env = Environment.read({"VIDEOSDK_SECRET": SECRET, "VIDEOSDK_TOKEN": "tok.en.value"})
    assert SECRET not in repr(env)
    assert "tok.en.value" not in repr(env)


def test_every_attribute_names_its_variable() -> None:
    environ = {variable: f"value-of-{name}" for name, variable in VARIABLES.items()}
    env = Environment.read(environ)
    assert {name: getattr(env, name) for name in VARIABLES} == {
        name: f"value-of-{name}" for name in VARIABLES
    }


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({"VIDEOSDK_API_KEY": "key", "VIDEOSDK_SECRET": " "}, "VIDEOSDK_SECRET is not"),
        ({"VIDEOSDK_SECRET": SECRET}, "VIDEOSDK_API_KEY is not"),
    ],
)
def test_half_a_pair_is_the_same_usage_error_for_the_kit_and_the_client(
    environ: dict[str, str], missing: str
) -> None:
    with pytest.raises(UsageError, match=missing) as from_kit:
        credentials_from_env(environ)
    with pytest.raises(UsageError) as from_client:
        create_client(environ=environ)
    assert SECRET not in str(from_kit.value) + str(from_client.value)


def test_the_client_and_the_kit_read_a_padded_key_the_same_way() -> None:
    environ = {"VIDEOSDK_API_KEY": " key\n", "VIDEOSDK_SECRET": f" {SECRET} "}

    client = create_client(environ=environ)
    provider = client.token
    assert isinstance(provider, CachedTokenProvider)
    claims = jwt.decode(provider.get_token(), SECRET, algorithms=["HS256"])

    assert claims["apikey"] == "key"
    assert credentials_from_env(environ) == ("key", SECRET)
    target = resolve_target(
        base_url="http://127.0.0.1:9",
        gateway_id="gw_1",
        allow_production=False,
        in_process=False,
        environ=environ,
    )
    assert target.credentials.api_key == "key"
    assert target.credentials.secret == SECRET


def test_a_padded_base_url_reaches_the_client_and_the_suite_trimmed() -> None:
    environ = {"VIDEOSDK_TOKEN": "a.b.c", "VIDEOSDK_BASE_URL": " http://127.0.0.1:9\n"}

    assert create_client(environ=environ).base_url == "http://127.0.0.1:9"
    target = resolve_target(
        base_url=None, gateway_id="gw", allow_production=False, in_process=False, environ=environ
    )
    assert target.base_url == "http://127.0.0.1:9"


@pytest.mark.parametrize(
    "error_class",
    [TargetError, FaultSpecError, GatewaysFileError, RateLimitOptionError, InvalidTokenError],
)
def test_every_user_facing_error_is_a_usage_error(error_class: type[Exception]) -> None:
    assert issubclass(error_class, UsageError)
    assert issubclass(error_class, ValueError)


@pytest.mark.parametrize(
    "settings",
    [{"base_url": "ftp://x"}, {"timeout": -1}, {"call_timeout": 0}, {"max_response_bytes": -5}],
    ids=str,
)
def test_the_clients_bad_settings_are_usage_errors(settings: dict[str, Any]) -> None:
    with pytest.raises(UsageError, match=next(iter(settings))):
        create_client(token="a.b.c", environ={}, **settings)


class _Failing:
    HELP = "fails"

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        return None

    def run(self, args: argparse.Namespace) -> int:
        raise self.error


def _run(error: BaseException) -> tuple[int, str]:
    def load(_name: str) -> Any:
        return _Failing(error)

    stderr = io.StringIO()
    with redirect_stderr(stderr):
        status = cli.main(["token"], load=load)
    return status, stderr.getvalue()


def test_the_command_line_turns_any_usage_error_into_exit_status_2() -> None:
    status, stderr = _run(TargetError("VIDEOSDK_GATEWAY_ID is not set"))

    assert status == cli.EXIT_USAGE == 2
    assert stderr == "videosdk-sip token: error: VIDEOSDK_GATEWAY_ID is not set\n"


def test_other_errors_are_not_taken_for_usage_errors() -> None:
    with pytest.raises(RuntimeError):
        _run(RuntimeError("a bug"))
