"""The router's dictionary look-ups answer every path and method exactly as the full walk over
the document's path items does (decision C26's shared paths included)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from videosdk_sip import SPEC_PATH
from videosdk_sip.mock.answers import Answer
from videosdk_sip.mock.openapi import read_api
from videosdk_sip.mock.pages import Pages
from videosdk_sip.mock.pipeline.route import Endpoint, Router
from videosdk_sip.mock.request import Request
from videosdk_sip.spec import load_document, served_document

METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS")
SEGMENTS = ("rule_0a1b2c3d4e5f", "gateways", "detach", "release", "transfer", "x y", "+1415")


def _handler(request: Request) -> Answer:
    return Answer(200, b"{}")


def _router(document: dict[str, Any], spec_path: Path = SPEC_PATH) -> Router:
    api = read_api(document)
    handlers = {operation.operation_id: _handler for operation in api.operations()}
    return Router(api, handlers, Pages(document, spec_path), spec_path)


def _outcome(routed: tuple[Endpoint, dict[str, str]] | Answer) -> Any:
    if isinstance(routed, Answer):
        return routed.status, routed.body, tuple(routed.headers)
    endpoint, values = routed
    return endpoint.operation.operation_id, values


def _path_parameters(*names: str) -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in names
    ]


def _paths(templates: list[str]) -> list[str]:
    paths = ["/", "/docs", "/v2/sip", "/v2/sip/", "/nowhere"]
    for template in templates:
        paths += [template, template + "/", template.rsplit("/", 1)[0] + "/"]
        for segment in SEGMENTS:
            filled = template
            while "{" in filled:
                start, end = filled.index("{"), filled.index("}")
                filled = filled[:start] + segment + filled[end + 1 :]
            paths += [filled, filled + "/", filled + "/" + segment]
    return paths


def test_the_quick_look_ups_answer_as_the_full_walk_does() -> None:
    document = served_document(load_document(SPEC_PATH))
    router = _router(document)
    paths = _paths(list(document["paths"]))
    assert len(paths) > 300
    for path in paths:
        for method in METHODS:
            quick = _outcome(router.route(path, method))
            assert quick == _outcome(router._route(path, method)), (method, path)


def test_a_template_matched_by_pattern_first_keeps_its_paths() -> None:
    # `/things/{a}-{b}` comes first and fits `/things/x-y`, which `/things/{thingId}` fits
    # too: the earlier template answers, as OpenAPI's document order says.
    operation = {"responses": {"200": {"description": "ok"}}}
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{a}-{b}": {
                "parameters": _path_parameters("a", "b"),
                "get": {**operation, "operationId": "getPair"},
            },
            "/things/{thingId}": {
                "parameters": _path_parameters("thingId"),
                "get": {**operation, "operationId": "getThing"},
                "delete": {**operation, "operationId": "deleteThing"},
            },
            "/others/{otherId}": {
                "parameters": _path_parameters("otherId"),
                "get": {**operation, "operationId": "getOther"},
            },
        },
    }
    router = _router(document)
    assert _outcome(router.route("/things/x-y", "GET")) == ("getPair", {"a": "x", "b": "y"})
    assert _outcome(router.route("/things/x-y", "DELETE")) == ("deleteThing", {"thingId": "x-y"})
    assert _outcome(router.route("/things/xy", "GET")) == ("getThing", {"thingId": "xy"})
    assert _outcome(router.route("/others/x-y", "GET")) == ("getOther", {"otherId": "x-y"})
    for path in _paths(list(document["paths"])):
        for method in METHODS:
            assert _outcome(router.route(path, method)) == _outcome(router._route(path, method))


@pytest.mark.parametrize("path", ["/v2/sip/routing-rules/", "/v2/sip/routing-rules//"])
def test_an_empty_last_segment_is_not_an_id(path: str) -> None:
    router = _router(served_document(load_document(SPEC_PATH)))
    routed = router.route(path, "GET")
    assert isinstance(routed, Answer)
    assert routed.status == 404
