"""A client library for accessing VideoSDK SIP Routing Rules API"""

from .client import AuthenticatedClient, Client
from .exceptions import (
    ApiError,
    AuthenticationError,
    ConflictError,
    ConnectionError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TimeoutError,
    UnexpectedResponseError,
    ValidationError,
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
    "ApiError",
    "AsyncPager",
    "AsyncVideoSDK",
    "AuthenticatedClient",
    "AuthenticationError",
    "CachedTokenProvider",
    "Client",
    "ConflictError",
    "ConnectionError",
    "NotFoundError",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "StaticTokenProvider",
    "TimeoutError",
    "TokenProvider",
    "UnexpectedResponseError",
    "ValidationError",
    "VideoSDK",
    "aiter_routing_rule_pages",
    "aiter_routing_rules",
    "create_client",
    "iter_routing_rule_pages",
    "iter_routing_rules",
    "mint_token",
)
