"""Speed of the contract suite: in process (ASGI) against over loopback HTTP, and the default run.

    .venv/bin/python benchmarks/contract/run.py              # 3 rounds of each variant
    .venv/bin/python benchmarks/contract/run.py --rounds 5
    .venv/bin/python benchmarks/contract/run.py --scopes   # whole API and --quick vs the seed

Each round runs `videosdk-sip contract` in a fresh process (so imports and start-up count in
the wall time) with a fixed seed, against the embedded mock, for every variant below. The
suite's JUnit file says how many requests it sent and how long the run took (without
start-up); the table gives medians, and each variant's request rate as a ratio of the
default run's.
Every process this script starts is waited for, with a bounded wait.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, "-m", "videosdk_sip.cli", "contract", "--no-progress", "--seed", "1"]
VARIANTS: dict[str, list[str]] = {
    "default (loopback HTTP)": [],
    "in process (ASGI)": ["--in-process"],
    "loopback, schemathesis only": ["--client-examples", "0"],
    "in process, schemathesis only": ["--in-process", "--client-examples", "0"],
}
SCOPES: dict[str, list[str]] = {
    "seed family (the default before)": ["--api", "seed"],
    "whole API (the default)": [],
    "whole API, --quick": ["--quick"],
}
"""`--scopes`: what the default run over the whole API and `--quick` cost, each against the
seed family alone (the embedded default until the mock served everything), in one run."""
TIMEOUT = 300


@dataclass
class Sample:
    wall: float
    suite: float
    requests: int
    code: int


def measure(extra: list[str]) -> Sample:
    with tempfile.TemporaryDirectory() as scratch:
        junit = Path(scratch) / "contract.xml"
        started = time.perf_counter()
        done = subprocess.run(
            [*COMMAND, "--junit", str(junit), *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        wall = time.perf_counter() - started
        if not junit.exists():
            raise SystemExit(f"no JUnit file from {extra}:\n{done.stdout}\n{done.stderr}")
        suites = ElementTree.parse(junit).getroot()  # noqa: S314 (the suite's own file)
    properties = {prop.get("name"): prop.get("value", "") for prop in suites.iter("property")}
    if done.returncode != 0:
        findings = done.stdout.split("\nFailures (", 1)[-1].split("\nErrors (", 1)[-1]
        print(f"{extra}: exit {done.returncode}\n{findings[:2000]}", file=sys.stderr)
    return Sample(
        wall, float(suites.get("time", "nan")), int(properties["requests"]), done.returncode
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--scopes", action="store_true", help="compare the API scopes instead of transports"
    )
    args = parser.parse_args()
    variants = SCOPES if args.scopes else VARIANTS

    samples: dict[str, list[Sample]] = {name: [] for name in variants}
    for _ in range(args.rounds):
        for name, extra in variants.items():
            samples[name].append(measure(extra))

    baseline_rate = None
    baseline_wall = None
    print(f"{'variant':32} {'wall s':>7} {'suite s':>8} {'requests':>9}", end=" ")
    print(f"{'req/s':>7} {'ratio':>6} {'wall ratio':>10} exit")
    for name, runs in samples.items():
        wall = statistics.median(sample.wall for sample in runs)
        suite = statistics.median(sample.suite for sample in runs)
        requests = int(statistics.median(sample.requests for sample in runs))
        rate = statistics.median(sample.requests / sample.suite for sample in runs)
        baseline_rate = baseline_rate or rate
        baseline_wall = baseline_wall or wall
        codes = ",".join(str(sample.code) for sample in runs)
        print(
            f"{name:32} {wall:7.1f} {suite:8.1f} {requests:9d} {rate:7.0f} "
            f"{rate / baseline_rate:6.2f} {wall / baseline_wall:10.2f} {codes}"
        )


if __name__ == "__main__":
    main()
