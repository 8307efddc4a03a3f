"""Repeated timed runs: medians, interquartile ranges and ratios paired within a round.

Variants compared with each other run interleaved: each round runs one batch of every
variant, starting from a different one each round, so that a slow patch of the machine hits
all of them alike. A ratio is the median of the per-round ratios, with their IQR as spread.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "Samples",
    "interleaved",
    "interleaved_async",
    "paired_ratio",
    "repeat",
]


@dataclass(frozen=True)
class Samples:
    """Repeated measurements of one quantity (seconds per call, cases per second, ...)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def quartiles(self) -> tuple[float, float]:
        if len(self.values) < 2:
            return self.values[0], self.values[0]
        q1, _, q3 = statistics.quantiles(self.values, n=4, method="inclusive")
        return q1, q3

    @property
    def iqr(self) -> float:
        q1, q3 = self.quartiles
        return q3 - q1


def paired_ratio(numerator: Samples, denominator: Samples) -> Samples:
    """The ratio of two interleaved measurements, round by round."""
    if len(numerator.values) != len(denominator.values):
        raise ValueError("paired_ratio: the two measurements have different numbers of rounds")
    return Samples(tuple(n / d for n, d in zip(numerator.values, denominator.values, strict=True)))


def _per_call(batch: Callable[[], object], calls: int, clock: Callable[[], float]) -> float:
    started = clock()
    for _ in range(calls):
        batch()
    return (clock() - started) / calls


async def _per_call_async(batch: Callable[[], Awaitable[object]], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        await batch()
    return (time.perf_counter() - started) / calls


def _order(names: Sequence[str], round_number: int) -> list[str]:
    shift = round_number % len(names)
    return [*names[shift:], *names[:shift]]


def interleaved(
    variants: Mapping[str, Callable[[], object]],
    *,
    rounds: int,
    calls: int,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, Samples]:
    """Seconds per call of each variant: `rounds` batches of `calls` calls, interleaved.

    `clock` is wall time by default; `time.thread_time` counts only this thread's CPU time,
    which other processes on a busy machine do not inflate.
    """
    names = list(variants)
    gc.collect()
    for _ in range(warmup):
        for name in names:
            _per_call(variants[name], calls, clock)
    found: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        for name in _order(names, number):
            found[name].append(_per_call(variants[name], calls, clock))
    return {name: Samples(tuple(values)) for name, values in found.items()}


async def interleaved_async(
    variants: Mapping[str, Callable[[], Awaitable[object]]],
    *,
    rounds: int,
    calls: int,
    warmup: int = 1,
) -> dict[str, Samples]:
    """`interleaved` for coroutine functions, awaited one after another in this event loop."""
    names = list(variants)
    gc.collect()
    for _ in range(warmup):
        for name in names:
            await _per_call_async(variants[name], calls)
    found: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        for name in _order(names, number):
            found[name].append(await _per_call_async(variants[name], calls))
    return {name: Samples(tuple(values)) for name, values in found.items()}


def repeat(measure: Callable[[], float], *, rounds: int) -> Samples:
    """`rounds` results of a measurement that times itself (a wall time, a rate)."""
    return Samples(tuple(measure() for _ in range(rounds)))
