"""`videosdk-sip contract`: the contract suite, against the embedded mock or a remote server."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from videosdk_sip.contract.options import (
    DEFAULT_CLIENT_EXAMPLES,
    DEFAULT_MAX_EXAMPLES,
    DEFAULT_STATEFUL_EXAMPLES,
    SuiteOptions,
)
from videosdk_sip.spec import SERVED_TAGS

if TYPE_CHECKING:
    from videosdk_sip.contract.embedded import AppFactory

__all__ = ["HELP", "add_arguments", "execute", "run"]

HELP = "run the contract suite against the embedded mock, or a server such as staging"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


_EPILOG = """\
target:
  With no --base-url and no VIDEOSDK_BASE_URL the suite starts the embedded mock on a free
  loopback port (or, with --in-process, calls it without a socket). Against a URL it needs
  VIDEOSDK_API_KEY and VIDEOSDK_SECRET (or a ready token in VIDEOSDK_TOKEN) and the gateway
  to create rules on, VIDEOSDK_GATEWAY_ID (or --gateway-id). The vendor's production host
  is refused unless --allow-production is given.

what it leaves behind:
  Every rule it creates is named videosdk-sip-contract-<run id>-... and tagged
  videosdk-sip-contract; at the end (also after a failure or Ctrl-C) it deletes them, lists
  to verify, and reports any left over by id.

exit status:
  0 nothing failed; 1 a check failed, an error happened or rules were left over;
  2 the command line or the environment is not usable (nothing was sent); 130 interrupted.
"""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, not {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, not {text}")
    return value


def _rate(text: str) -> str:
    from videosdk_sip.contract.pacing import RateLimitError, parse_rate

    try:
        parse_rate(text)
    except RateLimitError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--rate-limit: ")) from None
    return text.replace(" ", "")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = _EPILOG
    target = parser.add_argument_group("target")
    target.add_argument(
        "--base-url",
        metavar="URL",
        help="the server to test (default: VIDEOSDK_BASE_URL, else the embedded mock)",
    )
    target.add_argument(
        "--gateway-id",
        metavar="ID",
        help="the gateway to create rules on (default: VIDEOSDK_GATEWAY_ID; the embedded "
        "mock's outbound gateway when testing the mock)",
    )
    target.add_argument(
        "--allow-production",
        action="store_true",
        help="allow the vendor's production host (api.videosdk.live)",
    )
    target.add_argument(
        "--in-process",
        action="store_true",
        help="call the embedded mock in this process instead of over loopback HTTP",
    )
    size = parser.add_argument_group("size and pace")
    size.add_argument(
        "--max-examples",
        type=_positive_int,
        default=DEFAULT_MAX_EXAMPLES,
        metavar="N",
        help="generated examples per operation in the fuzzing phase "
        f"(default {DEFAULT_MAX_EXAMPLES})",
    )
    size.add_argument(
        "--stateful-examples",
        type=_positive_int,
        default=DEFAULT_STATEFUL_EXAMPLES,
        metavar="N",
        help="stateful sequences (create -> get/update/delete -> ...) "
        f"(default {DEFAULT_STATEFUL_EXAMPLES})",
    )
    size.add_argument(
        "--client-examples",
        type=_positive_int,
        default=DEFAULT_CLIENT_EXAMPLES,
        metavar="N",
        help="create-to-delete lifecycles sent through the generated client "
        f"(default {DEFAULT_CLIENT_EXAMPLES})",
    )
    size.add_argument("--seed", type=int, metavar="N", help="replay a run: the seed it printed")
    size.add_argument(
        "--rate-limit",
        type=_rate,
        metavar="RATE",
        help="at most this many requests, such as 10/s, 300/m or 5000/h (default: no limit)",
    )
    size.add_argument(
        "--tag",
        action="append",
        dest="tags",
        choices=sorted(SERVED_TAGS),
        metavar="TAG",
        help="test only the operations of this tag (repeat for more; default: all of "
        f"{', '.join(sorted(SERVED_TAGS))}); leave out 'calls' on a server where calls are real",
    )
    size.add_argument(
        "--max-time",
        type=_seconds,
        metavar="SECONDS",
        help="a time budget: keep generating until it is spent, then stop and clean up",
    )
    size.add_argument(
        "--max-response-time",
        type=_seconds,
        metavar="SECONDS",
        help="also fail any answer slower than this (default: not checked)",
    )
    size.add_argument(
        "--request-timeout",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="give up on one request after this long (default 30)",
    )
    output = parser.add_argument_group("output")
    output.add_argument("--junit", type=Path, metavar="PATH", help="also write JUnit XML here")
    output.add_argument(
        "--no-progress", action="store_true", help="print no progress while the suite runs"
    )


def run(args: argparse.Namespace) -> int:
    return execute(args)


def execute(
    args: argparse.Namespace,
    *,
    environ: Mapping[str, str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    app_factory: AppFactory | None = None,
) -> int:
    """Runs the suite as `args` say; the keyword arguments let tests stand in for the process."""
    from videosdk_sip.contract.embedded import endpoint_for
    from videosdk_sip.contract.junit import write_junit
    from videosdk_sip.contract.redaction import Redactor
    from videosdk_sip.contract.report import ConsoleProgress, render_report
    from videosdk_sip.contract.suite import run_suite
    from videosdk_sip.contract.target import TargetError, resolve_target

    environ = os.environ if environ is None else environ
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    try:
        target = resolve_target(
            base_url=args.base_url,
            gateway_id=args.gateway_id,
            allow_production=args.allow_production,
            in_process=args.in_process,
            environ=environ,
        )
    except TargetError as error:
        err.write(f"videosdk-sip contract: {error}\n")
        return EXIT_USAGE

    options = SuiteOptions(
        max_examples=args.max_examples,
        stateful_examples=args.stateful_examples,
        client_examples=args.client_examples,
        seed=args.seed,
        rate_limit=args.rate_limit,
        max_time=args.max_time,
        max_response_time=args.max_response_time,
        request_timeout=args.request_timeout,
        tags=frozenset(args.tags) if args.tags else None,
    )
    redactor = Redactor()
    progress = ConsoleProgress(err, quiet=args.no_progress)
    err.write(f"videosdk-sip contract: testing {target.describe()}\n")
    try:
        with endpoint_for(target, app_factory) as endpoint:
            outcome = run_suite(endpoint, target, options, redactor=redactor, progress=progress)
    finally:
        progress.close()
    description = target.describe()
    out.write(render_report(outcome, target=description, redactor=redactor))
    if args.junit is not None:
        try:
            write_junit(args.junit, outcome, target=description, redactor=redactor)
        except OSError as error:
            err.write(
                f"videosdk-sip contract: --junit: cannot write {args.junit}: {error.strerror}\n"
            )
            return EXIT_FAILED
    if outcome.results.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if outcome.failed else EXIT_OK
