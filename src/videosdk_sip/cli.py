"""The `videosdk-sip` console script: `mock`, `token` and `contract` subcommands."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Protocol

from videosdk_sip.extras import missing_message


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

EXIT_USAGE = 2


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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    extra = SUBCOMMAND_EXTRAS.get(args.command)
    if extra is not None:
        message = missing_message(f"videosdk-sip {args.command}", extra)
        if message is not None:
            print(f"videosdk-sip {args.command}: error: {message}", file=sys.stderr)
            return EXIT_USAGE
    try:
        result: int = args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return result


if __name__ == "__main__":
    raise SystemExit(main())
