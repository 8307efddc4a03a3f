"""`videosdk-sip contract`: the contract suite, against the embedded mock or a remote server."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from attrs import frozen

from videosdk_sip.contract.operations import FAMILIES
from videosdk_sip.contract.options import (
    DEFAULT_CLIENT_EXAMPLES,
    DEFAULT_MAX_EXAMPLES,
    DEFAULT_STATEFUL_EXAMPLES,
    QUICK,
    SuiteOptions,
)
from videosdk_sip.contract.receiver import DEFAULT_LISTEN

if TYPE_CHECKING:
    from videosdk_sip_client.environment import Environment

    from videosdk_sip.contract.context import Outcome
    from videosdk_sip.contract.embedded import AppFactory

__all__ = ["HELP", "Completed", "add_arguments", "execute", "perform", "run"]

HELP = "run the contract suite against the embedded mock, or a server such as staging"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
"""Ctrl-C without a signal number to go by; a signal exits 128 + its number (143 SIGTERM)."""


_EPILOG = """\
target:
  With no --base-url and no VIDEOSDK_BASE_URL the suite starts the embedded mock on a free
  loopback port (or, with --in-process, calls it without a socket). Against a URL it needs
  VIDEOSDK_API_KEY and VIDEOSDK_SECRET (or a ready token in VIDEOSDK_TOKEN) and the gateway
  to create rules on, VIDEOSDK_GATEWAY_ID (or --gateway-id). The vendor's production host
  is refused unless --allow-production is given.

what it leaves behind:
  Every rule it creates is named videosdk-sip-contract-<run id>-... and tagged
  videosdk-sip-contract. An id is the run's own only when the create answer carries both;
  at the end (also after a failure, Ctrl-C, SIGTERM or SIGHUP) it re-reads each rule, deletes
  it only if it still carries them, searches to verify, and reports any left over by id.

second identity:
  Against a URL, VIDEOSDK_PEER_API_KEY and VIDEOSDK_PEER_SECRET (another key of the same
  server) turn on object_level_authorization: that key must never reach the run's rules.

calls and webhooks on a server:
  Calls need --allow-calls, --call-to, and your outbound rule and caller (--call-rule,
  --call-from); that rule is never changed. With --webhook-receiver (a public URL forwarding
  to --webhook-listen) the run's webhooks point there and every event received is checked.
  Numbers the run provisions from VIDEOSDK_TEST_NUMBERS are released at cleanup.

exit status:
  0 nothing failed; 1 a check failed, an error happened or rules were left over;
  2 the command line or the environment is not usable (nothing was sent); 130 Ctrl-C,
  143 SIGTERM, 129 SIGHUP (after cleanup, the report and the JUnit file).
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
    from videosdk_sip.contract.pacing import RateLimitOptionError, parse_rate

    try:
        parse_rate(text)
    except RateLimitOptionError as error:
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
    target.add_argument(
        "--api",
        choices=FAMILIES,
        help="the API family to test, chosen by the document's tags: seed (routing-rules), "
        "current (every other tag) or all (default: seed against the embedded mock; against "
        "a URL, every family the server serves)",
    )
    target.add_argument(
        "--tag",
        action="append",
        dest="tags",
        metavar="TAG",
        help="test only the operations with this tag of the document (repeat for more, such "
        "as --tag phone-numbers --tag number-routing-rules), within --api's family "
        "(default: every tag)",
    )
    safety = parser.add_argument_group("what may cost money or reach a phone (servers only)")
    safety.add_argument(
        "--allow-calls",
        action="store_true",
        help="place, transfer, end and move calls on the server, to --call-to only "
        "(default: calls are not exercised; the embedded mock's always are)",
    )
    safety.add_argument(
        "--call-to",
        metavar="DESTINATION",
        help="the E.164 number or sip: URI every call and transfer goes to (default: "
        "VIDEOSDK_CALL_DESTINATION); phone numbers are provisioned, detached and released "
        "only from VIDEOSDK_TEST_NUMBERS",
    )
    safety.add_argument(
        "--call-rule",
        metavar="RULE_ID",
        help="your outbound routing rule that calls are placed through; the run never "
        "changes or deletes it (default: VIDEOSDK_CALL_RULE_ID)",
    )
    safety.add_argument(
        "--call-from",
        metavar="NUMBER",
        help="the E.164 caller number of those calls, one of that rule's numbers; never "
        "released or detached (default: VIDEOSDK_CALL_FROM)",
    )
    webhooks = parser.add_argument_group("webhook delivery")
    webhooks.add_argument(
        "--webhook-receiver",
        metavar="URL",
        help="a public URL (a tunnel, say) that forwards to --webhook-listen: the run's "
        "webhooks point there, and every event received is checked against the contract "
        "(default: VIDEOSDK_WEBHOOK_RECEIVER; without one, delivery is not checked)",
    )
    webhooks.add_argument(
        "--webhook-listen",
        metavar="HOST:PORT",
        help="where the run's receiver listens (default: VIDEOSDK_WEBHOOK_LISTEN, else "
        f"{DEFAULT_LISTEN}); only with --webhook-receiver",
    )
    size = parser.add_argument_group("size and pace")
    size.add_argument(
        "--quick",
        action="store_true",
        help="a smoke run: "
        + ", ".join(f"--{name.replace('_', '-')} {value}" for name, value in QUICK.items())
        + " unless given",
    )
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
        "--max-time",
        type=_seconds,
        metavar="SECONDS",
        help="a hard time budget for the whole run, cleanup included (default: none; "
        "cleanup alone is then limited to 60 s)",
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
        help="give up on one answer, headers and body, after this long (default 30); a "
        "server that gives no answer at all stops the run",
    )
    output = parser.add_argument_group("output")
    output.add_argument("--junit", type=Path, metavar="PATH", help="also write JUnit XML here")
    output.add_argument(
        "--no-progress", action="store_true", help="print no progress while the suite runs"
    )


def run(args: argparse.Namespace) -> int:
    return execute(args)


@frozen
class Completed:
    """What the command did: its exit status, and the run's outcome when a run happened."""

    exit_status: int
    outcome: Outcome | None = None


def execute(
    args: argparse.Namespace,
    *,
    environ: Mapping[str, str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    app_factory: AppFactory | None = None,
) -> int:
    """Runs the suite as `args` say; the keyword arguments let tests stand in for the process."""
    return perform(
        args, environ=environ, stdout=stdout, stderr=stderr, app_factory=app_factory
    ).exit_status


def perform(
    args: argparse.Namespace,
    *,
    environ: Mapping[str, str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    app_factory: AppFactory | None = None,
) -> Completed:
    """`execute`, keeping the run's outcome for whoever called it."""
    from videosdk_sip.contract.guard import Clock

    clock = Clock()  # a time budget counts from here, imports and start-up included
    from videosdk_sip.contract.embedded import endpoint_for
    from videosdk_sip.contract.junit import write_junit
    from videosdk_sip.contract.receiver import receiving
    from videosdk_sip.contract.redaction import Redactor
    from videosdk_sip.contract.report import ConsoleProgress, render_report
    from videosdk_sip.contract.runner import run_suite
    from videosdk_sip.contract.stopping import stop_signals
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
        return Completed(EXIT_USAGE)
    if args.api is not None or args.tags:
        from videosdk_sip.contract.operations import Operations, UnknownTagError
        from videosdk_sip.spec import load_document

        try:
            chosen = Operations.from_document(load_document())
            within = "the document"
            if args.api is not None:
                chosen = chosen.family(args.api)
                within = f"the --api {args.api} family"
            if args.tags:
                chosen.tagged(args.tags, option="--tag", within=within)
        except UnknownTagError as error:
            err.write(f"videosdk-sip contract: {error}; nothing was sent\n")
            return Completed(EXIT_USAGE)

    from videosdk_sip_client.environment import Environment
    from videosdk_sip_client.exceptions import UsageError

    from videosdk_sip.contract.safety import SafetyPolicy, parse_test_numbers

    env = Environment.read(environ)
    destination = args.call_to or env.call_destination
    call_rule_id = env.call_rule_id if args.call_rule is None else args.call_rule
    call_from = env.call_from if args.call_from is None else args.call_from
    try:
        test_numbers = parse_test_numbers(env.test_numbers)
        SafetyPolicy(
            embedded=target.embedded,
            call_destination=destination,
            call_rule_id=call_rule_id,
            call_from=call_from,
        )
        receiver_url, listen = _webhook_receiver(args, env)
    except UsageError as error:
        err.write(f"videosdk-sip contract: {error}; nothing was sent\n")
        return Completed(EXIT_USAGE)
    options = SuiteOptions(
        webhook_receiver=receiver_url,
        allow_calls=args.allow_calls,
        call_destination=destination,
        call_rule_id=call_rule_id,
        call_from=call_from,
        test_numbers=test_numbers,
        max_examples=_sized(args, "max_examples", DEFAULT_MAX_EXAMPLES),
        stateful_examples=_sized(args, "stateful_examples", DEFAULT_STATEFUL_EXAMPLES),
        client_examples=_sized(args, "client_examples", DEFAULT_CLIENT_EXAMPLES),
        seed=args.seed,
        rate_limit=args.rate_limit,
        max_time=args.max_time,
        max_response_time=args.max_response_time,
        request_timeout=args.request_timeout,
        api=args.api,
        tags=tuple(args.tags or ()),
        negative_coverage=not args.quick,
    )
    redactor = Redactor()
    progress = ConsoleProgress(err, quiet=args.no_progress)
    err.write(f"videosdk-sip contract: testing {target.describe()}\n")
    with ExitStack() as stack:
        receiver = None
        if listen is not None:
            try:
                receiver = stack.enter_context(receiving(*listen))
            except UsageError as error:
                err.write(f"videosdk-sip contract: {error}; nothing was sent\n")
                return Completed(EXIT_USAGE)
        signals = stack.enter_context(stop_signals())
        try:
            with endpoint_for(target, app_factory) as endpoint:
                outcome = run_suite(
                    endpoint,
                    target,
                    options,
                    redactor=redactor,
                    progress=progress,
                    signals=signals,
                    clock=clock,
                    receiver=receiver,
                )
        finally:
            progress.close()
        description = target.describe()
        out.write(render_report(outcome, target=description, redactor=redactor))
        out.flush()
        status = _exit_status(outcome, signals.exit_status)
        if args.junit is not None:
            try:
                write_junit(args.junit, outcome, target=description, redactor=redactor)
            except OSError as error:
                err.write(
                    f"videosdk-sip contract: --junit: cannot write {args.junit}: {error.strerror}\n"
                )
                status = status if status != EXIT_OK else EXIT_FAILED
    return Completed(status, outcome)


def _webhook_receiver(
    args: argparse.Namespace, env: Environment
) -> tuple[str | None, tuple[str, int] | None]:
    """The receiver's public URL and listen address, when one is given; `UsageError` naming
    the option for a bad one, or for a listen address without a receiver."""
    from videosdk_sip_client.exceptions import UsageError

    from videosdk_sip.contract.receiver import (
        LISTEN_OPTION,
        RECEIVER_OPTION,
        parse_listen,
        parse_receiver_url,
    )

    url = env.webhook_receiver if args.webhook_receiver is None else args.webhook_receiver
    listen = env.webhook_listen if args.webhook_listen is None else args.webhook_listen
    if url is None:
        if listen is not None:
            raise UsageError(f"{LISTEN_OPTION} is given but {RECEIVER_OPTION} is not")
        return None, None
    return parse_receiver_url(url), parse_listen(listen or DEFAULT_LISTEN)


def _sized(args: argparse.Namespace, name: str, default: int) -> int:
    """The size `name` asks for: `--quick`'s when it was left at its default."""
    value: int = getattr(args, name)
    return QUICK[name] if args.quick and value == default else value


def _exit_status(outcome: Outcome, signal_status: int | None) -> int:
    if signal_status is not None:
        return signal_status
    if outcome.results.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if outcome.failed else EXIT_OK
