"""What a run prints: a progress line while it runs, then the tables, failures and cleanup."""

from __future__ import annotations

import textwrap
import threading
import time
from collections.abc import Sequence
from typing import TextIO
from urllib.parse import urlsplit

from videosdk_sip.contract.context import Outcome
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.results import CLEANUP, SECOND_IDENTITY, Tally

__all__ = ["ConsoleProgress", "render_report"]

REDRAW_EVERY = 0.1
CALLS_NOTE = (
    "(calls: answers a check was run on, including those it found it does not apply to; "
    "schemathesis does not tell the two apart)"
)


class ConsoleProgress:
    """One status line redrawn in place on a terminal; a line per phase anywhere else."""

    def __init__(
        self, stream: TextIO, *, interactive: bool | None = None, quiet: bool = False
    ) -> None:
        self._stream = stream
        self._interactive = stream.isatty() if interactive is None else interactive
        self._quiet = quiet
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._phase = "starting"
        self._operation: str | None = None
        self._requests = 0
        self._phase_requests = 0
        self._failures = 0
        self._drawn = 0.0
        self._width = 0

    def phase(self, name: str) -> None:
        with self._lock:
            self._finish_phase()
            self._phase = name
            self._operation = None
            self._phase_requests = 0
            self._draw(force=True)

    def operation(self, label: str | None) -> None:
        with self._lock:
            self._operation = label
            self._draw()

    def request(self) -> None:
        with self._lock:
            self._requests += 1
            self._phase_requests += 1
            self._draw()

    def failure(self) -> None:
        with self._lock:
            self._failures += 1
            self._draw(force=True)

    def close(self) -> None:
        with self._lock:
            if self._quiet:
                return
            if self._interactive:
                self._stream.write("\r" + " " * self._width + "\r")
                self._stream.flush()
            else:
                self._finish_phase()

    def _finish_phase(self) -> None:
        if self._quiet or self._interactive or self._phase == "starting":
            return
        if self._phase_requests or self._phase in ("client", "cleanup"):
            elapsed = time.monotonic() - self._started
            self._line(
                f"  {self._phase}: {self._phase_requests} requests, "
                f"{self._failures} failures so far ({elapsed:.1f} s)"
            )

    def _draw(self, *, force: bool = False) -> None:
        if self._quiet or not self._interactive:
            return
        now = time.monotonic()
        if not force and now - self._drawn < REDRAW_EVERY:
            return
        self._drawn = now
        where = f" {self._operation}" if self._operation else ""
        text = (
            f"{self._phase}{where} | {self._requests} requests | "
            f"{self._failures} failures | {now - self._started:.1f} s"
        )
        self._stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self._stream.flush()

    def _line(self, text: str) -> None:
        self._stream.write(text + "\n")
        self._stream.flush()


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [len(header) for header in headers]
    for row in rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        first, *rest = cells
        return "  ".join(
            [first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))]
        )

    return [line(headers), "  ".join("-" * width for width in widths), *map(line, rows)]


def _tally_rows(tallies: dict[str, Tally]) -> list[list[str]]:
    rows = [[name, str(t.cases), str(t.failures)] for name, t in tallies.items()]
    rows.append(
        [
            "total",
            str(sum(t.cases for t in tallies.values())),
            str(sum(t.failures for t in tallies.values())),
        ]
    )
    return rows


def render_report(outcome: Outcome, *, target: str, redactor: Redactor) -> str:
    """The whole report as text, scrubbed of the secret and every token."""
    results = outcome.results
    lines = [
        f"Contract suite against {target}",
        f"seed {outcome.seed} (replay with --seed {outcome.seed})",
        "",
    ]
    lines += [
        "Operations",
        *_table(["operation", "requests", "failures"], _tally_rows(results.by_operation())),
    ]
    lines += [
        "",
        "Checks",
        *_table(["check", "calls", "failures"], _tally_rows(results.by_check())),
        "",
        CALLS_NOTE,
    ]
    if results.peer_probes is not None:
        lines.append(
            f"object_level_authorization: {results.peer_probes} requests sent as a second API "
            f"key to reach the first key's rules"
        )
    lines += [f"{check}: {reason}" for check, reason in sorted(results.not_applicable.items())]
    lines += ["", *_phase_lines(outcome)]

    if results.failures:
        lines += ["", f"Failures ({len(results.failures)})"]
        for index, record in enumerate(results.failures, 1):
            status = f", status {record.status}" if record.status is not None else ""
            lines += [
                "",
                f"{index}. {record.operation} | {record.check} ({record.phase}{status})",
                f"   {record.title}",
                "   Expected by the contract:",
                *_indented(record.expected, 6),
            ]
            if record.reproduction:
                lines += ["   Reproduce:", *_indented(record.reproduction, 6)]
    if results.errors:
        lines += ["", f"Errors ({len(results.errors)})"]
        lines += [f"- {line}" for error in results.errors for line in [error.strip()]]
    if results.stopped_early:
        lines += ["", f"Stopped early: {results.stopped_early}"]
    if results.interrupted:
        by = f" by {outcome.signal}" if outcome.signal else ""
        lines += ["", f"Interrupted{by}: the run did not finish (cleanup ran all the same)"]

    lines += ["", *_cleanup_lines(outcome), *_webhook_lines(outcome)]
    verdict = "FAILED" if outcome.failed else "PASSED"
    summary = (
        f"{verdict}: {len(results.failures)} failures, {len(results.errors)} errors, "
        f"{sum(results.requests.values())} requests in {outcome.elapsed:.1f} s"
        + (f" (and {outcome.cleanup.requests} cleanup requests)" if outcome.cleanup else "")
    )
    lines += ["", summary]
    return redactor.scrub("\n".join(lines) + "\n")


def _phase_lines(outcome: Outcome) -> list[str]:
    phases = outcome.requests_by_phase()
    rows = [[phase, str(count)] for phase, count in phases.items()]
    rows.append(["total", str(sum(phases.values()))])
    return [
        f"Requests per phase (the operations table's {sum(outcome.results.requests.values())} "
        f"are every phase but {SECOND_IDENTITY} and {CLEANUP})",
        *_table(["phase", "requests"], rows),
    ]


def _cleanup_lines(outcome: Outcome) -> list[str]:
    cleanup = outcome.cleanup
    prefix = outcome.prefix
    if cleanup is None:
        return [f"Cleanup did not run: rules named {prefix}* may remain; delete them by hand"]
    lines = [
        f"Cleanup: {cleanup.tracked} resources proved the run's own (marked {prefix}); "
        f"{len(cleanup.deleted)} deleted at the end; {len(cleanup.leftovers)} left over; "
        f"{len(cleanup.ended)} calls ended; {len(cleanup.released)} provisioned numbers "
        f"released; {cleanup.requests} cleanup requests",
        "",
        "Resources (created = deleted during the run + deleted by cleanup + already gone "
        "+ spared + left over)",
    ]
    lines += _table(
        [
            "kind",
            "created",
            "deleted during run",
            "deleted by cleanup",
            "already gone",
            "spared",
            "left over",
            "found by search only",
        ],
        [
            [
                account.kind,
                str(account.created),
                str(account.deleted_during_run),
                str(account.deleted_by_cleanup),
                str(account.already_gone),
                str(account.spared),
                str(account.left_over),
                str(account.found_by_search),
            ]
            for account in cleanup.accounts
        ],
    )
    if cleanup.spared:
        lines.append("Spared (found again without the run's marks, so not deleted):")
        lines += [f"- {rule_id}" for rule_id in cleanup.spared]
    if cleanup.leftovers:
        lines.append("Left over (still there after cleanup):")
        lines += [f"- {rule_id}" for rule_id in cleanup.leftovers]
    if cleanup.problems:
        lines.append("Cleanup problems:")
        lines += [f"- {problem}" for problem in cleanup.problems]
    return lines


def _webhook_lines(outcome: Outcome) -> list[str]:
    report = outcome.webhooks
    if report is None:
        return []
    parts = urlsplit(report.receiver)
    shown = parts._replace(netloc=parts.netloc.rpartition("@")[2], query="").geturl()
    lines = [
        "",
        f"Webhook events received at {shown}: {report.received} "
        f"({report.of_run_calls} of the run's calls, {report.of_other_calls} of other calls "
        f"on the account, {report.malformed} malformed, {report.foreign} foreign)"
        + (f"; {report.overflowed} more not kept" if report.overflowed else ""),
        f"The run placed {report.calls_placed} calls; no event arrived for "
        f"{len(report.calls_without_events)} of them by the end",
    ]
    lines += [f"- {call_id}" for call_id in report.calls_without_events]
    return lines


def _indented(text: str, width: int) -> list[str]:
    return textwrap.indent(text.strip(), " " * width).splitlines()
