"""Making a run's generated data depend on its seed alone.

Hypothesis (6.131 and later) now and then draws a string or number from the constants
written in the "local" modules loaded so far: those outside site-packages, such as this kit
when installed editable, or the user's own code. What is loaded changes while a process
runs (the kit imports some modules lazily; a pytest session imports more), so two runs with
the same `--seed` in one process, or in two sessions that loaded different modules, sent
different requests. Those constants come from the code that drives the test, not from the
server under test, so a run draws from Hypothesis' built-in constants only.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["seed_only_generation"]

_lock = threading.Lock()
_depth = 0
_saved: Any = None


@contextmanager
def seed_only_generation() -> Iterator[None]:
    """Within the block, Hypothesis draws no constants from local modules.

    Nests, and restores Hypothesis' own behaviour when the outermost block ends. Does nothing
    with a Hypothesis that has no local constants.
    """
    providers = _providers()
    if providers is None:
        yield
        return
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = providers._get_local_constants
            none = _no_constants()
            providers._get_local_constants = lambda: none
            providers.CONSTANTS_CACHE.cache.clear()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                providers._get_local_constants = _saved
                providers.CONSTANTS_CACHE.cache.clear()
                _saved = None


def _providers() -> Any:
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover (a Hypothesis without this module)
        return None
    wanted = ("_get_local_constants", "CONSTANTS_CACHE")
    return providers if all(hasattr(providers, name) for name in wanted) else None


def _no_constants() -> Any:
    from hypothesis.internal.constants_ast import Constants

    return Constants()
