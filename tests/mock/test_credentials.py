"""The API key and secret from the environment, else the published development pair."""

from __future__ import annotations

import pytest

from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET, credentials_from_env


def test_the_environment_wins() -> None:
    environ = {"VIDEOSDK_API_KEY": "key", "VIDEOSDK_SECRET": "secret"}
    assert credentials_from_env(environ) == ("key", "secret")


def test_nothing_set_gives_the_development_pair() -> None:
    assert credentials_from_env({}) == (DEV_API_KEY, DEV_SECRET)
    assert credentials_from_env({"VIDEOSDK_API_KEY": "", "VIDEOSDK_SECRET": ""}) == (
        DEV_API_KEY,
        DEV_SECRET,
    )


def test_the_development_secret_is_long_enough_for_hs256() -> None:
    assert len(DEV_SECRET.encode()) >= 32


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({"VIDEOSDK_API_KEY": "key"}, "VIDEOSDK_SECRET is not"),
        ({"VIDEOSDK_SECRET": "top-secret-value"}, "VIDEOSDK_API_KEY is not"),
    ],
)
def test_half_a_pair_is_an_error_that_shows_no_value(environ: dict[str, str], missing: str) -> None:
    with pytest.raises(ValueError, match=missing) as error:
        credentials_from_env(environ)
    assert "top-secret-value" not in str(error.value)
