"""The whole document, not only the part the embedded mock serves today, loads into
schemathesis, and every link it declares becomes a step of its stateful phase: a contract run
over the current API can chain a number into a rule, a rule into a call, and a call into its
actions as soon as the mock serves them."""

from __future__ import annotations

import copy
from typing import Any

import schemathesis

from videosdk_sip.spec import load_document


def _declared_links() -> set[str]:
    document = load_document()
    names = set()
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for answer in operation.get("responses", {}).values():
                names |= set(answer.get("links", {}))
    return names


def test_every_declared_link_is_a_stateful_step() -> None:
    schema = schemathesis.openapi.from_dict(copy.deepcopy(load_document()))
    machine: Any = schema.as_state_machine()
    steps = [
        name
        for name in dir(machine)
        if name.startswith(("GET_", "POST_", "PATCH_", "PUT_", "DELETE_"))
    ]

    for link in _declared_links():
        assert any(f"_{link}__" in step for step in steps), link
    assert sum(1 for _ in schema.get_all_operations()) == 37
