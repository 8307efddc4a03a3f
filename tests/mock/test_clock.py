"""The stored records' time stamps: the cached second gives the same text as formatting each
instant in full."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from videosdk_sip.mock.stores.clock import iso_at, now_iso


def full_format(seconds: float) -> str:
    return (
        datetime.fromtimestamp(seconds, UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


@pytest.mark.parametrize(
    "seconds",
    [
        0.0,
        0.5,
        1_779_000_000.0,
        1_779_000_000.001,
        1_779_000_000.25,
        1_779_000_000.999,
        1_779_000_001.0,  # the next second, after the one before it was cached
        1_779_000_000.75,  # back to an earlier second
        1_804_204_799.123,  # the last second of a year
        1_804_204_800.0,
    ],
)
def test_each_instant_reads_as_datetime_writes_it(seconds: float) -> None:
    assert iso_at(seconds) == full_format(seconds)


def test_now_is_in_the_documented_shape() -> None:
    stamp = now_iso()
    parsed = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - parsed).total_seconds()) < 5
    assert len(stamp) == len("2026-05-11T10:00:00.000Z")


def test_now_reads_as_the_clock_at_that_nanosecond(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time_ns", lambda: 1_779_000_000_999_999_999)
    assert now_iso() == "2026-05-17T06:40:00.999Z" == full_format(1_779_000_000.999)
