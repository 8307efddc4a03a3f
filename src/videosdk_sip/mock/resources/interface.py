"""The one interface between the pipeline and the resources.

A resource is a class built from the stores and the relations between them; it offers its
handlers by the document's operationIds. A handler takes the checked request as a `Call` and
returns an `Answer`: the body has passed the document's schema, the query and path values its
parameter rules, so a handler checks only what the document cannot say.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from videosdk_sip.mock.answers import Answer
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.stores import Stores

__all__ = ["Call", "Handler", "Resource", "ResourceFactory"]


class Call:
    """A request that passed every stage: whose it is, its path and query values, its body."""

    __slots__ = ("api_key", "body", "path", "query")

    def __init__(
        self, api_key: str, path: Mapping[str, str], query: Mapping[str, Any], body: Any
    ) -> None:
        self.api_key = api_key
        self.path = path
        self.query = query
        self.body = body


Handler = Callable[[Call], Answer]
"""What one operation does."""


class Resource(Protocol):
    """One family of operations (the routing rules, the gateways, ...)."""

    def handlers(self) -> Mapping[str, Handler]:
        """This resource's handlers by operationId."""
        ...


ResourceFactory = Callable[[Stores, Relations], Resource]
"""How the registry builds a resource: from every store and the relations between them."""
