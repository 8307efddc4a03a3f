"""The document the mock and the contract suite serve: only the served tags' operations, and
no link that leads out of them."""

from __future__ import annotations

from videosdk_sip.contract.embedded import example_numbers
from videosdk_sip.spec import load_document, served_document

CREATE_RULE = ("/v2/sip/routing-rule", "post", "201")


def links_of(document: dict[str, object], where: tuple[str, str, str]) -> set[str]:
    path, method, status = where
    paths = document["paths"]
    assert isinstance(paths, dict)
    return set(paths[path][method]["responses"][status].get("links", {}))


def test_links_to_operations_left_out_are_dropped_and_the_document_is_untouched() -> None:
    document = load_document()
    without_calls = served_document(document, frozenset({"number-routing-rules"}))
    assert "CallThroughCreatedRule" in links_of(document, CREATE_RULE)
    assert links_of(without_calls, CREATE_RULE) == {
        "GetCreatedNumberRule",
        "UpdateCreatedNumberRule",
        "DeleteCreatedNumberRule",
    }
    with_calls = served_document(document, frozenset({"number-routing-rules", "calls"}))
    assert "CallThroughCreatedRule" in links_of(with_calls, CREATE_RULE)


def test_the_embedded_mock_registers_the_numbers_the_examples_route() -> None:
    numbers = example_numbers()
    assert {"+14155551234", "+14155555678"} <= set(numbers)
    assert len(set(numbers)) == len(numbers)
