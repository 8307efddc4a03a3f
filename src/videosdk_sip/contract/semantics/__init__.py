"""Checks of what the API means across answers: a model of what the server should hold,
kept from this run's own successful answers, and the comparisons every later answer meets.

See "What the suite checks beyond shapes" in `docs/contract-suite.md`.
"""
