"""Stage 1: which documented operation a request is for, and its handler.

The routes are the document's paths and methods; each operation is bound to the handler
registered under its operationId, and the document and the handlers must cover each other
exactly, so a new operation needs only its handler.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from videosdk_sip.mock.answers import Answer, method_not_allowed, path_not_found
from videosdk_sip.mock.openapi import Api, Operation
from videosdk_sip.mock.pages import Pages
from videosdk_sip.mock.resources.interface import Handler

__all__ = ["Endpoint", "Router"]


class Endpoint:
    """A documented operation bound to its handler. `check_path` is False when any non-empty
    path segment satisfies the path parameters' rules, so they need no check."""

    __slots__ = ("check_path", "handler", "operation")

    def __init__(self, operation: Operation, handler: Handler) -> None:
        self.operation = operation
        self.handler = handler
        parameters = operation.path_parameters
        self.check_path = parameters is not None and not _segment_suffices(parameters.schema)


class Router:
    """Finds the endpoint for a path and method, or answers 404, 405 or a page."""

    def __init__(
        self, api: Api, handlers: Mapping[str, Handler], pages: Pages, spec_path: Path
    ) -> None:
        documented = {operation.operation_id for operation in api.operations()}
        if documented != set(handlers):
            missing = sorted(documented - set(handlers))
            extra = sorted(set(handlers) - documented)
            raise ValueError(
                f"{spec_path}: the mock implements {sorted(handlers)}; "
                f"no handler for {missing}, not in the document: {extra}"
            )
        self._api = api
        self._pages = pages
        self._endpoints: dict[str, dict[str, Endpoint]] = {}
        for operation in api.operations():
            endpoint = Endpoint(operation, handlers[operation.operation_id])
            self._endpoints.setdefault(operation.path, {})[operation.method] = endpoint
        self._exact = {path: self._endpoints[item.template] for path, item in api.exact.items()}
        self._last_segment = _last_segment_routes(api, self._endpoints)

    def route(self, path: str, method: str) -> tuple[Endpoint, dict[str, str]] | Answer:
        """The endpoint and the path's parameter values, or the answer that ends the request."""
        # The common cases in a dictionary look-up or two: a documented literal path, or a
        # template whose one parameter is its last segment and which no earlier template
        # can share a path with. Everything else, and every refusal, takes `_route`.
        exact = self._exact.get(path)
        if exact is not None:
            endpoint = exact.get(method)
            if endpoint is not None:
                return endpoint, {}
        else:
            head, _, last = path.rpartition("/")
            route = self._last_segment.get(head)
            if route is not None and last:
                parameter, endpoints = route
                endpoint = endpoints.get(method)
                if endpoint is not None:
                    return endpoint, {parameter: last}
        return self._route(path, method)

    def _route(self, path: str, method: str) -> tuple[Endpoint, dict[str, str]] | Answer:
        first = None
        for item, path_values in self._api.matches(path):
            endpoint = self._endpoints[item.template].get(method)
            if endpoint is not None:
                return endpoint, path_values
            if first is None:
                first = item
                if not path_values:
                    # A literal path is the one the request names (OpenAPI matches concrete
                    # paths before templates): a method it lacks is a 405, not a template's
                    # record lookup.
                    break
        if first is None:
            page = self._pages.answer(path, method)
            return page if page is not None else path_not_found(path)
        return method_not_allowed(method, first.allow, where=first.template)


def _last_segment_routes(
    api: Api, endpoints: Mapping[str, dict[str, Endpoint]]
) -> dict[str, tuple[str, dict[str, Endpoint]]]:
    """For each template matched by its prefix alone (`/rules/{ruleId}`): the prefix
    without its last slash -> (parameter name, endpoints by method). Left out: a template
    after one matched by its pattern whose literal start overlaps its prefix, since that
    one may match first."""
    routes: dict[str, tuple[str, dict[str, Endpoint]]] = {}
    pattern_starts: list[str] = []
    for item in api.templated:
        prefix = item.prefix
        if prefix is None or item.last_parameter is None:
            pattern_starts.append(item.template.partition("{")[0])
        elif not any(
            start.startswith(prefix) or prefix.startswith(start) for start in pattern_starts
        ):
            routes[prefix.removesuffix("/")] = (item.last_parameter, endpoints[item.template])
    return routes


def _segment_suffices(schema: Mapping[str, Any]) -> bool:
    """Whether any non-empty path segment satisfies every parameter in `schema`."""
    trivial = {"type", "minLength", "description", "example"}
    for parameter in schema.get("properties", {}).values():
        if set(parameter) - trivial or parameter.get("type", "string") != "string":
            return False
        if parameter.get("minLength", 0) > 1:
            return False
    return True
