"""The project's benchmarks: `scripts/benchmark` runs them all (see `benchmarks/run.py`)."""
