"""The benchmark command: every part in one sitting, on 127.0.0.1 only, as one table.

    scripts/benchmark                          # all five parts, about 4 minutes on 2 cores
    scripts/benchmark --markdown perf.md       # also write the table as Markdown
    scripts/benchmark --parts client,models    # only some parts
    scripts/benchmark --quick                  # fewer rounds: a rough look in under a minute

Parts: client (cost per call against raw httpx), bounds (the deadline and size cap per
call, against the same client without them), models (a 100-rule page against
json.loads), contract (the contract suite's speed), sdk (the resource client against the
generated functions), regenerate (scripts/generate). Every
ratio compares two things measured in this run, interleaved where they can be: machines are
noisy, so compare ratios, not times, between machines. The exit status is 0 when every part
ran, whether or not each target was met (this is not a test).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    bounds_cost,
    client_cost,
    contract_speed,
    model_cost,
    regeneration,
    sdk_cost,
)
from benchmarks.report import Row, markdown, text

PARTS: dict[str, Callable[[bool], list[Row]]] = {
    "client": lambda quick: client_cost.measure(
        client_cost.Settings(rounds=40, token_rounds=10) if quick else client_cost.Settings()
    ),
    "bounds": lambda quick: bounds_cost.measure(
        bounds_cost.Settings(rounds=40) if quick else bounds_cost.Settings()
    ),
    "models": lambda quick: model_cost.measure(
        model_cost.Settings(rounds=15) if quick else model_cost.Settings()
    ),
    "contract": lambda quick: contract_speed.measure(
        contract_speed.Settings(rounds=1) if quick else contract_speed.Settings()
    ),
    "sdk": lambda quick: sdk_cost.measure(
        sdk_cost.Settings(rounds=40) if quick else sdk_cost.Settings()
    ),
    "regenerate": lambda quick: regeneration.measure(
        regeneration.Settings(rounds=1) if quick else regeneration.Settings()
    ),
}


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/benchmark",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated (default: all)")
    parser.add_argument("--markdown", type=Path, metavar="PATH", help="also write the table here")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, noisier figures")
    args = parser.parse_args(argv)
    chosen = [part.strip() for part in args.parts.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in PARTS]
    if unknown or not chosen:
        parser.error(f"--parts: choose from {', '.join(PARTS)}")
    started = time.perf_counter()
    rows: list[Row] = []
    for part in chosen:
        print(f"benchmark: {part} ...", file=sys.stderr, flush=True)
        part_started = time.perf_counter()
        rows += PARTS[part](args.quick)
        print(
            f"benchmark: {part} took {time.perf_counter() - part_started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    about = machine()
    print(f"\n{about}; {time.perf_counter() - started:.0f} s in all\n")
    print(text(rows))
    if args.markdown is not None:
        args.markdown.write_text(markdown(rows, about))
        print(f"\nwritten: {args.markdown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
