"""Part 4: wall time of `scripts/generate` and `scripts/generate --check`.

Both run as a user runs them (the bootstrap check, the generator, the overlay, the compare),
but against a copy of the committed client (`--target`), so that the working tree is never
written. The floor is openapi-python-client's own run on the same spec and templates.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.report import Row, Target
from benchmarks.timing import Samples, paired_ratio

__all__ = ["Settings", "measure"]

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "generate"
CLIENT = ROOT / "generated" / "videosdk-sip-client"
SECTION = "4 regenerate"
TARGET = Target(5.0, on_value=True)
FLOOR = "openapi-python-client alone"


@dataclass(frozen=True)
class Settings:
    rounds: int = 3


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return elapsed


def _generator_alone(scratch: Path) -> float:
    spec = importlib.util.spec_from_file_location(
        "codegen_generate", ROOT / "scripts/codegen/generate.py"
    )
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load scripts/codegen/generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    output = scratch / "floor"
    started = time.perf_counter()
    module._run_generator(output)
    elapsed = time.perf_counter() - started
    shutil.rmtree(output)
    return elapsed


def measure(settings: Settings = Settings()) -> list[Row]:
    floor: list[float] = []
    write: list[float] = []
    check: list[float] = []
    with tempfile.TemporaryDirectory(prefix="videosdk-sip-bench-") as scratch:
        target = Path(scratch) / "videosdk-sip-client"
        shutil.copytree(
            CLIENT, target, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", ".*_cache")
        )
        for _ in range(settings.rounds):
            floor.append(_generator_alone(Path(scratch)))
            write.append(_timed([str(SCRIPT), "--target", str(target)]))
            check.append(_timed([str(SCRIPT), "--check", "--target", str(target)]))
    base, written, checked = Samples(tuple(floor)), Samples(tuple(write)), Samples(tuple(check))
    return [
        Row(SECTION, FLOOR, base, "s"),
        Row(
            SECTION,
            "scripts/generate",
            written,
            "s",
            ratio=paired_ratio(written, base),
            baseline=FLOOR,
            target=TARGET,
        ),
        Row(
            SECTION,
            "scripts/generate --check",
            checked,
            "s",
            ratio=paired_ratio(checked, base),
            baseline=FLOOR,
            target=TARGET,
        ),
    ]
