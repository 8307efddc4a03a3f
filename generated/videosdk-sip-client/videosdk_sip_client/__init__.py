"""A client library for accessing VideoSDK SIP Routing Rules API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
