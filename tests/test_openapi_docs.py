"""The documentation of the contract is complete: docs/operations.md lists every operation as
the document has it, docs/contract-decisions.md every decision, docs/webhook-events.md every
event, and the README points to them."""

from __future__ import annotations

import re
from pathlib import Path

from videosdk_sip.spec import load_document

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PACKAGE = ROOT / "generated" / "videosdk-sip-client" / "videosdk_sip_client"
ROW = re.compile(
    r"^\| `(?P<tag>[^`]+)` \| `(?P<method>[A-Z]+)` \| `(?P<path>[^`]+)` \| "
    r"`(?P<operation_id>[^`]+)`(?P<deprecated> \(deprecated\))? \| (?P<success>[0-9, ]+) \| "
    r"`api\.(?P<module>[a-z_.]+)` \|$"
)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_the_operations_table_is_the_documents() -> None:
    rows = [ROW.match(line) for line in (DOCS / "operations.md").read_text().splitlines()]
    table = {
        (row["method"].lower(), row["path"]): row.groupdict() for row in rows if row is not None
    }
    expected = {}
    for path, item in load_document()["paths"].items():
        for method, operation in item.items():
            if method not in {"get", "put", "post", "patch", "delete"}:
                continue
            tag = operation["tags"][0]
            expected[(method, path)] = {
                "tag": tag,
                "method": method.upper(),
                "path": path,
                "operation_id": operation["operationId"],
                "deprecated": " (deprecated)" if operation.get("deprecated") else None,
                "success": ", ".join(s for s in operation["responses"] if s.startswith("2")),
                "module": f"{tag.replace('-', '_')}.{_snake(operation['operationId'])}",
            }
    assert table == expected
    for row in table.values():
        assert (PACKAGE / "api" / (row["module"].replace(".", "/") + ".py")).is_file(), row


def test_every_decision_id_is_written_once() -> None:
    text = (DOCS / "contract-decisions.md").read_text()
    ids = re.findall(r"^\| (C\d+) \|", text, flags=re.MULTILINE)
    assert ids == [f"C{n}" for n in range(1, 30)]


def test_the_seed_decisions_moved_whole() -> None:
    text = (DOCS / "contract-decisions.md").read_text()
    for question in ("OpenAPI version", "`dispatch.room.type`", "`hidePhoneNumber`", "update"):
        assert f"\n| {question} |" in text


def test_every_webhook_event_is_documented() -> None:
    text = (DOCS / "webhook-events.md").read_text()
    names = load_document()["components"]["schemas"]["WebhookEventName"]["enum"]
    for name in names:
        assert f"| `{name}` |" in text
    assert "Inferred" in text
    assert "Documented" in text


def test_the_readme_points_to_the_docs_instead_of_repeating_them() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Contract decisions") :]
    assert "docs/contract-decisions.md" in section
    assert "docs/operations.md" in section
    assert "| question |" not in readme
