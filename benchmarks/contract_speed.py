"""Part 3: the contract suite's speed against the embedded mock, in process and over loopback.

Each round runs `videosdk-sip contract` in a fresh process through the contract suite's own
benchmark (`benchmarks/contract/run.py`, which reads the suite's summary line): the default
run (loopback HTTP, the default numbers of examples and stateful sequences) and the same run
with `--in-process`. Wall time includes start-up; the rate is requests sent per second of
the suite itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.contract.run import VARIANTS, Sample
from benchmarks.contract.run import measure as run_suite
from benchmarks.report import Row, Target
from benchmarks.timing import Samples, paired_ratio

__all__ = ["Settings", "measure"]

SECTION = "3 contract"
LOOPBACK = "default (loopback HTTP)"
IN_PROCESS = "in process (ASGI)"
WALL_TARGET = Target(30.0, on_value=True)


@dataclass(frozen=True)
class Settings:
    rounds: int = 2


def _checked(sample: Sample, variant: str) -> Sample:
    if sample.code != 0:
        raise RuntimeError(f"the contract suite failed ({variant}, exit {sample.code})")
    return sample


def measure(settings: Settings = Settings()) -> list[Row]:
    loopback: list[Sample] = []
    in_process: list[Sample] = []
    for _ in range(settings.rounds):
        loopback.append(_checked(run_suite(VARIANTS[LOOPBACK]), LOOPBACK))
        in_process.append(_checked(run_suite(VARIANTS[IN_PROCESS]), IN_PROCESS))
    wall = Samples(tuple(sample.wall for sample in loopback))
    loopback_rate = Samples(tuple(sample.requests / sample.suite for sample in loopback))
    in_process_rate = Samples(tuple(sample.requests / sample.suite for sample in in_process))
    requests = sorted(sample.requests for sample in loopback)[len(loopback) // 2]
    return [
        Row(
            SECTION,
            f"default run, wall time ({requests:,} requests)",
            wall,
            "s",
            target=WALL_TARGET,
        ),
        Row(SECTION, "over loopback HTTP: requests/s", loopback_rate, "/s"),
        Row(
            SECTION,
            "in process (ASGI): requests/s",
            in_process_rate,
            "/s",
            ratio=paired_ratio(in_process_rate, loopback_rate),
            baseline="over loopback",
        ),
    ]
