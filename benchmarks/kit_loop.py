"""What the kit's test helpers cost in wall time, each against a baseline from the same run.

    .venv/bin/python -m benchmarks.kit_loop                      # both parts
    .venv/bin/python -m benchmarks.kit_loop --parts minimal      # one part

minimal: `tests/kit/test_minimal_project.py` (a separate environment with only the client and
`videosdk-sip[mock]`) with its environments cached ("warm") and without the cache ("cold",
made from nothing, through the package index), against `tests/kit/test_plugin_fixtures.py`
(the same fixtures in this project's own environment) as the baseline. Rounds interleave.

loop: `scripts/test --fast` against the full `scripts/test`, one round each (minutes).

Only 127.0.0.1 is served; the cold round also installs from the package index.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.report import Row, text
from benchmarks.timing import Samples, paired_ratio

ROOT = Path(__file__).parents[1]
PYTEST = (sys.executable, "-m", "pytest", "-q")


def _seconds(command: Sequence[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=1800)
    return time.perf_counter() - started


def minimal(rounds: int = 3) -> list[Row]:
    variants: dict[str, Sequence[str]] = {
        "baseline": (*PYTEST, "tests/kit/test_plugin_fixtures.py"),
        "warm": (*PYTEST, "tests/kit/test_minimal_project.py"),
    }
    _seconds(variants["warm"])  # fills the cache
    found: dict[str, list[float]] = {name: [] for name in variants}
    for number in range(rounds):
        names = list(variants)[number % 2 :] + list(variants)[: number % 2]
        for name in names:
            found[name].append(_seconds(variants[name]))
    cold = _seconds((*PYTEST, "-p", "no:cacheprovider", "tests/kit/test_minimal_project.py"))
    cold_baseline = _seconds(variants["baseline"])
    baseline = Samples(tuple(found["baseline"]))
    warm = Samples(tuple(found["warm"]))
    section = "minimal project"
    against = "fixtures in the project's environment"
    return [
        Row(section, "baseline: test_plugin_fixtures.py", baseline, "s"),
        Row(section, "test_minimal_project.py, warm cache", warm, "s",
            ratio=paired_ratio(warm, baseline), baseline=against),
        Row(section, "test_minimal_project.py, cold (no cache)", Samples((cold,)), "s",
            ratio=Samples((cold / cold_baseline,)), baseline=against),
    ]  # fmt: skip


def loop() -> list[Row]:
    full = _seconds(("scripts/test", "-q"))
    fast = _seconds(("scripts/test", "--fast", "-q"))
    return [
        Row("test command", "scripts/test (full)", Samples((full,)), "s"),
        Row("test command", "scripts/test --fast", Samples((fast,)), "s",
            ratio=Samples((fast / full,)), baseline="scripts/test (full)"),
    ]  # fmt: skip


PARTS: dict[str, Callable[[], list[Row]]] = {"minimal": minimal, "loop": loop}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.kit_loop", description=__doc__)
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated (default: all)")
    args = parser.parse_args(argv)
    chosen = [part.strip() for part in args.parts.split(",") if part.strip()]
    if not chosen or any(part not in PARTS for part in chosen):
        parser.error(f"--parts: choose from {', '.join(PARTS)}")
    rows: list[Row] = []
    for part in chosen:
        rows += PARTS[part]()
    print(text(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
