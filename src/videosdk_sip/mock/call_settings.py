"""How the mock's simulated calls behave: the pace of their lifecycle and each destination's
outcome (`--call-schedule`, `--call-outcome`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import attrs

__all__ = [
    "OUTCOMES",
    "CallSettings",
    "CallSpecError",
    "outcomes_from",
    "parse_outcome",
    "parse_schedule",
]

OUTCOMES: Final = ("answered", "hangup", "not-answered", "rejected", "failed")
"""What a destination does with a call: `answered` (and stays on until the call is ended),
`hangup` (answers, then hangs up), `not-answered` (rings out), `rejected` (declines while
ringing), `failed` (never rings)."""

_E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")
_SIP_URI = re.compile(r"^sips?:\S+$")


class CallSpecError(ValueError):
    """A `--call-schedule` or `--call-outcome` value that cannot be read; the message names
    the option and the rule."""


def _check_seed(
    instance: object, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ValueError(f"seed must be a whole number >= 0 or None (instant), not {value!r}")


def _freeze_outcomes(value: Mapping[str, str]) -> Mapping[str, str]:
    outcomes = dict(value)
    for destination, outcome in outcomes.items():
        _check_destination(destination, "outcomes")
        if outcome not in OUTCOMES:
            raise ValueError(
                f"outcomes: {destination!r}: the outcome must be one of {', '.join(OUTCOMES)}, "
                f"not {outcome!r}"
            )
    return MappingProxyType(outcomes)


def _check_destination(destination: str, where: str) -> None:
    if not isinstance(destination, str) or not (
        _E164.match(destination) or _SIP_URI.match(destination)
    ):
        raise CallSpecError(
            f"{where}: {destination!r}: must be an E.164 number (+14155550123) or a sip: URI"
        )


@attrs.frozen
class CallSettings:
    """The pace and outcomes of simulated calls.

    `seed` None is the instant schedule: each step of a call's lifecycle happens within the
    request that causes it, in order. A seed paces the steps with delays drawn from a random
    generator seeded with it (the same seed and the same requests give the same delays),
    each from `step_ms` (milliseconds, inclusive). `outcomes` maps a destination (a number
    or SIP URI a call or transfer goes to) to what it does; any other destination answers.
    """

    seed: int | None = attrs.field(default=None, validator=_check_seed)
    step_ms: tuple[int, int] = (50, 300)
    outcomes: Mapping[str, str] = attrs.field(factory=dict, converter=_freeze_outcomes)

    @property
    def instant(self) -> bool:
        return self.seed is None

    def outcome_for(self, destination: str) -> str:
        return self.outcomes.get(destination, "answered")

    def describe(self) -> str:
        schedule = "instant" if self.seed is None else f"seeded:{self.seed}"
        chosen = ", ".join(f"{number}={outcome}" for number, outcome in self.outcomes.items())
        return schedule + (f"; outcomes {chosen}" if chosen else "")


def parse_schedule(text: str) -> int | None:
    """`instant` -> None; `seeded:SEED` -> SEED."""
    value = text.strip()
    if value == "instant":
        return None
    kind, sep, seed = value.partition(":")
    if kind == "seeded" and sep and re.fullmatch(r"\d{1,18}", seed):
        return int(seed)
    raise CallSpecError(
        f"--call-schedule: {text!r}: must be 'instant' or 'seeded:SEED' with SEED a whole "
        "number >= 0"
    )


def parse_outcome(text: str) -> tuple[str, str]:
    """`+14155550123=not-answered` -> (destination, outcome)."""
    destination, sep, outcome = text.strip().rpartition("=")
    if not sep:
        raise CallSpecError(f"--call-outcome: {text!r}: expected DESTINATION=OUTCOME")
    _check_destination(destination, "--call-outcome")
    if outcome not in OUTCOMES:
        raise CallSpecError(
            f"--call-outcome: {text!r}: the outcome must be one of {', '.join(OUTCOMES)}"
        )
    return destination, outcome


def outcomes_from(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The outcomes of several `--call-outcome` options; a destination given twice is an
    error."""
    outcomes: dict[str, str] = {}
    for destination, outcome in pairs:
        if destination in outcomes:
            raise CallSpecError(f"--call-outcome: {destination!r} is given more than once")
        outcomes[destination] = outcome
    return outcomes
