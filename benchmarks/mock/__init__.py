"""The mock server's benchmark: `python -m benchmarks.mock.run` from the repository root."""
