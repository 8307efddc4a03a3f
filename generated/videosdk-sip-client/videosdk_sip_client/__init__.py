"""A client library for accessing VideoSDK SIP API"""

from .bounds import Bounds
from .client import AuthenticatedClient, Client
from .environment import Environment
from .exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    ConflictError,
    ContentTooLargeError,
    InvalidTokenError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    UnexpectedResponseError,
    UnsupportedMediaTypeError,
    UsageError,
    ValidationError,
)
from .exceptions import (
    deprecated_name as _deprecated_name,
)
from .factory import create_client
from .pagination import AsyncPager, Pager
from .paging import (
    aiter_routing_rule_pages,
    aiter_routing_rules,
    iter_routing_rule_pages,
    iter_routing_rules,
)
from .retries import RetryPolicy
from .sdk import AsyncVideoSDK, VideoSDK
from .tokens import CachedTokenProvider, StaticTokenProvider, TokenProvider, mint_token

__all__ = (
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
)


def __getattr__(name: str) -> type[ApiError]:
    """`TimeoutError` and `ConnectionError`, the old names, for one more release."""
    return _deprecated_name(name, __name__)
