"""What the answer guard costs per request: httpx with `GuardedTransport` against plain httpx.

    .venv/bin/python -m benchmarks.contract.guard_cost            # 15 rounds of 200 GETs

Both clients send the same GET to the bare endpoint of `benchmarks.endpoint` (a fixed rule,
in its own process, on 127.0.0.1), interleaved round by round; the guard reads the body in
chunks, checks its size and the stage's clock, and rebuilds the response. The table gives
medians per call and the guarded client's ratio to the plain one, round by round.
"""

from __future__ import annotations

import argparse

import httpx

from benchmarks.endpoint import serving
from benchmarks.timing import interleaved, paired_ratio
from videosdk_sip.contract.guard import (
    DEFAULT_MAX_ANSWER_BYTES,
    AnswerGuard,
    Clock,
    GuardedTransport,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()

    guard = AnswerGuard(Clock(), request_timeout=30.0, max_bytes=DEFAULT_MAX_ANSWER_BYTES)
    with serving() as url:
        plain = httpx.Client(base_url=url, timeout=30.0)
        guarded = httpx.Client(
            base_url=url, timeout=30.0, transport=GuardedTransport(httpx.HTTPTransport(), guard)
        )
        path = "/v2/sip/routing-rules/rule_123456789"
        with plain, guarded:
            samples = interleaved(
                {"plain httpx": lambda: plain.get(path), "guarded": lambda: guarded.get(path)},
                rounds=args.rounds,
                calls=args.calls,
            )
    ratio = paired_ratio(samples["guarded"], samples["plain httpx"])
    print(f"{'client':12} {'median µs/call':>15} {'IQR µs':>8}")
    for name, found in samples.items():
        print(f"{name:12} {found.median * 1e6:15.1f} {found.iqr * 1e6:8.1f}")
    print(
        f"guarded / plain httpx: {ratio.median:.3f}x (IQR {ratio.iqr:.3f}), {guard.answers} answers"
    )


if __name__ == "__main__":
    main()
