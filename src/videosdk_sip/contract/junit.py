"""The run as JUnit XML for CI: a suite per operation, a test case per check."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from videosdk_sip.contract.context import Outcome
from videosdk_sip.contract.redaction import Redactor

__all__ = ["junit_xml", "write_junit"]

# Characters XML 1.0 cannot carry at all, not even escaped.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def junit_xml(outcome: Outcome, *, target: str, redactor: Redactor) -> str:
    """The JUnit document, scrubbed of the secret and every token."""

    def text(value: str) -> str:
        return _ILLEGAL.sub("?", redactor.scrub(value))

    results = outcome.results
    root = ElementTree.Element("testsuites", name="videosdk-sip contract")
    failures_by_key: dict[tuple[str, str], list[str]] = {}
    for record in results.failures:
        body = f"{record.title}\n\nExpected by the contract:\n{record.expected}"
        if record.reproduction:
            body += f"\n\nReproduce:\n{record.reproduction}"
        failures_by_key.setdefault((record.operation, record.check), []).append(body)

    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for operation in sorted({operation for operation, _ in results.by_operation_and_check()}):
        suite = ElementTree.SubElement(root, "testsuite", name=text(operation))
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for (op, check), tally in results.by_operation_and_check().items():
            if op != operation:
                continue
            case = ElementTree.SubElement(
                suite, "testcase", classname=text(operation), name=text(check)
            )
            ElementTree.SubElement(case, "system-out").text = text(f"{tally.cases} calls")
            counts["tests"] += 1
            bodies = failures_by_key.get((op, check), [])
            if bodies:
                counts["failures"] += 1
                failure = ElementTree.SubElement(
                    case, "failure", message=text(f"{len(bodies)} failure(s)"), type=text(check)
                )
                failure.text = text("\n\n----\n\n".join(bodies))
        _set_counts(suite, counts, totals)

    housekeeping = ElementTree.SubElement(root, "testsuite", name="run")
    properties = ElementTree.SubElement(housekeeping, "properties")
    for name, setting in (
        ("target", target),
        ("seed", str(outcome.seed)),
        ("prefix", outcome.prefix),
        ("requests", str(sum(results.requests.values()))),
    ):
        ElementTree.SubElement(properties, "property", name=name, value=text(setting))
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    cleanup_case = ElementTree.SubElement(housekeeping, "testcase", classname="run", name="cleanup")
    counts["tests"] += 1
    cleanup = outcome.cleanup
    if cleanup is None or not cleanup.ok:
        counts["failures"] += 1
        if cleanup is None:
            message = f"cleanup did not run; rules named {outcome.prefix}* may remain"
        else:
            message = "\n".join(
                [f"left over: {rule_id}" for rule_id in cleanup.leftovers] + list(cleanup.problems)
            )
        ElementTree.SubElement(
            cleanup_case, "failure", message="rules left over", type="cleanup"
        ).text = text(message)
    for check, reason in sorted(results.not_applicable.items()):
        case = ElementTree.SubElement(housekeeping, "testcase", classname="run", name=text(check))
        ElementTree.SubElement(case, "skipped", message=text(reason))
        counts["tests"] += 1
        counts["skipped"] += 1
    for index, error in enumerate(results.errors, 1):
        case = ElementTree.SubElement(
            housekeeping, "testcase", classname="run", name=f"error {index}"
        )
        ElementTree.SubElement(
            case, "error", message=text(error.splitlines()[0] if error else "error")
        ).text = text(error)
        counts["tests"] += 1
        counts["errors"] += 1
    if results.interrupted:
        case = ElementTree.SubElement(housekeeping, "testcase", classname="run", name="interrupted")
        ElementTree.SubElement(case, "error", message="the run was interrupted")
        counts["tests"] += 1
        counts["errors"] += 1
    _set_counts(housekeeping, counts, totals)
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", f"{outcome.elapsed:.3f}")
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _set_counts(suite: ElementTree.Element, counts: dict[str, int], totals: dict[str, int]) -> None:
    for key, value in counts.items():
        suite.set(key, str(value))
        totals[key] += value


def write_junit(path: Path, outcome: Outcome, *, target: str, redactor: Redactor) -> None:
    """Writes the JUnit file whole, or not at all (a temporary file renamed into place)."""
    document = junit_xml(outcome, target=target, redactor=redactor)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(document, encoding="utf-8")
    temporary.replace(path)
