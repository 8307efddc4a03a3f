"""The results table: one row per figure, printed as text or written as Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.timing import Samples

__all__ = ["Row", "Target", "markdown", "text"]


@dataclass(frozen=True)
class Target:
    """A limit on a row's ratio (or, with `on_value`, on its value in the row's unit)."""

    limit: float
    on_value: bool = False

    def met(self, row: Row) -> bool | None:
        if self.on_value:
            return row.value.median * row.scale <= self.limit
        if row.ratio is None:
            return None
        return row.ratio.median <= self.limit

    def describe(self, unit: str) -> str:
        return f"≤ {self.limit:g} {unit}" if self.on_value else f"≤ {self.limit:.2f}x"


@dataclass(frozen=True)
class Row:
    section: str
    name: str
    value: Samples
    unit: str
    scale: float = 1.0
    """What `value` is multiplied by to be in `unit` (1e6 for seconds shown in µs)."""
    ratio: Samples | None = None
    baseline: str = ""
    target: Target | None = None

    def cells(self) -> list[str]:
        median = self.value.median * self.scale
        spread = self.value.iqr * self.scale
        cells = [self.section, self.name, f"{_number(median)} {self.unit}"]
        cells.append(f"{_number(spread)} {self.unit}")
        if self.ratio is None:
            cells += ["", ""]
        else:
            cells += [f"{self.ratio.median:.3f}x", f"{self.ratio.iqr:.3f}"]
        cells.append(self.baseline)
        if self.target is None:
            cells.append("")
        else:
            met = self.target.met(self)
            mark = "" if met is None else (" met" if met else " MISSED")
            cells.append(self.target.describe(self.unit) + mark)
        return cells


HEADER = ["part", "measurement", "median", "IQR", "ratio", "ratio IQR", "against", "target"]


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def text(rows: Sequence[Row]) -> str:
    table = [HEADER, *(row.cells() for row in rows)]
    widths = [max(len(line[column]) for line in table) for column in range(len(HEADER))]
    right = {2, 3, 4, 5}
    lines = []
    for number, line in enumerate(table):
        lines.append(
            "  ".join(
                cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                for i, cell in enumerate(line)
            ).rstrip()
        )
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown(rows: Sequence[Row], machine: str) -> str:
    lines = [
        f"Measured on {machine}.",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---", "---", "---:", "---:", "---:", "---:", "---", "---"]) + "|",
    ]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines) + "\n"
