"""The `videosdk-sip` console script: `mock`, `token` and `contract` subcommands.

A `UsageError` (bad arguments or settings, found before anything was sent) from any
subcommand ends the command here, with its message on stderr and exit status 2
(`EXIT_USAGE`), the status argparse gives a bad command line.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Protocol

from videosdk_sip.extras import missing_message

EXIT_USAGE = 2
"""Bad arguments or settings, or a missing extra; nothing was sent."""
EXIT_INTERRUPTED = 130


class Command(Protocol):
    """What a subcommand module provides."""

    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


# Subcommand name -> module. Each module keeps its heavy imports inside run(), so building
# the parser stays cheap.
SUBCOMMANDS: dict[str, str] = {
    "mock": "videosdk_sip.mock.command",
    "token": "videosdk_sip.token_command",
    "contract": "videosdk_sip.contract.command",
}

# Subcommand name -> the extra it needs (`videosdk-sip token` needs only the base install).
SUBCOMMAND_EXTRAS: dict[str, str] = {"mock": "mock", "contract": "contract"}


def _load(module_name: str) -> Command:
    module: Command = importlib.import_module(module_name)
    return module


def build_parser(load: Callable[[str], Command] = _load) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="videosdk-sip",
        description="Mock server, tokens and contract tests for VideoSDK's SIP routing-rules API.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in SUBCOMMANDS.items():
        command = load(module_name)
        subparser = subparsers.add_parser(name, help=command.HELP, description=command.HELP)
        command.add_arguments(subparser)
        subparser.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None, load: Callable[[str], Command] = _load) -> int:
    args = build_parser(load).parse_args(argv)
    extra = SUBCOMMAND_EXTRAS.get(args.command)
    if extra is not None:
        message = missing_message(f"videosdk-sip {args.command}", extra)
        if message is not None:
            print(f"videosdk-sip {args.command}: error: {message}", file=sys.stderr)
            return EXIT_USAGE
    # Imported once the command line parsed: it loads httpx, which --help need not wait for.
    from videosdk_sip_client.exceptions import UsageError

    try:
        result: int = args.run(args)
    except UsageError as error:
        print(f"videosdk-sip {args.command}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return result


if __name__ == "__main__":
    raise SystemExit(main())
