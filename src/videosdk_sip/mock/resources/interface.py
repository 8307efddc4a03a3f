"""The one interface between the pipeline and the resources.

A resource is a class built from the stores and the relations between them; it offers its
handlers by the document's operationIds. A handler takes the `Request` once every stage has
passed and returns the body of its 200 JSON answer (bytes), or an `Answer` for any other
answer: the body has passed the document's schema, the query and
path values its parameter rules, so a handler checks only what the document cannot say.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from videosdk_sip.mock.answers import Answer
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.request import Request
from videosdk_sip.mock.stores import Stores

__all__ = ["Handler", "Request", "Resource", "ResourceFactory"]


Handler = Callable[[Request], Answer | bytes]
"""What one operation does: the body of a 200 JSON answer, or any other `Answer`. Most
answers are 200 JSON, and bytes need no object built around them."""


class Resource(Protocol):
    """One family of operations (the routing rules, the gateways, ...)."""

    def handlers(self) -> Mapping[str, Handler]:
        """This resource's handlers by operationId."""
        ...


ResourceFactory = Callable[[Stores, Relations], Resource]
"""How the registry builds a resource: from every store and the relations between them."""
