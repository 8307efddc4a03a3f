"""The client's public surface: exactly the names in `__all__`, none shadowing a built-in."""

from __future__ import annotations

import builtins
import types
import warnings

import pytest
import videosdk_sip_client
from videosdk_sip_client import ApiConnectionError, ApiTimeoutError
from videosdk_sip_client import exceptions as exceptions_module

PUBLIC = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncPager",
    "AsyncVideoSDK",
    "AuthenticatedClient",
    "AuthenticationError",
    "Bounds",
    "CachedTokenProvider",
    "Client",
    "ConflictError",
    "ContentTooLargeError",
    "Environment",
    "InvalidTokenError",
    "NotFoundError",
    "Pager",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "StaticTokenProvider",
    "TokenProvider",
    "UnexpectedResponseError",
    "UnsupportedMediaTypeError",
    "UsageError",
    "ValidationError",
    "VideoSDK",
    "aiter_routing_rule_pages",
    "aiter_routing_rules",
    "create_client",
    "iter_routing_rule_pages",
    "iter_routing_rules",
    "mint_token",
]


def test_all_is_the_pinned_public_surface() -> None:
    assert list(videosdk_sip_client.__all__) == PUBLIC


def test_every_public_attribute_is_in_all() -> None:
    public = {
        name
        for name, value in vars(videosdk_sip_client).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(PUBLIC)


def test_no_exported_name_shadows_a_built_in() -> None:
    assert set(PUBLIC) & set(dir(builtins)) == set()
    assert set(exceptions_module.__all__) & set(dir(builtins)) == set()


@pytest.mark.parametrize(
    ("old", "new"), [("TimeoutError", ApiTimeoutError), ("ConnectionError", ApiConnectionError)]
)
@pytest.mark.parametrize(
    "module", [videosdk_sip_client, exceptions_module], ids=["package", "exceptions"]
)
def test_the_old_names_still_work_for_a_release_with_a_warning(
    module: types.ModuleType, old: str, new: type[Exception]
) -> None:
    with pytest.warns(DeprecationWarning, match=new.__name__):
        assert getattr(module, old) is new


def test_unknown_names_are_still_attribute_errors() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(AttributeError, match="NoSuchThing"):
            _ = videosdk_sip_client.NoSuchThing
